import { strict as assert } from 'node:assert';
import { reportWords } from '../../../src/core/compare/report-words';
import { FEATURE_NAMES, wordingFeatures, type Wordings } from '../../../src/core/compare/wording-features';

function wordings(text: string): Wordings {
  const tokens = reportWords(text);
  return { tokens, words: tokens.map((t) => t.norm) };
}

/** The named features of a pair, so each assertion says which feature it reads. */
function features(a: string, b: string, weigh?: (key: string) => number): Record<(typeof FEATURE_NAMES)[number], number> {
  const values = wordingFeatures(wordings(a), wordings(b), weigh);
  return Object.fromEntries(FEATURE_NAMES.map((name, k) => [name, values[k]])) as Record<(typeof FEATURE_NAMES)[number], number>;
}

describe('wording features of a pair', () => {
  it('gives one value per named feature', () => {
    assert.equal(wordingFeatures(wordings('The mill will close in June.'), wordings('The mill shuts in June.')).length, FEATURE_NAMES.length);
  });

  it('scores the same wording as full overlap and full order on every side', () => {
    const text = 'The harbour board will double the ferry fares next spring.';
    const f = features(text, text);
    for (const name of ['content dice', 'word dice', 'unigram precision min', 'trigram precision min', 'order of shorter', 'order of longer', 'length ratio', 'weighted overlap'] as const) {
      assert.equal(f[name], 1, name);
    }
    assert.equal(f['unmatched in longer'], 0);
    assert.equal(f['length difference'], 0);
  });

  it('reads a reported version of a direct quotation as the same words in the same order', () => {
    const f = features('We will not sell the orchard to the developers.', 'they would not sell the orchard to the developers');
    assert.equal(f['unigram precision min'], 1);
    assert.equal(f['trigram precision min'], 1);
    assert.equal(f['order of longer'], 1);
    assert.ok(f['word dice'] < 1, 'the plain words differ');
  });

  it('tells a reordered wording from the same order by its subsequence', () => {
    const ordered = features('The mayor praised the firefighters and blamed the landlord.', 'The mayor praised the firefighters and blamed the landlord.');
    const swapped = features('The mayor praised the firefighters and blamed the landlord.', 'The mayor blamed the firefighters and praised the landlord.');
    assert.equal(swapped['content dice'], 1);
    assert.ok(swapped['content order'] < ordered['content order']);
    assert.ok(swapped['bigram precision max'] < 1);
  });

  it('reads a half quoted from a longer wording as covered on the shorter side only', () => {
    const f = features('The bakery will reopen on Monday with a smaller menu and shorter hours.', 'the bakery will reopen on Monday');
    assert.equal(f['content cover of shorter'], 1);
    assert.ok(f['content cover of longer'] < 0.5);
    assert.ok(f['unigram precision max'] === 1 && f['unigram precision min'] < 0.6);
  });

  it('flags different figures and keeps the shorter side’s figures when the longer repeats them', () => {
    const differ = features('Prices rose 4 percent in May.', 'Prices rose 6 percent in May.');
    assert.equal(differ['numbers differ'], 1);
    assert.equal(differ['numbers of one side in the other'], 0);
    const kept = features('Prices rose 4 percent in May.', 'Prices rose 4 percent in May, after 3 percent in April.');
    assert.equal(kept['numbers of one side in the other'], 1);
    assert.equal(kept['both hold numbers'], 1);
  });

  it('measures a clause one side adds as its longest run of unshared content words', () => {
    const added = features('The museum will reopen its east wing.', 'The museum will reopen its east wing after engineers repaired cracked ceiling beams.');
    const scattered = features('The museum will reopen its east wing.', 'The old museum will soon reopen its east wing, officials said.');
    assert.ok(added['unmatched run in longer'] > scattered['unmatched run in longer']);
    assert.equal(added['unmatched run in shorter'], 0);
  });

  it('reads a number spelt out or as an ordinal as the same figure', () => {
    const spelt = features('The council closed three schools in its fourth year.', 'The council closed 3 schools in its 4th year.');
    assert.equal(spelt['numbers differ'], 0);
    assert.equal(spelt['both hold numbers'], 1);
    assert.equal(features('The council closed three schools.', 'The council closed 5 schools.')['numbers differ'], 1);
  });

  it('flags a negator on one side only', () => {
    assert.equal(features('The union will accept the offer.', 'The union will not accept the offer.')['negation differs'], 1);
    assert.equal(features('The union will accept the offer.', 'The union is going to accept the offer.')['negation differs'], 0);
  });

  it('aligns a derivation the stemmer misses and a misspelt name', () => {
    const f = features('The acquisition of Lindqvist was approved.', 'Regulators approved acquiring Lindkvist.');
    assert.ok(f['aligned content dice'] > f['content dice']);
  });

  it('weighs words that are not shared by the weights it is given', () => {
    const heavy = features('The bridge toll rises in June.', 'The tunnel toll rises in June.', (key) => (key.startsWith('bridg') || key.startsWith('tunnel') ? 5 : 0.1));
    const light = features('The bridge toll rises in June.', 'The tunnel toll rises in June.', () => 0.1);
    assert.ok(heavy['weighted overlap'] < light['weighted overlap']);
    assert.ok(heavy['weighted unmatched max'] > light['weighted unmatched max']);
  });
});
