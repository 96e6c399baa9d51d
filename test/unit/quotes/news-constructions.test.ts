import { strict as assert } from 'node:assert';
import { analyzeArticle, type AnalysisOptions } from '../../../src/core/analyze';

/** Each quote as [content, speaker mention as printed]. */
function attributed(text: string, options: AnalysisOptions = {}): [string, string | null][] {
  return analyzeArticle(text, options).quotes.map((quote) => [quote.text, quote.speakerSpan ? text.slice(quote.speakerSpan.start, quote.speakerSpan.end) : null]);
}

describe('a clause between commas before an inverted cue', () => {
  it('reads "In X, CLAUSE, said NAME" as content, not as a name and its appositive', () => {
    assert.deepEqual(attributed('In the valley town, the mill is struggling with its orders, said Petra Vold.'), [
      ['In the valley town, the mill is struggling with its orders', 'Petra Vold'],
    ]);
  });

  it('still takes a noun-phrase appositive as part of the source', () => {
    assert.deepEqual(attributed('The mill will close in June, Petra Vold, the union organiser, said.'), [
      ['The mill will close in June', 'Petra Vold'],
    ]);
  });
});

describe('an acronym as the subject of reported content', () => {
  it('reads "says the U.K. needs …" as a reported clause', () => {
    assert.deepEqual(attributed('Petra Vold says the U.K. needs a new rail plan.'), [['the U.K. needs a new rail plan', 'Petra Vold']]);
  });

  it('reads "said the U.K. must …" as a reported clause', () => {
    assert.deepEqual(attributed('Petra Vold said the U.K. must build more homes.'), [['the U.K. must build more homes', 'Petra Vold']]);
  });
});

describe('the occasion after a trailing cue', () => {
  it('keeps a quotation with its speaker when the cue is followed by "after …" with a clause', () => {
    const text = 'The company did not answer calls. “I love those biscuits. I will never buy them again,” Petra Vold said in May after the bakery announced it was closing.';
    const quotes = attributed(text);
    assert.deepEqual(quotes[0], ['I love those biscuits. I will never buy them again,', 'Petra Vold']);
    assert.ok(!quotes.some(([content]) => content.startsWith('after')), 'the occasion is not what she said');
  });

  it('still reads "said after the vote that …" as content after the cue', () => {
    const quotes = attributed('“We lost,” Petra Vold said after the vote that the party would regroup.');
    assert.ok(quotes.some(([content, source]) => content === 'the party would regroup' && source === 'Petra Vold'));
  });
});

describe('words between a subject and its reporting verb', () => {
  it('skips a time adjunct after "who" ("who last year warned", "who has in the past said")', () => {
    assert.deepEqual(attributed('Petra Vold, who last year warned that the dam would fail, resigned.').map(([, source]) => source), ['who']);
    assert.deepEqual(attributed('Petra Vold, who has in the past said the dam would fail, resigned.').map(([, source]) => source), ['who']);
  });

  it('skips "in particular" and a floating "both"', () => {
    assert.deepEqual(attributed('Engineers have in particular noted that the dam is old.'), [['the dam is old', 'Engineers']]);
    assert.deepEqual(attributed('The mayor and the engineer both said the dam is old.'), [['the dam is old', 'The mayor and the engineer']]);
  });

  it('takes the subject of a past verb the lexicon lists as an adjective for a gerund cue after it', () => {
    const text = 'Petra Vold celebrated in the square with her supporters, declaring the vote "a new start".';
    assert.deepEqual(attributed(text).map(([, source]) => source), ['Petra Vold']);
  });
});

describe('a stance named in the object of the sentence', () => {
  it('leaves the gerund cue after it to the sentence subject, and names the possessor without its preposition', () => {
    const text = 'Councillor Petra Vold took a swipe at rival Ines Calloway’s stance on housing, saying that "empty promises" build no homes.';
    assert.deepEqual(attributed(text), [['"empty promises" build no homes', 'Petra Vold']]);
    assert.deepEqual(attributed(text, { attitudes: true }).map(([, source]) => source), ['rival Ines Calloway’s', 'Petra Vold']);
  });
});

describe('a quotation ending its sentence before a cue that opens another', () => {
  it('ends the sentence after `"…."` when `He added, "…"` follows', () => {
    const text = 'Petra Vold said, "The dam was built in a hurry." She added, "Nobody checked the concrete."';
    assert.deepEqual(attributed(text), [
      ['The dam was built in a hurry.', 'Petra Vold'],
      ['Nobody checked the concrete.', 'She'],
    ]);
  });

  it('ends the sentence after `"…."` when `She says that …` follows', () => {
    const text = 'Petra Vold said the inspection was “rushed and careless.” She says that the council ignored the report.';
    assert.deepEqual(attributed(text), [
      ['the inspection was “rushed and careless.”', 'Petra Vold'],
      ['the council ignored the report', 'She'],
    ]);
  });

  it('still reads `"…?" Vold asked.` as the quotation and its attribution', () => {
    assert.deepEqual(attributed('"Who checked the concrete?" Petra Vold asked.'), [['Who checked the concrete?', 'Petra Vold']]);
  });
});

describe('a gerund cue after a clause whose verb the lexicon misreads', () => {
  it('gives "…, accusing …" to the name opening the sentence when its verb reads as a noun', () => {
    assert.deepEqual(attributed('Petra Vold hit the campaign trail on Monday, accusing the council of wasting money.'), [
      ['the council of wasting money', 'Petra Vold'],
    ]);
  });

  it('gives "…, saying: …" to the name when its verb and object read as one phrase', () => {
    assert.deepEqual(attributed('Petra Vold rallied supporters, saying: "We will not give up."'), [['We will not give up.', 'Petra Vold']]);
  });
});
