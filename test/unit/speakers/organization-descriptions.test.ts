import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core';

/** The speaker name of each quote of `text`, in text order. */
function speakers(text: string): (string | null)[] {
  const analysis = analyzeArticle(text);
  const byId = new Map(analysis.speakers.map((s) => [s.id, s]));
  return analysis.quotes.map((q) => (q.speakerId ? byId.get(q.speakerId)?.name ?? null : null));
}

describe('organisations renamed by a description', () => {
  it('resolves "the company" and "the software maker" to the business named before', () => {
    const text = 'Quellwave Corp. released a patch on Tuesday. The company said the flaw was fixed. The software maker said users should update.';
    assert.deepEqual(speakers(text), ['Quellwave Corp', 'Quellwave Corp']);
  });

  it('lets a nationality stand before the noun, "US" printed in capitals being the country', () => {
    const text = 'Quellwave Corp. released a patch on Tuesday. The US software giant said the flaw was fixed.';
    assert.deepEqual(speakers(text), ['Quellwave Corp']);
    assert.deepEqual(speakers('US Senator Hal Brevik said the vote would wait.'), ['Hal Brevik']);
  });

  it('resolves "the department" to the named department that spoke before, its holder\'s office included', () => {
    const text = "The Harlow County Sheriff's Department said the deputy was shot at noon. The department said the suspect fled.";
    assert.deepEqual(speakers(text), ["Harlow County Sheriff's Department", "Harlow County Sheriff's Department"]);
  });

  it('needs every word of the description in the name', () => {
    const budget = 'The Tarrow Budget Office released figures. The Tarrow Sheriff\'s Office also spoke. The budget office said the deficit grew.';
    assert.deepEqual(speakers(budget), ['Tarrow Budget Office']);
    const militants = 'The Brask Intelligence Group published a list on Monday. The militant group said it would fight on.';
    assert.deepEqual(speakers(militants), ['militant group']);
  });

  it('takes the business in focus for "the company", not an older name that holds the word', () => {
    const text = 'The Harbour Company was founded in 1900. Its yard stood empty for years. Brindle Holdings Inc. bought the yard in May. The company said it would reopen the yard.';
    assert.deepEqual(speakers(text), ['Brindle Holdings Inc']);
  });

  it('leaves "the regulator" and "the government" to no business or agency named before', () => {
    assert.deepEqual(speakers('Quellwave Corp. was fined on Monday. The regulator said the fine was fair.'), ['regulator']);
    assert.deepEqual(speakers('The Tarrow Budget Administration issued a report. The administration said taxes would rise.'), ['administration']);
  });

  it('never takes a public body or a news outlet for the business a description renames', () => {
    const police = 'The Harlow Police Department arrested a clerk on Monday. The company said it would cooperate.';
    assert.deepEqual(speakers(police), ['company']);
    const outlet = 'Quellwave Corp. cut jobs. The Tarrow Times first reported the cuts. The company said it paid all wages.';
    assert.equal(speakers(outlet).at(-1), 'Quellwave Corp');
  });

  it('keeps a description that names its organisation, or that has none to rename, as it is', () => {
    assert.deepEqual(speakers('Quellwave Corp. met ministers on Monday. The government in Harlow said talks would go on.'), ['government']);
    assert.deepEqual(speakers('The company said profits fell.'), ['company']);
  });
});
