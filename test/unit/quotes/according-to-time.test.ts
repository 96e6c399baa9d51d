import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core';
import { found } from './quotesFound';

describe('time words after an "according to" source', () => {
  it('are not part of the source', () => {
    assert.deepEqual(found('A Tarrow inmate escaped from a van, according to police Monday.'), [{ text: 'A Tarrow inmate escaped from a van', source: 'police' }]);
    assert.deepEqual(found('Turnout at the harbour poll rose, according to the clerk last week.'), [{ text: 'Turnout at the harbour poll rose', source: 'the clerk' }]);
  });

  it('are not part of the content the source opens', () => {
    assert.deepEqual(found('According to police on Tuesday night, a Tarrow inmate escaped from a van.'), [{ text: 'a Tarrow inmate escaped from a van', source: 'police' }]);
  });

  it('leave a weekday that is the whole source, or that modifies a noun, alone', () => {
    assert.deepEqual(found('Turnout at the harbour poll rose, according to the Monday tally.').map((quote) => quote.source), ['the Monday tally']);
  });
});

describe('a document a source cites', () => {
  it('is named without how and when it came out', () => {
    assert.deepEqual(found('Turnout at the harbour poll rose, according to a memo released Friday.').map((quote) => quote.source), ['a memo']);
    assert.deepEqual(found('Turnout at the harbour poll rose, according to data published last week.').map((quote) => quote.source), ['data']);
  });

  it('is published by the capitalised words before it, unless they are a date', () => {
    const analysis = analyzeArticle('Most voters back the levy, according to a Tarrow Ledger-Vox poll released Thursday.');
    assert.deepEqual(analysis.speakers.map((speaker) => [speaker.name, speaker.kind]), [['Tarrow Ledger-Vox', 'organization']]);
    const dated = analyzeArticle('Most voters back the levy, according to a June poll.');
    assert.deepEqual(dated.speakers.map((speaker) => speaker.name), ['a June poll']);
  });
});
