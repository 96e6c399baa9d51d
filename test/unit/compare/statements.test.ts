import { strict as assert } from 'node:assert';
import { compareArticles } from '../../../src/core/compare';
import type { Comparison, StatementGroup } from '../../../src/core/types';
import { article, type Line } from './articles';

/** Unrelated statements so that each workspace has more than the pair under test, as real ones do. */
const BACKGROUND: Line[] = [
  { speaker: 'Tomas Ek', words: 'The ferry timetable changes in the spring', type: 'indirect' },
  { speaker: 'Rita Holm', words: 'Our school will open a second library next autumn.' },
  { speaker: 'Rita Holm', words: 'the teachers union had asked for smaller classes', type: 'indirect' },
];

function groupWith(comparison: Comparison, text: string): StatementGroup {
  const group = comparison.statements.find((s) => s.reports.some((r) => r.text === text));
  assert.ok(group, `no statement holds "${text}"`);
  return group;
}

function formsOf(group: StatementGroup): string[] {
  return group.reports.map((r) => `${r.file}:${r.form}`).sort();
}

describe('statement groups', () => {
  it('groups the same words in two articles as verbatim, straight and curly marks alike', () => {
    const words = 'We will rebuild the old harbour bridge before the winter storms.';
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: words.replace('We', 'we'), straight: true }]),
    ]);
    const group = groupWith(comparison, words);
    assert.deepEqual(formsOf(group), ['a.txt:verbatim', 'b.txt:verbatim']);
    assert.ok(group.reports.every((r) => r.confidence === 1));
  });

  it('gives re-punctuated wording as a variant', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'We will rebuild the old harbour bridge, and we will do it before the winter storms.' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'We will rebuild the old harbour bridge. And we will do it before the winter storms' }]),
    ]);
    const group = groupWith(comparison, 'We will rebuild the old harbour bridge. And we will do it before the winter storms');
    assert.deepEqual(formsOf(group), ['a.txt:variant', 'b.txt:variant']);
    assert.ok(group.reports.every((r) => r.confidence >= 0.9));
  });

  it('gives a truncated quotation as a variant of the full one', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'We will rebuild the old harbour bridge, and we will do it before the winter storms arrive in the north.' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'We will rebuild the old harbour bridge' }]),
    ]);
    const group = groupWith(comparison, 'We will rebuild the old harbour bridge');
    assert.deepEqual(formsOf(group), ['a.txt:variant', 'b.txt:variant']);
    const short = group.reports.find((r) => r.file === 'b.txt')!;
    assert.ok(short.diff.some((part) => part.kind === 'removed' && part.text.includes('winter storms')));
  });

  it('gives a quotation with an ellipsis as a variant', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'We will rebuild the old harbour bridge, whatever the cost, before the winter storms arrive.' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'We will rebuild the old harbour bridge … before the winter storms arrive.' }]),
    ]);
    const group = groupWith(comparison, 'We will rebuild the old harbour bridge … before the winter storms arrive.');
    assert.deepEqual(formsOf(group), ['a.txt:variant', 'b.txt:variant']);
  });

  it('gives a quotation split by its attribution as variants of the whole', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'The harbour bridge is closed for repairs. It will reopen in the first week of June.' }, ...BACKGROUND]),
      article('b.txt', [
        { speaker: 'Anna Berg', words: 'The harbour bridge is closed for repairs' },
        { speaker: 'Anna Berg', words: 'It will reopen in the first week of June.', continues: true },
      ]),
    ]);
    const group = groupWith(comparison, 'It will reopen in the first week of June.');
    assert.deepEqual(formsOf(group), ['a.txt:variant', 'b.txt:variant', 'b.txt:variant']);
  });

  it('groups indirect speech of the same content in other words as a paraphrase', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'We are going to rebuild the harbour bridge, and the repairs will take eighteen months.' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'repairs to the harbour bridge would take about eighteen months', type: 'indirect', cue: 'told reporters' }]),
    ]);
    const group = groupWith(comparison, 'repairs to the harbour bridge would take about eighteen months');
    assert.deepEqual(formsOf(group), ['a.txt:verbatim', 'b.txt:paraphrase']);
    const paraphrase = group.reports.find((r) => r.form === 'paraphrase')!;
    assert.ok(paraphrase.confidence > 0 && paraphrase.confidence < 1);
    assert.equal(paraphrase.cue, 'told reporters');
  });

  it('diffs against the quoted wording, not a longer paraphrase of it', () => {
    const quoted = 'the harbour bridge repairs were “on schedule and within the budget”';
    const reworded = 'the repairs to the old harbour bridge were on schedule and within the budget that the council set, despite the storms';
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: quoted, type: 'mixed' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: reworded, type: 'indirect' }]),
    ]);
    const group = groupWith(comparison, quoted);
    assert.equal(group.reports.length, 2, 'the paraphrase did not join the quotation');
    assert.deepEqual(group.reports.find((r) => r.text === quoted)!.diff, [{ kind: 'same', text: quoted }]);
    assert.ok(group.reports.find((r) => r.text === reworded)!.diff.some((part) => part.kind !== 'same'));
  });

  it('does not group a statement with its negation', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'the council would approve the harbour bridge budget this spring', type: 'indirect' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'the council would not approve the harbour bridge budget this spring', type: 'indirect' }]),
    ]);
    assert.equal(groupWith(comparison, 'the council would approve the harbour bridge budget this spring').reports.length, 1);
  });

  it('does not group the same words said by two different people', () => {
    const words = 'We will rebuild the old harbour bridge before the winter storms.';
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Karl Lind', words }]),
    ]);
    assert.equal(groupWith(comparison, words).reports.length, 1);
    assert.equal(comparison.statements.filter((s) => s.reports.some((r) => r.text === words)).length, 2);
  });

  it('lets speech relayed by another speaker join the original speaker’s statement', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'The harbour bridge will reopen to lorries on the first of June.' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', via: 'Karl Lind', words: 'the harbour bridge would reopen to lorries on the first of June', type: 'indirect', cue: 'announced' }]),
    ]);
    const group = groupWith(comparison, 'the harbour bridge would reopen to lorries on the first of June');
    assert.deepEqual(formsOf(group), ['a.txt:verbatim', 'b.txt:paraphrase']);
  });

  it('keeps two different direct quotations of one speaker apart even when they share words', () => {
    const comparison = compareArticles([
      article('a.txt', [
        { speaker: 'Anna Berg', words: 'The harbour bridge repairs are our first priority this year.' },
        { speaker: 'Anna Berg', words: 'Nobody should think the harbour bridge repairs will be cheap.' },
        ...BACKGROUND,
      ]),
    ]);
    assert.equal(groupWith(comparison, 'The harbour bridge repairs are our first priority this year.').reports.length, 1);
  });

  it('places each quotation in exactly one statement', () => {
    const comparison = compareArticles([
      article('a.txt', [
        { speaker: 'Anna Berg', words: 'We will rebuild the old harbour bridge before the winter storms.' },
        { speaker: 'Anna Berg', words: 'the city would rebuild the harbour bridge before winter', type: 'indirect' },
        ...BACKGROUND,
      ]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'We will rebuild the old harbour bridge before the winter storms.' }]),
    ]);
    const seen = comparison.statements.flatMap((s) => s.reports.map((r) => `${r.file}#${r.quoteId}`));
    assert.equal(new Set(seen).size, seen.length);
    assert.equal(seen.length, 6);
  });
});

