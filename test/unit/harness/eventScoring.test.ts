import { strict as assert } from 'node:assert';
import { refKey, scoreEventGroups } from '../../../scripts/lib/compare-scoring';
import type { GoldReport } from '../../../scripts/lib/event-sets';

/** Three outlets report one telling (chain T) about two happenings (events X and Y); a fourth reports another telling. */
const REPORTS: GoldReport[] = [
  { id: 'r1', file: 'a', chain: 'T', sentence: 1, start: 0, end: 4, content: ['X'] },
  { id: 'r2', file: 'b', chain: 'T', sentence: 1, start: 0, end: 4, content: ['X'] },
  { id: 'r3', file: 'c', chain: 'T', sentence: 2, start: 0, end: 4, content: ['Y'] },
  { id: 'r4', file: 'd', chain: 'U', sentence: 1, start: 0, end: 4, content: ['X'] },
];
const MAPPING = new Map(REPORTS.map((r) => [refKey(r.file, 'q1'), r.id]));
const report = (file: string) => ({ file, quoteId: 'q1' });

describe('event-set scoring (pairwise, cross-article)', () => {
  it('counts gold pairs within a telling and predicted pairs within a group', () => {
    const scores = scoreEventGroups(REPORTS, [[report('a'), report('b'), report('d')], [report('c')]], MAPPING);
    assert.deepEqual([scores.truePositives, scores.predicted, scores.gold], [1, 3, 3]);
    assert.deepEqual([scores.statementsFound, scores.statements], [1, 2]);
  });

  it('under the finer gold pairs only reports of one reported event, and ignores pairs of one telling about two', () => {
    const scores = scoreEventGroups(REPORTS, [[report('a'), report('b'), report('c')]], MAPPING, true);
    assert.deepEqual([scores.truePositives, scores.predicted, scores.gold], [1, 1, 1]);
  });

  it('leaves a report the analysis did not find out of the gold pairs', () => {
    const partial = new Map([...MAPPING].filter(([, id]) => id !== 'r2'));
    const scores = scoreEventGroups(REPORTS, [[report('a'), report('c')]], partial);
    assert.deepEqual([scores.truePositives, scores.gold, scores.reportsFound], [1, 1, 3]);
  });
});
