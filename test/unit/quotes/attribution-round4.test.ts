import { strict as assert } from 'node:assert';
import { found } from './quotesFound';

describe('"the same" after a verb of saying', () => {
  it('is content: the earlier report said again of someone else', () => {
    assert.deepEqual(found('Most riders favour Orla Venn, while 61 percent say the same of Bex Tarrow.'), [{ text: 'the same of Bex Tarrow', source: '61 percent' }]);
    assert.deepEqual(found('Three in ten voters said the same of the mayor.'), [{ text: 'the same of the mayor', source: 'Three in ten voters' }]);
    assert.deepEqual(found('Mayor Ilse Dorn has said the same thing at every market.'), [{ text: 'the same thing at every market', source: 'Ilse Dorn' }]);
  });

  it('is no content when it opens a noun phrase of the reported clause', () => {
    assert.deepEqual(found('Ilse Dorn said the same rules apply to the ferries.'), [{ text: 'the same rules apply to the ferries', source: 'Ilse Dorn' }]);
  });
});
