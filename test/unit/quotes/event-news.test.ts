import { strict as assert } from 'node:assert';
import { found } from './quotesFound';

/** Each quote as [content, speaker mention as printed]. */
function attributed(text: string): [string, string | null][] {
  return found(text).map((quote) => [quote.text, quote.source]);
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

describe('reporting verbs in uses that report nothing', () => {
  it('reads a bare form after a name opening its phrase as a noun ("Harbor figure", "TV show")', () => {
    assert.deepEqual(attributed('Harbor figure Tomas Vell found dead in cabin'), []);
    assert.deepEqual(attributed('Tomas Vell, Harbor figure, dies at 80'), []);
    assert.ok(!attributed('She starred on the TV show "Ferns," and has since left.').some(([, source]) => source === 'TV'));
  });

  it('still reads the verb after a pronoun, a quantifier or a titled name', () => {
    assert.deepEqual(attributed('They note the ferry was late.'), [['the ferry was late', 'They']]);
    assert.deepEqual(attributed('Mr. Lund forecast the ferry would be late.'), [['the ferry would be late', 'Mr. Lund']]);
  });

  it('takes "found dead", "known as" and "showed up" for what they are', () => {
    assert.deepEqual(attributed('Ivo Renn, better known as the Owl, was found dead in his cell.'), []);
    assert.deepEqual(attributed('According to the Courier, Renn showed up at noon and left.'), [['Renn showed up at noon and left', 'Courier']]);
  });

  it('reads a hedging participle after a count as part of the noun phrase, but a count before "said" as its subject', () => {
    assert.deepEqual(attributed('Ivo Renn, one of 40 alleged racketeers seized on Monday, has escaped.'), []);
    assert.deepEqual(attributed('Of those asked, 40 said the ferry was late.'), [['the ferry was late', '40']]);
  });

  it('reads a plural noun before "which" and a verb as a noun', () => {
    assert.deepEqual(attributed('The raid set off violent protests which have spread to three towns.'), []);
  });
});

describe('a date right after a trailing cue', () => {
  it('reads "reported September 26, citing …" as the circumstance, and the clause before as content', () => {
    const text = 'For the first time, the island will vote on two parties, the Marlow Courier reported September 26, citing the election board.';
    assert.deepEqual(attributed(text)[0], ['For the first time, the island will vote on two parties', 'Marlow Courier']);
  });

  it('keeps a date that opens the reported clause', () => {
    assert.deepEqual(attributed('Ines Varga said May 5 was the deadline.'), [['May 5 was the deadline', 'Ines Varga']]);
  });
});
