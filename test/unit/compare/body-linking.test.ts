import { strict as assert } from 'node:assert';
import { compareArticles } from '../../../src/core/compare';
import type { ArticleRecord, Comparison, StatementGroup } from '../../../src/core/types';
import { article, type Line } from './articles';
import { assertLiveMatchesBatch } from './replay';

/** Other statements, so that the words of the statements under test are rare in the workspace. */
const BACKGROUND: Line[] = [
  { speaker: 'Tomas Ek', words: 'The ferry timetable changes in the spring', type: 'indirect' },
  { speaker: 'Rita Holm', words: 'Our school will open a second library next autumn.' },
];

/** One statement in two wordings the calibrated score finds likely one (about 0.65), not certain. */
const RESCUED = 'three climbers were rescued from the glacier on Sunday';
const BROUGHT_DOWN = 'rescuers brought three climbers down from the glacier on Sunday after a night in the cold';
/** One statement in two wordings the calibrated score is sure of (above 0.8). */
const ROBBED = 'two men robbed the jeweller on Elm Street and escaped in a grey van';
const ROBBED_AGAIN = 'the jewellery shop on Elm Street was robbed by two men who got away in a van';

function groupWith(comparison: Comparison, text: string): StatementGroup {
  const group = comparison.statements.find((s) => s.reports.some((r) => r.text === text));
  assert.ok(group, `no statement holds "${text}"`);
  return group;
}

function filesOf(group: StatementGroup): string[] {
  return [...new Set(group.reports.map((r) => r.file))].sort();
}

function body(speaker: string, words: string, affiliation?: string): Line {
  return { speaker, kind: 'group', words, type: 'indirect', affiliation };
}

describe('linking sources named by what they are', () => {
  it('links one article\'s police to a named sheriff, and leaves the police of another event theirs', () => {
    const harbour = 'the harbour was closed after a tanker ran aground near the pier';
    const comparison = compareArticles([
      article('a.txt', [body('Police', ROBBED), ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Tom Reyes', role: 'Sheriff', words: ROBBED_AGAIN, type: 'indirect' }]),
      article('c.txt', [body('Police', harbour)]),
    ]);
    assert.deepEqual(filesOf(groupWith(comparison, ROBBED)), ['a.txt', 'b.txt']);
    assert.equal(groupWith(comparison, ROBBED).speakerName, 'Tom Reyes');
    assert.equal(groupWith(comparison, harbour).speakerName, 'Police');
    assert.deepEqual(Object.keys(comparison.speakers.find((s) => s.name === 'Tom Reyes')!.articles).sort(), ['a.txt', 'b.txt']);
    assert.deepEqual(Object.keys(comparison.speakers.find((s) => s.name === 'Police')!.articles), ['c.txt']);
  });

  it('links bodies in one line of work on a likely paraphrase: police and carabinieri, authorities and officials', () => {
    const comparison = compareArticles([
      article('a.txt', [body('Police', RESCUED), body('Authorities', ROBBED), ...BACKGROUND]),
      article('b.txt', [body('Carabinieri', BROUGHT_DOWN)]),
      article('c.txt', [body('Officials', ROBBED_AGAIN)]),
    ]);
    assert.deepEqual(filesOf(groupWith(comparison, RESCUED)), ['a.txt', 'b.txt']);
    assert.deepEqual(filesOf(groupWith(comparison, ROBBED)), ['a.txt', 'c.txt']);
  });

  it('links bodies in two lines of work only when the score is sure: police and a prosecutors\' office', () => {
    const comparison = compareArticles([
      article('a.txt', [body('Police', RESCUED), body('French police', ROBBED), ...BACKGROUND]),
      article('b.txt', [body("the city prosecutors' office", BROUGHT_DOWN), body('Prosecutors', ROBBED_AGAIN)]),
    ]);
    assert.deepEqual(filesOf(groupWith(comparison, RESCUED)), ['a.txt'], 'a likely paraphrase joined two kinds of body');
    assert.deepEqual(filesOf(groupWith(comparison, ROBBED)), ['a.txt', 'b.txt']);
  });

  it('never links bodies of two countries named in them, stated as an affiliation or not', () => {
    const comparison = compareArticles([
      article('a.txt', [body('French officials', ROBBED), body('Spanish and Portuguese officials', RESCUED), ...BACKGROUND]),
      article('b.txt', [body('German officials', ROBBED_AGAIN), body('Portuguese officials', BROUGHT_DOWN, 'Portugal')]),
    ]);
    assert.deepEqual(filesOf(groupWith(comparison, ROBBED)), ['a.txt']);
    assert.deepEqual(filesOf(groupWith(comparison, RESCUED)), ['a.txt']);
  });

  it('keeps unnamed people quoted beside a newspaper apart from the newspaper on a mere paraphrase', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'the Daily Ledger', kind: 'organization', words: RESCUED, type: 'indirect' }, ...BACKGROUND]),
      article('b.txt', [
        { speaker: 'the Daily Ledger', kind: 'organization', words: 'the mountain hut will reopen in June', type: 'indirect' },
        { speaker: 'two people involved in the search', kind: 'group', words: BROUGHT_DOWN, type: 'indirect' },
      ]),
    ]);
    assert.deepEqual(filesOf(groupWith(comparison, RESCUED)), ['a.txt']);
    assert.ok(comparison.speakers.some((s) => s.name === 'two people involved in the search'));
  });

  it('reads a lone capitalised title as the role: "Lawyer" and "lawyer" are one source with one id', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Lawyer', words: RESCUED, type: 'indirect' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'lawyer', words: 'the mountain hut will reopen in June', type: 'indirect' }]),
    ]);
    const lawyers = comparison.speakers.filter((s) => s.name.toLowerCase() === 'lawyer');
    assert.equal(lawyers.length, 1);
    assert.deepEqual(Object.keys(lawyers[0].articles).sort(), ['a.txt', 'b.txt']);
  });

  it('lists every speaker of one article that stands for the workspace speaker, and their quotes', () => {
    const comparison = compareArticles([
      article('a.txt', [body('Police', ROBBED), body('police sources', RESCUED), ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Tom Reyes', words: ROBBED_AGAIN, type: 'indirect' }, { speaker: 'Tom Reyes', words: BROUGHT_DOWN, type: 'indirect' }]),
    ]);
    const reyes = comparison.speakers.find((s) => s.name === 'Tom Reyes')!;
    assert.deepEqual(reyes.articles['a.txt'].speakerIds.sort(), ['police', 'police-sources']);
    assert.equal(reyes.articles['a.txt'].speakerId, reyes.articles['a.txt'].speakerIds[0]);
    assert.equal(reyes.articles['a.txt'].quoteCount, 2);
    assert.deepEqual(reyes.articles['b.txt'].speakerIds, ['tom-reyes']);
  });

  it('links and unlinks one article\'s part of a body as articles come and go, exactly as a batch comparison would', () => {
    const police = article('a.txt', [body('Police', ROBBED), ...BACKGROUND]);
    const sheriff = article('b.txt', [{ speaker: 'Tom Reyes', role: 'Sheriff', words: ROBBED_AGAIN, type: 'indirect' }]);
    const otherPolice = article('c.txt', [body('Police', 'the harbour was closed after a tanker ran aground near the pier'), body('Police', RESCUED)]);
    const carabinieri = article('d.txt', [body('Carabinieri', BROUGHT_DOWN)]);
    const steps: (ArticleRecord | string)[] = [police, otherPolice, sheriff, carabinieri, 'a.txt', police, 'b.txt', 'c.txt', sheriff, otherPolice];
    assertLiveMatchesBatch(steps);
  });
});