describe('statement groups within one article', () => {
  it('groups a lede that sums up a quotation printed further down', () => {
    const comparison = compareArticles([
      article('a.txt', [
        { speaker: 'Anna Berg', words: 'the ferry link to the island would be restored by midsummer', type: 'indirect' },
        ...BACKGROUND,
        { speaker: 'Anna Berg', words: 'The ferry link will be restored before midsummer, whatever it costs the island council.' },
      ]),
    ]);
    const group = groupWith(comparison, 'the ferry link to the island would be restored by midsummer');
    assert.deepEqual(group.reports.map((r) => r.form).sort(), ['paraphrase', 'verbatim']);
  });
});

describe('statement groups in other words', () => {
  it('groups a paraphrase that uses near-synonyms of the quotation’s words', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'We are ready to fulfil the fundamental requirements of the strikers.' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'the council was willing to satisfy the core demands of the strikers', type: 'indirect' }]),
    ]);
    const group = groupWith(comparison, 'the council was willing to satisfy the core demands of the strikers');
    assert.deepEqual(formsOf(group), ['a.txt:verbatim', 'b.txt:paraphrase']);
  });

  it('does not group a paraphrase in near-synonyms that negates the claim', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'We are ready to fulfil the fundamental requirements of the strikers.' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'the council was not willing to satisfy the core demands of the strikers', type: 'indirect' }]),
    ]);
    assert.equal(groupWith(comparison, 'the council was not willing to satisfy the core demands of the strikers').reports.length, 1);
  });

  it('does not group the same claim in near-synonyms by another speaker', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'We are ready to fulfil the fundamental requirements of the strikers.' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Karl Lind', words: 'the council was willing to satisfy the core demands of the strikers', type: 'indirect' }]),
    ]);
    assert.equal(groupWith(comparison, 'the council was willing to satisfy the core demands of the strikers').reports.length, 1);
  });

  it('places a report that sums up two statements with its main claim, the first, without joining the two', () => {
    const budget = 'Our bridges budget at the harbour is exhausted.';
    const talks = 'An agreement was produced in talks about the ferry.';
    for (const [lede, first] of [
      ['the ferry talks had produced an agreement, and the harbour budget for bridges was exhausted', talks],
      ['the harbour budget for bridges was exhausted, and the ferry talks had produced an agreement', budget],
    ]) {
      const comparison = compareArticles([
        article('a.txt', [{ speaker: 'Anna Berg', words: lede, type: 'indirect' }, ...BACKGROUND]),
        article('b.txt', [{ speaker: 'Anna Berg', words: budget }]),
        article('c.txt', [{ speaker: 'Anna Berg', words: talks }]),
      ]);
      assert.deepEqual(groupWith(comparison, lede).reports.map((r) => r.text).sort(), [first, lede].sort());
      assert.equal(groupWith(comparison, first === talks ? budget : talks).reports.length, 1);
    }
  });

  it('attaches an indirect report first to the direct quotation printed right after it', () => {
    const introduction = 'the bridge repairs should be kept separate from the ferry negotiations';
    const comparison = compareArticles([
      article('a.txt', [
        { speaker: 'Anna Berg', words: introduction, type: 'indirect' },
        { speaker: 'Anna Berg', words: 'The bridge is a separate matter. For now we are talking only about the ferry timetable.' },
        ...BACKGROUND,
      ]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'Bridge repairs and the ferry negotiations should be kept on one timetable.' }]),
    ]);
    const group = groupWith(comparison, introduction);
    assert.deepEqual(group.reports.map((r) => r.text).sort(), [
      'The bridge is a separate matter. For now we are talking only about the ferry timetable.',
      introduction,
    ]);
  });

  it('does not let a paraphrase of a paraphrase join a quotation it shares nothing with', () => {
    const quotation = 'The night ferry timetable is being reviewed, along with the fares.';
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: quotation }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'the council and the operator were close to an agreement on the night ferry timetable', type: 'indirect' }]),
      article('c.txt', [{ speaker: 'Anna Berg', words: 'there was hope the operator would reach an agreement soon', type: 'indirect' }]),
    ]);
    assert.equal(groupWith(comparison, 'there was hope the operator would reach an agreement soon').reports.length, 1);
    assert.equal(groupWith(comparison, quotation).reports.length, 2);
  });

  it('gives indirect speech that copies another article’s indirect wording as verbatim, even cut', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'the harbour bridge would reopen to lorries in the first week of June', type: 'indirect' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'the harbour bridge would reopen to lorries in the first week of June as the council had planned', type: 'indirect' }]),
    ]);
    const group = groupWith(comparison, 'the harbour bridge would reopen to lorries in the first week of June');
    assert.deepEqual(formsOf(group), ['a.txt:verbatim', 'b.txt:verbatim']);
  });

  it('gives two indirect reports of one article that each reword part of a quotation as paraphrases', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'We are grateful to the crews who kept the harbour bridge open and ask drivers to stay patient this week.' }, ...BACKGROUND]),
      article('b.txt', [
        { speaker: 'Anna Berg', words: 'they were grateful to the crews who kept the harbour bridge open', type: 'indirect' },
        { speaker: 'Anna Berg', words: 'drivers to stay patient this week', type: 'indirect', cue: 'asked' },
      ]),
    ]);
    const group = groupWith(comparison, 'they were grateful to the crews who kept the harbour bridge open');
    assert.deepEqual(formsOf(group), ['a.txt:verbatim', 'b.txt:paraphrase', 'b.txt:paraphrase']);
    const apart = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'We are grateful to the crews who kept the harbour bridge open and ask drivers to stay patient this week.' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'they were grateful to the crews who kept the harbour bridge open', type: 'indirect' }]),
      article('c.txt', [{ speaker: 'Anna Berg', words: 'drivers to stay patient this week', type: 'indirect', cue: 'asked' }]),
    ]);
    assert.deepEqual(formsOf(groupWith(apart, 'drivers to stay patient this week')), ['a.txt:verbatim', 'b.txt:paraphrase', 'c.txt:paraphrase']);
  });
});

