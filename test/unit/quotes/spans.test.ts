import { strict as assert } from 'node:assert';
import { found } from './quotesFound';

describe('where an object reported by its verb ends', () => {
  it('ends before "during", which gives the occasion of the act', () => {
    const quotes = found('Senator Ilse Varo criticized Mayor Teodor Brask during a televised forum in Quillby.');
    assert.deepEqual(quotes, [{ text: 'Mayor Teodor Brask', source: 'Ilse Varo' }]);
  });

  it('keeps "during" that follows a verb inside the object', () => {
    const quotes = found('Varo praised the nurses who stayed open during the storm.');
    assert.equal(quotes[0]?.text, 'the nurses who stayed open during the storm');
  });
});
