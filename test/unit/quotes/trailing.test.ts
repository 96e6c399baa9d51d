import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyze';

function found(text: string): { text: string; source: string | null }[] {
  return analyzeArticle(text).quotes.map((quote) => ({
    text: quote.text,
    source: quote.speakerSpan ? text.slice(quote.speakerSpan.start, quote.speakerSpan.end) : null,
  }));
}

describe('circumstances after a trailing attribution', () => {
  it('reads a capitalised month as a date, not the auxiliary "may"', () => {
    const quotes = found('"We are doing very well with farmers," Harlan told reporters in late May.');
    assert.deepEqual(quotes, [{ text: 'We are doing very well with farmers,', source: 'Harlan' }]);
  });

  it('reads "that" after a noun behind the quotation as a relative clause', () => {
    const quotes = found('"It is a nice plane," Mr. Harlan said in a film that showed off the chairs.');
    assert.deepEqual(quotes, [{ text: 'It is a nice plane,', source: 'Mr. Harlan' }]);
  });
});
