import { strict as assert } from 'node:assert';
import { found } from './quotesFound';

describe('words after the comma that closes an attribution', () => {
  it('describe a name that follows its cue: an article, a title or a relative clause', () => {
    assert.deepEqual(found('"It renews the whole archive," said Pat Roe, chairman of Hill Networks Group.'), [{ text: 'It renews the whole archive,', source: 'Pat Roe' }]);
    assert.deepEqual(found('"We meet our goals," said Ana Sarto, a spokeswoman for the board raising funds for the fair.'), [{ text: 'We meet our goals,', source: 'Ana Sarto' }]);
    assert.deepEqual(found('"Tom Hale without that wave is Ed Marr," said Cory Bell, a Green pollster who worked on the race.'), [{ text: 'Tom Hale without that wave is Ed Marr,', source: 'Cory Bell' }]);
  });

  it('go on with the content as a clause of its own, after the name or after a pronoun subject', () => {
    const quotes = found('It was a rough week, said Ada Ruiz, and it will get worse.');
    assert.deepEqual(quotes.map((quote) => quote.text), ['It was a rough week', 'it will get worse']);
    const gerund = found('While some clerks could get a warning, she added, revoking the permits would be harsh.');
    assert.deepEqual(gerund.map((quote) => quote.text), ['While some clerks could get a warning', 'revoking the permits would be harsh']);
  });

  it('tell how the speaker spoke when a participle opens them', () => {
    assert.deepEqual(found('"It was a rough week," Ada Ruiz said Tuesday, drawing cheers from the hall.'), [{ text: 'It was a rough week,', source: 'Ada Ruiz' }]);
  });
});

describe('words after an "according to" source that ends a complete clause', () => {
  it('describe the source when they name it again or open a relative clause', () => {
    assert.deepEqual(found('The pact covers 100 clerks, according to the Tally Board, the agency that counts the votes.'), [{ text: 'The pact covers 100 clerks', source: 'Tally Board' }]);
    assert.deepEqual(found('The fund lost half its value, according to Dora Vance, who ran it until May.'), [{ text: 'The fund lost half its value', source: 'Dora Vance' }]);
  });

  it('are the writer\'s own after "but"', () => {
    assert.deepEqual(found('Ed Vance has won 75 votes, according to a tally, but his path is narrowing.'), [{ text: 'Ed Vance has won 75 votes', source: 'a tally' }]);
  });

  it('still complete a clause the source interrupts', () => {
    const quotes = found('Harbour Freight gets, according to one filing, $12 million a year.');
    assert.deepEqual(quotes.map((quote) => quote.text), ['Harbour Freight gets', '$12 million a year']);
  });
});

describe('a semicolon in reported content', () => {
  it('ends the content where the next clause has a speaker and a cue of its own', () => {
    const quotes = found('Most of the members said they would vote early; 40 percent said they would stay home.');
    assert.deepEqual(quotes, [
      { text: 'they would vote early', source: 'Most of the members' },
      { text: 'they would stay home', source: '40 percent' },
    ]);
  });

  it('keeps a list of the same speaker\'s clauses together', () => {
    const quotes = found('Members said they had spoken at council hearings; helped plan rallies; and run open-mike nights.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'they had spoken at council hearings; helped plan rallies; and run open-mike nights');
  });
});
