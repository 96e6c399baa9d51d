import { strict as assert } from 'node:assert';
import { reportWords } from '../../../src/core/compare/report-words';
import { americanSpelling } from '../../../src/core/compare/spelling';

const stems = (text: string) => reportWords(text).flatMap((word) => (word.stem ? [word.stem] : []));

describe('British spellings', () => {
  it('are read in their American form', () => {
    assert.deepEqual(['centre', 'colours', 'organised', 'analysing', 'travelled', 'defence'].map(americanSpelling), ['center', 'colors', 'organized', 'analyzing', 'traveled', 'defense']);
  });

  it('leave words that only look British alone', () => {
    assert.deepEqual(['promise', 'exercised', 'four', 'tour', 'compelled', 'pollen'].map(americanSpelling), ['promise', 'exercised', 'four', 'tour', 'compelled', 'pollen']);
  });

  it('give one report word per word across the two spellings', () => {
    assert.deepEqual(stems('She checked into the Harbour Treatment Centre, her rep organised it.'), stems('She checked into the Harbor Treatment Center, her rep organized it.'));
  });
});
