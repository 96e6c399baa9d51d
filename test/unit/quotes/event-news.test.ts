import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyze';

/** Each quote as [content, speaker mention as printed]. */
function attributed(text: string): [string, string | null][] {
  return analyzeArticle(text).quotes.map((quote) => [quote.text, quote.speakerSpan ? text.slice(quote.speakerSpan.start, quote.speakerSpan.end) : null]);
}

describe('a job title with a noun before it, ahead of a name', () => {
  it('reads "said harbour spokeswoman Ines Varga" as the source, not as a clause whose verb is the title', () => {
    assert.deepEqual(attributed('The night ferry was late again, said harbour spokeswoman Ines Varga.'), [
      ['The night ferry was late again', 'Ines Varga'],
    ]);
  });
});

describe('"said SOURCE" closing a sentence after a comma', () => {
  it('reports the whole clause before the comma, a relative clause and a state abbreviation included', () => {
    const text = 'The treasurer of the rowing club, who had been ill for years, died at a clinic in Marlow, Vt., said clinic spokeswoman Ines Varga.';
    assert.deepEqual(attributed(text), [
      ['The treasurer of the rowing club, who had been ill for years, died at a clinic in Marlow, Vt', 'Ines Varga'],
    ]);
  });

  it('does not take the last place named before the comma as the speaker', () => {
    assert.deepEqual(attributed('The treasurer died at a clinic in Marlow, Vermont, on Monday, said a spokeswoman for the clinic.'), [
      ['The treasurer died at a clinic in Marlow, Vermont, on Monday', 'a spokeswoman for the clinic'],
    ]);
  });

  it('leaves "said nothing" and an addressee after "told" alone', () => {
    assert.deepEqual(attributed('Varga, who ran the club for years, said nothing.'), []);
    assert.deepEqual(attributed('“We will row again,” Varga, 61, told the Marlow Courier.'), [['We will row again,', 'Varga']]);
  });
});
