import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core';

/** Each quote as [speaker mention as printed, speaker's name, speaker's kind]. */
function speakers(text: string): [string | null, string | null, string | null][] {
  const analysis = analyzeArticle(text);
  const byId = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker]));
  return analysis.quotes.map((quote) => {
    const speaker = quote.speakerId ? byId.get(quote.speakerId) : undefined;
    return [quote.speakerSpan ? text.slice(quote.speakerSpan.start, quote.speakerSpan.end) : null, speaker?.name ?? null, speaker?.kind ?? null];
  });
}

describe('speaker names with a title inside the run of capitals', () => {
  it('reads a place or unit, then an honorific, then a name as a titled person', () => {
    assert.deepEqual(speakers('"We are following every lead," Tarrow Homicide Capt. Jorn Vellacott said on Monday.'), [
      ['Capt. Jorn Vellacott', 'Jorn Vellacott', 'person'],
    ]);
    assert.deepEqual(speakers('The dam will hold, Velmland Gov. Osk Brandvik said.'), [['Gov. Osk Brandvik', 'Osk Brandvik', 'person']]);
  });
});

describe('"Al" before a surname', () => {
  it('is a given name, not the Arabic article of an organisation', () => {
    assert.deepEqual(speakers('The inmate was moved to a new wing on Tuesday, prison spokesman Al Quarvello said.'), [
      ['Al Quarvello', 'Al Quarvello', 'person'],
    ]);
  });

  it('still opens an organisation the lists know', () => {
    assert.deepEqual(speakers('The ferry was seized near Tarrow, Al Jazeera reported on Monday.'), [['Al Jazeera', 'Al Jazeera', 'organization']]);
  });
});

describe('a ratio before the people it counts', () => {
  it('keeps "six in 10 voters" whole and names the voters, not a number', () => {
    assert.deepEqual(speakers('The survey was taken in Tarrow last week. Overall, six in 10 voters said the ferry tax was their main worry.'), [
      ['six in 10 voters', 'Voters', 'group'],
    ]);
  });

  it('reads a ratio opening the sentence as the determiner of its noun', () => {
    assert.deepEqual(speakers('Three out of four voters in Tarrow said they had never met the harbour master.'), [
      ['Three out of four voters in Tarrow', 'Voters', 'group'],
    ]);
  });
});

describe('a hedging participle inside the speaker\'s noun phrase', () => {
  it('reads "a key suspected … boss told" as one subject, not "a key" suspecting', () => {
    assert.deepEqual(speakers('A key suspected Velmish crime boss told reporters in Tarrow that he was innocent.'), [
      ['A key suspected Velmish crime boss', 'key suspected Velmish crime boss', 'anonymous'],
    ]);
  });

  it('reads "the suspected gunman" as the speaker', () => {
    assert.deepEqual(speakers('The suspected gunman told the Tarrow court that he had acted alone.'), [['The suspected gunman', 'suspected gunman', 'anonymous']]);
  });
});

describe('a headline that reports a state of the person it names', () => {
  it('does not read "Name Dead:" as a speaker label', () => {
    assert.deepEqual(speakers('Tomas Vellacott Dead: Tarrow Ferryman Was 88\n\nThe ferryman died in his sleep, his publicist said.'), [
      ['his publicist', 'his publicist', 'person'],
    ]);
  });

  it('still reads a name alone as a label', () => {
    assert.deepEqual(speakers('Vellacott: We will swim the harbour again.'), [['Vellacott', 'Vellacott', 'person']]);
  });
});

describe('a document that names who it comes from', () => {
  it('gives the message to its sender ("a message from X said")', () => {
    assert.deepEqual(speakers('A message from the Brindle Front said the group had set fire to the Tarrow depot.'), [
      ['A message from the Brindle Front', 'Brindle Front', 'organization'],
    ]);
    assert.deepEqual(speakers('A message from Brindle Front leader Osk Varrin said the group had set fire to the depot.'), [
      ['A message from Brindle Front leader Osk Varrin', 'Osk Varrin', 'person'],
    ]);
  });

  it('keeps "obtained by X" inside the subject: the letter speaks, not whoever obtained it', () => {
    assert.deepEqual(speakers('A letter from the Harbour Union obtained by the Velm Courier warns that "any further talks are over."'), [
      ['A letter from the Harbour Union obtained by the Velm Courier', 'Harbour Union', 'organization'],
    ]);
  });

  it('keeps a participle without "-ed" and its agent inside the subject, and "those" with its owner', () => {
    assert.deepEqual(speakers('Parents of pupils hurt by the storm urged the board to act, saying the school had failed them.').map(([mention]) => mention), [
      'Parents of pupils hurt by the storm', 'Parents of pupils hurt by the storm',
    ]);
    assert.deepEqual(speakers('Families of those stranded by the storm urged the board to act, saying no ferry had come.').map(([mention]) => mention), [
      'Families of those stranded by the storm', 'Families of those stranded by the storm',
    ]);
  });

  it('runs "according to a tally by X" on to X', () => {
    assert.deepEqual(speakers('Turnout in Tarrow rose by a third this spring, according to a tally by the Velm Courier.'), [['Velm Courier', 'Velm Courier', 'organization']]);
    assert.deepEqual(speakers('The harbour fee was never paid, according to papers lodged by harbour counsel Osk Varrin.'), [['Osk Varrin', 'Osk Varrin', 'person']]);
  });
});

describe('an acronym in capitals before a title and a name', () => {
  it('reads "US Senator Ana Brisk said" as the source, though "us" is a pronoun in lower case', () => {
    assert.deepEqual(speakers('“The harbour is proud to back the ferry plan,” US Senator Ana Brisk said as she launched the vote.'), [
      ['Ana Brisk', 'Ana Brisk', 'person'],
    ]);
  });
});

describe('a surname particle after a given name', () => {
  it('keeps "Anna de Varrin" and "Marta Le Varrin" people, not organisations', () => {
    assert.deepEqual(speakers('The ferries will run again, Anna de Varrin said.'), [['Anna de Varrin', 'Anna de Varrin', 'person']]);
    assert.deepEqual(speakers('The ferries will run again, Marta Le Varrin said.'), [['Marta Le Varrin', 'Marta Le Varrin', 'person']]);
  });
});

describe('a part of a group as the source', () => {
  it('names the group, not "Of the officials"', () => {
    assert.deepEqual(speakers('One of the officials said the Tarrow ferries would run again.'), [['One of the officials', 'Officials', 'group']]);
    assert.deepEqual(speakers('Many of the local leaders said the Tarrow ferries would run again.'), [['Many of the local leaders', 'Local leaders', 'group']]);
  });
});
