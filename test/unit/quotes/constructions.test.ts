import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyze';

interface Found {
  type: string;
  text: string;
  source: string | null;
  lemma: string | null;
}

function found(text: string): Found[] {
  return analyzeArticle(text).quotes.map((quote) => ({
    type: quote.type,
    text: quote.text,
    source: quote.speakerSpan ? text.slice(quote.speakerSpan.start, quote.speakerSpan.end) : null,
    lemma: quote.cue ? quote.cue.lemma : null,
  }));
}

describe('reported clauses whose verb the lexicon reads as a noun', () => {
  it('takes an -s verb after a singular noun as the clause verb', () => {
    const quotes = found('The engineer said the new pump works.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the new pump works');
  });

  it('takes a bare verb after a plural noun as the clause verb', () => {
    const quotes = found('The coach said his players feel the same pressure.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'his players feel the same pressure');
  });

  it('skips a month as an adjunct before "that"', () => {
    const quotes = found('The treasurer said in October that the fund had run dry.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the fund had run dry');
  });
});

describe('stances with an explicit complement', () => {
  it('reports an aim with an infinitive', () => {
    const quotes = found('The union wants to reopen the contract talks.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'to reopen the contract talks');
    assert.equal(quotes[0].lemma, 'want');
    assert.ok(quotes[0].source?.includes('union'));
  });

  it('reports a side taken with its object', () => {
    const quotes = found('Two council members backed the zoning change on Monday.');
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].text.startsWith('the zoning change'));
    assert.equal(quotes[0].lemma, 'back');
  });

  it('reports a view with "as"', () => {
    const quotes = found('Local farmers see the new levy as a burden on small growers.');
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].text.startsWith('the new levy as a burden'));
  });

  it('does not read a particle or a noun as a stance', () => {
    assert.equal(found('The factory will scale back its night shifts.').length, 0);
    assert.equal(found('The mayor won broad support from the council.').length, 0);
  });

  it('keeps a stance inside reported speech part of that speech', () => {
    const quotes = found('The minister said the government intends to raise the pension age.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].lemma, 'say');
    assert.equal(quotes[0].text, 'the government intends to raise the pension age');
  });
});
