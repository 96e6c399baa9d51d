import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core';
import { found } from './quotesFound';

describe('a scene set before the main clause', () => {
  it('is not what the main clause reports when it is only a subordinate clause', () => {
    assert.deepEqual(found('As the rain fell over the harbour, the mayor Ada Vole felt let down by the crews.'), []);
    assert.deepEqual(found('Though the vote was close, Ivo Marsh feels sure of the council.'), []);
    assert.deepEqual(found('Back when the mill still ran, the town council feared a strike.'), []);
  });

  it('is not what the main clause reports when it is only a time', () => {
    assert.deepEqual(found('Earlier in 2019, Governor Ada Vole wrote to the mayor about a bridge.'), []);
    assert.deepEqual(found('Last October, the farmers of Dunmore feared by the drought wrote to the council.'), []);
  });

  it('is no clause for a month or a two-word preposition', () => {
    assert.deepEqual(found('At the fair in late May, Ivo Marsh assumed a softer tone.'), []);
    assert.deepEqual(found('Ahead of the harbour vote, Ivo Marsh assumed a softer tone.'), []);
  });

  it('is reported with a main clause of its own, or as a one-word answer', () => {
    assert.deepEqual(found('As prices rise, families will cut back, economists say.'), [{ text: 'As prices rise, families will cut back', source: 'economists' }]);
    assert.deepEqual(found('Sorry, Ivo Marsh said.'), [{ text: 'Sorry', source: 'Ivo Marsh' }]);
  });
});

describe('a cue in a relative clause after the words before it', () => {
  it('reports nothing before the noun the clause describes', () => {
    assert.deepEqual(found('Ortega lost the vote to Dana Pike, who added to the tally.'), []);
    assert.deepEqual(found('The guild grew fast and now has 400 members, which advises small farms on seeds.'), []);
  });

  it('still reports the clause it opens', () => {
    const quotes = found('The plan will fail, said Dana Pike, who added that the vote was rigged.');
    assert.deepEqual(quotes.map((quote) => quote.text), ['The plan will fail', 'the vote was rigged']);
  });
});

describe('credit lines set like a label', () => {
  it('name no speaker', () => {
    assert.deepEqual(found('Contributing: Ada Vole and Ivo Marsh.'), []);
    assert.deepEqual(found('Twitter: @adavole.'), []);
    assert.deepEqual(found('BYLINE: Ada Vole.'), []);
    assert.equal(found('Vole: We will rebuild the pier.').length, 1);
  });
});

describe('a trailing cue with an object of its own', () => {
  it('reports nothing before it', () => {
    assert.deepEqual(found('Turnout was low on Tuesday, the Marsh campaign tweeted its thanks.'), []);
    assert.deepEqual(found('The new pier on the east side of the bay, Vole posted the plans online.'), []);
  });

  it('closes a report when nothing or an addressee follows it', () => {
    assert.deepEqual(found('Turnout was low on Tuesday, the Marsh campaign tweeted.'), [{ text: 'Turnout was low on Tuesday', source: 'Marsh campaign' }]);
    assert.deepEqual(found('The pier will reopen, Vole told the council on Monday.'), [{ text: 'The pier will reopen', source: 'Vole' }]);
  });
});

describe('the scene after a quotation and its cue', () => {
  it('is not more of the quotation', () => {
    for (const text of ['"We will rebuild the pier," Vole said, as the crowd cheered.', '"We will rebuild the pier," Vole said, with a wide smile at the crowd.']) {
      const quotes = analyzeArticle(text).quotes;
      assert.deepEqual(quotes.map((quote) => [quote.type, quote.text]), [['direct', 'We will rebuild the pier,']]);
    }
  });

  it('leaves a second quotation to the speaker', () => {
    assert.deepEqual(found('"We will rebuild the pier," Vole said, "and we will start in May."').map((quote) => quote.text), ['We will rebuild the pier,', 'and we will start in May.']);
  });
});

describe('what stands between an opening source and its clause', () => {
  it('is no content: an aside of the writer or a participle describing the source', () => {
    assert.deepEqual(found('In a public poll taken on Friday, however, most residents backed the pier.'), [{ text: 'most residents backed the pier', source: 'a public poll taken on Friday' }]);
    assert.deepEqual(found('In the harbour survey, taken June 2-5, most residents backed the pier.').map((quote) => quote.text), ['most residents backed the pier']);
  });

  it('leaves the writer\'s connective out of a trailing report', () => {
    assert.deepEqual(found('Meanwhile, the pier will stay closed, the clerk said.'), [{ text: 'the pier will stay closed', source: 'the clerk' }]);
  });
});

describe('an appositive after an inverted source', () => {
  it('describes the source even when the content before the cue shows no verb the lexicon knows', () => {
    assert.deepEqual(found('The pier costs too much, said Ada Vole, a harbour expert at the college.'), [{ text: 'The pier costs too much', source: 'Ada Vole' }]);
  });
});

describe('"pledged delegates"', () => {
  it('names delegates, it reports no pledge', () => {
    assert.deepEqual(found('In Tarrow, 60 pledged delegates were at stake.'), []);
    assert.equal(found('Vole pledged to rebuild the pier.')[0].text, 'to rebuild the pier');
  });
});

describe('a participle after a clause', () => {
  it('takes an object, not an inverted source', () => {
    assert.deepEqual(found('Vole won the seat in the district, claiming half the wards.'), []);
    assert.deepEqual(found('On Monday, Vole told the paper that she would not run, conceding the race to Marsh.'), [{ text: 'she would not run', source: 'Vole' }]);
  });
});

describe('"to" and a name after a verb of saying', () => {
  it('is no infinitive: "pledged to Vold" reports nothing, "pledged to rebuild" does', () => {
    assert.deepEqual(found('Some delegates pledged to Vold may still reconsider, Orla Penn said.'), [
      { text: 'Some delegates pledged to Vold may still reconsider', source: 'Orla Penn' },
    ]);
    assert.deepEqual(found('Orla Penn pledged to rebuild the pier.'), [{ text: 'to rebuild the pier', source: 'Orla Penn' }]);
  });
});
