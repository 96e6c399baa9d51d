import { strict as assert } from 'node:assert';
import { SAME_STATEMENT_THRESHOLD, sameStatementProbability } from '../../../src/core/compare/statement-score';
import { reportWords } from '../../../src/core/compare/report-words';
import type { Wordings } from '../../../src/core/compare/wording-features';

function wordings(text: string): Wordings {
  const tokens = reportWords(text);
  return { tokens, words: tokens.map((t) => t.norm) };
}

function probability(a: string, b: string): number {
  return sameStatementProbability(wordings(a), wordings(b));
}

describe('same-statement score', () => {
  it('is a probability with a threshold strictly inside (0, 1)', () => {
    const p = probability('The library opens at nine.', 'The pool closes at noon.');
    assert.ok(p > 0 && p < 1);
    assert.ok(SAME_STATEMENT_THRESHOLD > 0 && SAME_STATEMENT_THRESHOLD < 1);
  });

  it('is symmetric', () => {
    const a = 'The council will repair the flooded underpass before the end of March.';
    const b = 'The council is going to fix the underpass by the end of March, officials said.';
    assert.ok(Math.abs(probability(a, b) - probability(b, a)) < 1e-12);
  });

  it('takes the same wording for one statement', () => {
    const text = 'Our company will cut 300 jobs at the Malmo plant by next year.';
    assert.ok(probability(text, text) >= SAME_STATEMENT_THRESHOLD);
  });

  it('takes a reworded report of the same claim for one statement', () => {
    assert.ok(
      probability(
        'The council will repair the flooded underpass before the end of March.',
        'The council is going to fix the flooded underpass by the end of March.',
      ) >= SAME_STATEMENT_THRESHOLD,
    );
  });

  it('takes a direct quotation and its indirect report for one statement', () => {
    assert.ok(
      probability('We will not close the maternity ward at the county hospital.', 'the county would not close the maternity ward at its hospital') >=
        SAME_STATEMENT_THRESHOLD,
    );
  });

  it('keeps two claims of one topic apart', () => {
    assert.ok(
      probability('The council will repair the flooded underpass before the end of March.', 'Residents have complained about the smell from the sewage works for years.') <
        SAME_STATEMENT_THRESHOLD,
    );
  });

  it('scores a changed figure lower than the same figure', () => {
    const same = probability('Ticket sales rose 12 percent in the first quarter.', 'Ticket sales climbed 12 percent in the first quarter.');
    const changed = probability('Ticket sales rose 12 percent in the first quarter.', 'Ticket sales climbed 40 percent in the first quarter.');
    assert.ok(changed < same);
  });
});