describe('statement groups at scale', () => {
  it('groups hundreds of copies of one quotation that differ in a number, beyond any blocking list', () => {
    const records = Array.from({ length: 120 }, (_, i) =>
      article(`a${String(i).padStart(3, '0')}.txt`, [
        { speaker: 'Anna Berg', words: `We will rebuild the old harbour bridge before the winter storms of ${1900 + i}.` },
        { speaker: 'Anna Berg', words: `The ferry to island ${i} runs twice a day.` },
      ]),
    );
    const comparison = compareArticles(records);
    const bridge = comparison.statements.filter((s) => s.reports.some((r) => r.text.includes('harbour bridge')));
    assert.equal(bridge.length, 1);
    assert.equal(bridge[0].reports.length, 120);
    assert.ok(bridge[0].reports.every((r) => r.form === 'variant'));
  });
});

describe('statement groups and short or named wordings', () => {
  it('does not take a quotation of a word or two for a variant of every quotation that holds it', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'harbour bridge' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'We will rebuild the old harbour bridge before the winter storms.' }]),
      article('c.txt', [{ speaker: 'Anna Berg', words: 'The harbour bridge toll will go up in March.' }]),
    ]);
    assert.equal(groupWith(comparison, 'harbour bridge').reports.length, 1);
    assert.equal(groupWith(comparison, 'The harbour bridge toll will go up in March.').reports.length, 1);
  });

  it('does not group two claims about the same person on their shared name alone', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: 'Karl Lind had closed the island school without asking anyone', type: 'indirect' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'Karl Lind would open a new ferry office in the spring', type: 'indirect' }]),
    ]);
    assert.equal(groupWith(comparison, 'Karl Lind would open a new ferry office in the spring').reports.length, 1);
  });
});
