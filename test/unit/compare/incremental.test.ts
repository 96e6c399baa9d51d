import { strict as assert } from 'node:assert';
import { compareArticles, WorkspaceComparison } from '../../../src/core/compare';
import type { ArticleRecord } from '../../../src/core/types';
import { article } from './articles';

const bridge = 'We will rebuild the old harbour bridge before the winter storms.';

function workspace(): ArticleRecord[] {
  return [
    article('a.txt', [
      { speaker: 'Anna Berg', words: bridge, role: 'mayor' },
      { speaker: 'Karl Lind', words: 'the harbour budget had already run out', type: 'indirect' },
    ]),
    article('b.txt', [
      { speaker: 'Anna Berg', words: 'We will rebuild the old harbour bridge', straight: true },
      { speaker: 'Karl Lind', words: 'Nobody has seen the harbour budget yet.' },
    ]),
    article('c.txt', [{ speaker: 'Anna Berg', words: 'the city would rebuild the harbour bridge before the storms', type: 'indirect', cue: 'promised' }]),
  ];
}

describe('incremental comparison', () => {
  it('gives the batch result after one article changes', () => {
    const [a, b, c] = workspace();
    const changedB = article('b.txt', [
      { speaker: 'Anna Berg', words: 'The harbour bridge will cost twice what we planned.' },
      { speaker: 'Karl Lind', words: 'the harbour budget had already run out', type: 'indirect' },
    ]);
    const live = new WorkspaceComparison();
    for (const record of [a, b, c]) live.upsert(record);
    const before = live.result();
    live.upsert(changedB);
    const after = live.result();
    assert.deepEqual(after, compareArticles([a, changedB, c]));
    assert.notDeepEqual(after, before);
  });

  it('gives the batch result after an article is removed and added back', () => {
    const [a, b, c] = workspace();
    const live = new WorkspaceComparison();
    for (const record of [a, b, c]) live.upsert(record);
    live.result();
    live.remove('a.txt');
    assert.deepEqual(live.result(), compareArticles([b, c]));
    live.upsert(a);
    assert.deepEqual(live.result(), compareArticles([a, b, c]));
  });

  it('does not depend on the order the articles arrive in', () => {
    const [a, b, c] = workspace();
    assert.deepEqual(compareArticles([c, a, b]), compareArticles([a, b, c]));
  });
});

describe('omissions and diffs', () => {
  it('lists the articles that quote the speaker but leave the statement out', () => {
    const comparison = compareArticles(workspace());
    const statement = comparison.statements.find((s) => s.reports.some((r) => r.text === bridge))!;
    assert.deepEqual(statement.reports.map((r) => r.file).sort(), ['a.txt', 'b.txt', 'c.txt']);
    const budget = comparison.statements.find((s) => s.reports.some((r) => r.text === 'the harbour budget had already run out'))!;
    assert.deepEqual(budget.omittedBy, ['b.txt']);
  });

  it('lists an article that covers the same event without quoting the speaker', () => {
    const records = [
      article('a.txt', [{ speaker: 'Anna Berg', words: 'The lighthouse on Skarv island will be demolished in October.' }]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'The lighthouse on Skarv island will be demolished in October.' }]),
      article('c.txt', [{ speaker: 'Karl Lind', words: 'The ferry timetable will not change.' }], 'Workers prepare to pull down the Skarv island lighthouse this October.'),
      article('d.txt', [{ speaker: 'Karl Lind', words: 'The tram line opens in May.' }], 'A new tram line crosses the city centre.'),
    ];
    const statement = compareArticles(records).statements.find((s) => s.speakerName === 'Anna Berg')!;
    assert.deepEqual(statement.omittedBy, ['c.txt']);
  });

  it('diffs each report against the fullest wording, showing the printed text', () => {
    const comparison = compareArticles(workspace());
    const statement = comparison.statements.find((s) => s.reports.some((r) => r.text === bridge))!;
    const full = statement.reports.find((r) => r.file === 'a.txt')!;
    assert.deepEqual(full.diff, [{ kind: 'same', text: bridge }]);
    const truncated = statement.reports.find((r) => r.file === 'b.txt')!;
    assert.deepEqual(truncated.diff, [
      { kind: 'same', text: 'We will rebuild the old harbour bridge' },
      { kind: 'removed', text: 'before the winter storms.' },
    ]);
    const paraphrase = statement.reports.find((r) => r.file === 'c.txt')!;
    const shown = paraphrase.diff.filter((part) => part.kind !== 'removed').map((part) => part.text).join('');
    assert.equal(shown, paraphrase.text);
    assert.ok(paraphrase.diff.some((part) => part.kind === 'added' && part.text.includes('city')));
    assert.equal(paraphrase.cue, 'promised');
    assert.equal(full.role, 'mayor');
  });
});

describe('incremental comparison where other articles decide', () => {
  it('re-groups a speaker whose shared words become common through other articles', () => {
    const pair = [
      article('x1.txt', [{ speaker: 'Anna Berg', words: 'the harbour bridge would reopen for lorries', type: 'indirect' }]),
      article('x2.txt', [{ speaker: 'Anna Berg', words: 'The harbour bridge stays shut until the council pays.' }]),
    ];
    const others = ['Karl Lind', 'Rita Holm', 'Tomas Ek', 'Eva Sund', 'Olof Dahl', 'Lena Vik', 'Nils Alm', 'Ida Kron'].map((speaker, i) =>
      article(`y${i}.txt`, [{ speaker, words: `the harbour bridge was busy on day ${i}`, type: 'indirect' }]),
    );
    const grouped = (records: ArticleRecord[]) =>
      compareArticles(records).statements.find((s) => s.speakerName === 'Anna Berg')!.reports.length;
    // Rare, the two shared words make one statement; once every article uses them they are topic only.
    assert.equal(grouped(pair), 2);
    assert.equal(grouped([...pair, ...others]), 1);
    const live = new WorkspaceComparison();
    for (const record of pair) live.upsert(record);
    live.result();
    for (const record of others) live.upsert(record);
    assert.deepEqual(live.result(), compareArticles([...pair, ...others]));
  });

  it('drops an article from a statement’s omissions once its text no longer covers the event', () => {
    const statement = 'The lighthouse on Skarv island will be demolished in October.';
    const a = article('a.txt', [{ speaker: 'Anna Berg', words: statement }]);
    const b = article('b.txt', [{ speaker: 'Anna Berg', words: statement }]);
    const covering = article('c.txt', [{ speaker: 'Karl Lind', words: 'The ferry timetable will not change.' }], 'Workers will pull down the Skarv island lighthouse in October.');
    const elsewhere = article('c.txt', [{ speaker: 'Karl Lind', words: 'The ferry timetable will not change.' }], 'A new tram line crosses the city centre.');
    const live = new WorkspaceComparison();
    for (const record of [a, b, covering]) live.upsert(record);
    const omitted = (comparison: ReturnType<typeof compareArticles>) => comparison.statements.find((s) => s.speakerName === 'Anna Berg')!.omittedBy;
    assert.deepEqual(omitted(live.result()), ['c.txt']);
    live.upsert(elsewhere);
    const after = live.result();
    assert.deepEqual(omitted(after), []);
    assert.deepEqual(after, compareArticles([a, b, elsewhere]));
  });
});
