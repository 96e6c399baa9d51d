import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyze';
import { found } from './quotesFound';

describe('a verb of saying used as a noun after a modifier', () => {
  it('reads "show" after a capitalised modifier that follows a possessive or a noun as the noun', () => {
    assert.deepEqual(found("He praised Channel Nine's TV show Blue Harbor drawing fans."), [
      { text: "Channel Nine's TV show Blue Harbor drawing fans", source: 'He' },
    ]);
    assert.deepEqual(found('The actor joined the cast of the reality TV show "Big Farm."'), []);
  });

  it('reads "news" as a singular modifier ("a news show")', () => {
    assert.deepEqual(found('The local news show Night Desk aired it.'), []);
    assert.deepEqual(found('She was a guest on the late news show Weekly Hour last year.'), []);
  });

  it('still reads a bare form after a plural or a name opening an adjunct as the verb', () => {
    assert.deepEqual(found('Supporters of Vell show they care.'), [{ text: 'they care', source: 'Supporters of Vell' }]);
    const text = 'Half of the farmers polled in a survey released Monday support the mill plan.';
    assert.deepEqual(analyzeArticle(text, { attitudes: true }).quotes.map((quote) => quote.text), ['the mill plan']);
  });
});

describe('the object of "tell"', () => {
  it('is no addressee when it is a thing told ("a joke", "the story of …")', () => {
    assert.deepEqual(found('At the fair, Ora Linde told a joke about the weather.'), []);
    assert.deepEqual(found('Ora Linde told the story of her uncle, who said he was proud.'), [{ text: 'he was proud', source: 'who' }]);
    assert.deepEqual(found('Ora Linde told the tale of a barn that burned.'), []);
  });

  it('still skips a person or a group before the content', () => {
    assert.deepEqual(found('Ora Linde told a crowd of farmers that the barn would burn.'), [{ text: 'the barn would burn', source: 'Ora Linde' }]);
  });
});
