import assert from 'node:assert/strict';
import { analyzeArticle } from '../../../src/core';
import { MAX_ATTRIBUTIONS_PER_SENTENCE, MAX_QUOTATIONS_PER_STATEMENT, MAX_UNATTRIBUTED_PER_PARAGRAPH } from '../../../src/core/quotes/structure';

// Text that holds one quotation, or none, must not come out as thousands of quotes (issue 12): the filler mixes
// reporting verbs, names and plain words, as a careless paste or a generated page would.
const VOCABULARY = ['harbour', 'said', 'Ottoline', 'lantern', 'told', 'warned', 'orchard', 'says', 'Brennan', 'copper',
  'insisted', 'meadow', 'claimed', 'Ferris', 'pebble', 'noted', 'added', 'winter', 'argued', 'Quill', 'thinks', 'tower'];

function filler(words: number, shape: (word: string) => string, separator: string): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(shape(VOCABULARY[(i * 7 + (i >> 3)) % VOCABULARY.length]));
  return out.join(separator);
}

const capitalise = (word: string): string => word[0].toUpperCase() + word.slice(1);
const ONE_QUOTE = ' "The bridge will reopen in spring," the mayor said.';

function quoteTexts(text: string): string[] {
  return analyzeArticle(text).quotes.map((quote) => quote.text);
}

describe('hostile input: a bound on quotes per unit of text', function () {
  this.timeout(60_000);

  it('finds only the quotation in 200,000 capitalised words', () => {
    assert.deepEqual(quoteTexts(filler(200_000, capitalise, ' ') + ONE_QUOTE), ['The bridge will reopen in spring,']);
  });

  it('finds only the quotation in 200,000 comma-separated words', () => {
    assert.deepEqual(quoteTexts(filler(200_000, (word) => word, ', ') + ONE_QUOTE), ['The bridge will reopen in spring,']);
  });

  it('attributes the quotation inside a list to the source beside it', () => {
    const text = `${filler(5_000, (word) => word, ', ')}, "we are ready to sign," Brennan said, ${filler(5_000, (word) => word, ', ')}.`;
    const [quote, ...others] = analyzeArticle(text).quotes;
    assert.equal(others.length, 0);
    assert.equal(quote.text, 'we are ready to sign,');
    assert.equal(quote.cue?.lemma, 'say');
    assert.equal(text.slice(quote.speakerSpan!.start, quote.speakerSpan!.end), 'Brennan');
  });

  it('reports nothing for a sentence of 20,000 words that repeats a report', () => {
    assert.equal(quoteTexts('the minister said that the talks would continue and '.repeat(2_500)).length, 0);
  });

  it('reports nothing for a paragraph of only "said"', () => {
    assert.equal(quoteTexts('said '.repeat(50_000)).length, 0);
    assert.equal(quoteTexts('Said. '.repeat(20_000)).length, 0);
  });

  it('reports no more quotations than a paragraph holds from a run of quotation marks', () => {
    assert.equal(quoteTexts('"'.repeat(50_000)).length, 0);
    assert.equal(quoteTexts('“”‘’'.repeat(10_000)).length, 0);
    const unattributed = quoteTexts('“the river rose over the old wall” '.repeat(5_000));
    assert.ok(unattributed.length <= MAX_UNATTRIBUTED_PER_PARAGRAPH * MAX_QUOTATIONS_PER_STATEMENT, `${unattributed.length} quotes`);
    const continued = quoteTexts(`"We start at dawn," she said. ${'"The river rose over the wall." '.repeat(5_000)}`);
    assert.equal(continued.length, MAX_QUOTATIONS_PER_STATEMENT);
  });

  it('keeps every report of a sentence that holds several', () => {
    const text = 'Ferris said the pier was safe, Quill insisted it was not, and the harbour master told reporters that repairs would start soon.';
    assert.deepEqual(quoteTexts(text), ['the pier was safe', 'it was not', 'repairs would start soon']);
    assert.ok(quoteTexts(text).length <= MAX_ATTRIBUTIONS_PER_SENTENCE);
  });
});
