import { strict as assert } from 'node:assert';
import { cueTable, REPORTING_VERB_COUNT } from '../../../src/core/quotes/lexicon';

describe('reporting verb lexicon', () => {
  it('has more than a hundred reporting verbs', () => {
    assert.ok(REPORTING_VERB_COUNT >= 100, `only ${REPORTING_VERB_COUNT}`);
  });

  it('knows every inflection through conjugation', () => {
    const table = cueTable();
    for (const form of ['said', 'says', 'saying', 'told', 'insists', 'insisted', 'insisting', 'denied', 'denies', 'tweeted', 'tweeting', 'quipped', 'testified', 'acknowledges', 'warned', 'urging', 'wrote', 'written']) {
      assert.ok(table.has(form), form);
    }
    assert.equal(table.get('tweeted')!.verbs[0].lemma, 'tweet');
    assert.equal(table.get('denies')!.form, 'present');
    assert.equal(table.get('saying')!.form, 'gerund');
  });

  it('does not contain plain nouns or function words', () => {
    const table = cueTable();
    for (const word of ['the', 'negotiations', 'minister', 'peace']) assert.equal(table.has(word), false, word);
  });
});
