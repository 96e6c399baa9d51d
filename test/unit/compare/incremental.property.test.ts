import fc from 'fast-check';
import { article, type Line } from './articles';
import { assertLiveMatchesBatch } from './replay';

/** A small pool of speakers and wordings, so that random articles share speakers, statements and words. */
const SPEAKERS = ['Anna Berg', 'Ana Berg', 'Karl Lind', 'Sergei Lavrov', 'Sergey Lavrov', 'Maria Lavrova', 'Lavrov'];
const WORDINGS = [
  'We will rebuild the old harbour bridge before the winter storms.',
  'We will rebuild the old harbour bridge',
  'the harbour bridge would be rebuilt before winter',
  'the harbour bridge would not be rebuilt before winter',
  'The ferry timetable changes in the spring.',
  'the ferry timetable would change in spring',
  'Nobody has seen the harbour budget yet.',
  'the budget for the island ferry had run out',
];

const line = fc.record({
  speaker: fc.constantFrom(...SPEAKERS),
  words: fc.constantFrom(...WORDINGS),
  direct: fc.boolean(),
}).map(({ speaker, words, direct }): Line => ({ speaker, words, type: direct ? 'direct' : 'indirect' }));

const FILES = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];

const edit = fc.oneof(
  fc.record({ file: fc.constantFrom(...FILES), lines: fc.array(line, { minLength: 0, maxLength: 4 }) }),
  fc.record({ remove: fc.constantFrom(...FILES) }),
);

describe('incremental comparison (property)', () => {
  it('equals the batch comparison after any sequence of upserts and removals', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        assertLiveMatchesBatch(edits.map((step) => ('remove' in step ? step.remove : article(step.file, step.lines))));
      }),
      { numRuns: 60, seed: 4 },
    );
  });

  it('equals the batch comparison when one speaker is quoted in every article and edits keep coming', () => {
    // The edits reuse groups, pair matches and statements of the speaker every article quotes: they must not leak
    // from one version of an article into the next. Sides vary so that the identities' sides (and the balance) move.
    const everywhere = fc.record({
      words: fc.constantFrom(...WORDINGS),
      direct: fc.boolean(),
      affiliation: fc.constantFrom(undefined, 'Russia', 'Ukraine'),
      continues: fc.boolean(),
    }).map(({ words, direct, affiliation, continues }): Line[] => [
      { speaker: 'Russia', kind: 'organization', words, type: direct ? 'direct' : 'indirect', affiliation },
      ...(direct && continues ? [{ speaker: 'Russia', kind: 'organization' as const, words: WORDINGS[0], continues: true }] : []),
    ]);
    const files = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt'];
    const step = fc.oneof(
      { weight: 5, arbitrary: fc.record({ file: fc.constantFrom(...files), own: everywhere, lines: fc.array(line, { maxLength: 3 }) }) },
      { weight: 1, arbitrary: fc.record({ remove: fc.constantFrom(...files) }) },
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 4, maxLength: 14 }), (steps) => {
        const quotedEverywhere = files.map((file) => article(file, [{ speaker: 'Russia', kind: 'organization', words: WORDINGS[0] }]));
        assertLiveMatchesBatch([...quotedEverywhere, ...steps.map((next) => ('remove' in next ? next.remove : article(next.file, [...next.own, ...next.lines])))]);
      }),
      { numRuns: 60, seed: 11 },
    );
  });
});
