import { strict as assert } from 'node:assert';
import type { StatementGroup, StatementReport } from '../../../src/core/types';
import { diffSummary, fullestReport } from '../../../src/features/shared/presentation';

// Written for this test.
const report = (text: string, diff: StatementReport['diff']): StatementReport => ({
  file: 'f', quoteId: text, start: 0, end: text.length, text, type: 'direct', form: 'variant', confidence: 1, diff,
});

describe('presentation of statement groups', () => {
  it('takes the wording the core diffed against as the reference, even when another report is longer', () => {
    const reference = report('the bridge will reopen in May', [{ kind: 'same', text: 'the bridge will reopen in May' }]);
    const longer = report('officials said the bridge would reopen sometime in May or June', [
      { kind: 'added', text: 'officials said ' },
      { kind: 'same', text: 'the bridge' },
    ]);
    const group: StatementGroup = { id: 'g', speakerId: 's', speakerName: 'S', reports: [longer, reference], omittedBy: [] };
    assert.equal(fullestReport(group), reference);
  });

  it('falls back to the longest text when every report differs', () => {
    const a = report('short', [{ kind: 'added', text: 'short' }]);
    const b = report('a longer one', [{ kind: 'removed', text: 'x' }]);
    assert.equal(fullestReport({ id: 'g', speakerId: 's', speakerName: 'S', reports: [a, b], omittedBy: [] }), b);
  });

  it('summarises the words a report adds and drops', () => {
    assert.deepEqual(
      diffSummary([
        { kind: 'same', text: 'the bridge ' },
        { kind: 'added', text: 'would ' },
        { kind: 'removed', text: 'will ' },
        { kind: 'added', text: '  ' },
      ]),
      { added: ['would'], removed: ['will'] },
    );
  });
});
