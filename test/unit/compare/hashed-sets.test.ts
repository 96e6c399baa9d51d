import { strict as assert } from 'node:assert';
import { combine, hashedSet, sharedCount, stringHash } from '../../../src/core/compare/hashed-sets';

const set = (...items: string[]) => hashedSet(items.map(stringHash));

describe('hashed sets', () => {
  it('keeps each item once, in order', () => {
    const words = set('quill', 'marrow', 'quill', 'fen');
    assert.equal(words.length, 3);
    assert.ok(words.every((value, i) => i === 0 || words[i - 1] < value));
  });

  it('counts the items two sets share', () => {
    assert.equal(sharedCount(set('quill', 'marrow', 'fen'), set('fen', 'quill', 'bract')), 2);
    assert.equal(sharedCount(set('quill'), set()), 0);
  });

  it('tells n-grams in another order apart', () => {
    const [a, b] = [stringHash('mill'), stringHash('closes')];
    assert.notEqual(combine(a, b), combine(b, a));
  });

  it('spreads strings one letter apart', () => {
    const hashes = new Set(['aaa', 'aab', 'aba', 'baa', 'ab', 'a', ''].map(stringHash));
    assert.equal(hashes.size, 7);
  });
});
