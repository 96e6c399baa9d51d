import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyze';

interface Found {
  type: string;
  text: string;
  source: string | null;
  cue: string | null;
}

function found(text: string): Found[] {
  return analyzeArticle(text).quotes.map((quote) => ({
    type: quote.type,
    text: quote.text,
    source: quote.speakerSpan ? text.slice(quote.speakerSpan.start, quote.speakerSpan.end) : null,
    cue: quote.cue ? quote.cue.text : null,
  }));
}

describe('statement and source constructions (issue 12)', () => {
  it('attributes an impersonal "it was confirmed" to the sender of the statement before it', () => {
    const text = 'In a statement from his representatives, it was confirmed, "The singer is resting at home and thanks everyone for their support."';
    assert.deepEqual(found(text), [{ type: 'direct', text: 'The singer is resting at home and thanks everyone for their support.', source: 'his representatives', cue: 'was confirmed' }]);
  });

  it('reports an impersonal passive with a that-clause, sourced by a statement or an agent when one is named', () => {
    assert.deepEqual(found('It was confirmed in a statement that the tour would go ahead.'), [{ type: 'indirect', text: 'the tour would go ahead', source: null, cue: 'was confirmed' }]);
    assert.deepEqual(found('It has been announced by the rowing club that the regatta will move to May.'), [{ type: 'indirect', text: 'the regatta will move to May', source: 'rowing club', cue: 'has been announced' }]);
  });

  it('does not read "it was" before a non-reporting participle as a report', () => {
    assert.deepEqual(found('It was painted blue that summer, and the ferry left at noon.'), []);
  });

  it('finds "according to X" before and after its content, and "in a statement, X said"', () => {
    assert.deepEqual(found('According to the harbour master, the ferry will sail at dawn.'), [{ type: 'indirect', text: 'the ferry will sail at dawn', source: 'the harbour master', cue: 'According to' }]);
    assert.deepEqual(found('In a statement, Mayor Lina Ortiz said the bridge would reopen in spring.'), [{ type: 'indirect', text: 'the bridge would reopen in spring', source: 'Lina Ortiz', cue: 'said' }]);
    assert.deepEqual(found('Ortiz told the council that the bridge would reopen in spring.'), [{ type: 'indirect', text: 'the bridge would reopen in spring', source: 'Ortiz', cue: 'told' }]);
  });

  it('ends a report in a fronted "after telling" clause at the main clause, whose subject said it', () => {
    assert.deepEqual(found('After telling the local paper she didn\'t "want to race any more", the cyclist entered the spring classic.'), [
      { type: 'mixed', text: 'she didn\'t "want to race any more"', source: 'the cyclist', cue: 'telling' },
    ]);
    assert.deepEqual(found('After telling Cycling Weekly that she didn\'t "want to race any more," Mara Lind entered the spring classic.'), [
      { type: 'mixed', text: 'she didn\'t "want to race any more,"', source: 'Mara Lind', cue: 'telling' },
    ]);
  });

  it('gives the quotation of the next paragraph to a cue and colon closing this one, and reports nothing else', () => {
    const text = 'Her publicist Tom Wexley left a statement for the press, he said:\n\n"She is recovering well and will be back on stage next month."';
    const analysis = analyzeArticle(text);
    assert.equal(analysis.quotes.length, 1);
    const [quote] = analysis.quotes;
    assert.equal(quote.text, 'She is recovering well and will be back on stage next month.');
    assert.equal(quote.cue?.text, 'said');
    assert.equal(analysis.speakers.find((speaker) => speaker.id === quote.speakerId)?.name, 'Tom Wexley');
  });

  it('reads the words after an "according to" source as that source named again, not as content', () => {
    const named = 'The singer has entered a clinic in Ojai, according to her publicist, Dov Ketterman.';
    assert.deepEqual(found(named), [{ type: 'indirect', text: 'The singer has entered a clinic in Ojai', source: 'Dov Ketterman', cue: 'according to' }]);
    assert.equal(analyzeArticle(named).speakers[0]?.name, 'Dov Ketterman');
    const role = 'The singer has entered a clinic in Ojai, according to Dov Ketterman, her publicist.';
    assert.deepEqual(found(role), [{ type: 'indirect', text: 'The singer has entered a clinic in Ojai', source: 'Dov Ketterman', cue: 'according to' }]);
    assert.deepEqual(found('Brill Cargo gets, according to one filing, $12 million in credits.').map((q) => q.text), ['Brill Cargo gets', '$12 million in credits']);
  });

  it('ends a quotation left open at a paragraph end where the next paragraph closes it, and takes that attribution', () => {
    const text = 'The singer is getting help, according to Tune Weekly.\n\n"The singer has entered the Palmhaven clinic.\n\nWe ask that you respect her privacy," her rep Dov Ketterman tells TUNE.';
    const analysis = analyzeArticle(text);
    const quote = analysis.quotes[1];
    assert.equal(analysis.quotes.length, 2);
    assert.equal(quote.text, 'The singer has entered the Palmhaven clinic.\n\nWe ask that you respect her privacy,');
    assert.equal(quote.type, 'direct');
    assert.equal(analysis.speakers.find((speaker) => speaker.id === quote.speakerId)?.name, 'Dov Ketterman');
  });

  it('reads "alleged" before an appositive that a verb follows as an adjective, not an inverted cue', () => {
    const text = 'Police said Vero Lanti, alleged head of a smuggling ring in Varna, escaped from his cell.';
    assert.deepEqual(found(text), [{ type: 'indirect', text: 'Vero Lanti, alleged head of a smuggling ring in Varna, escaped from his cell', source: 'Police', cue: 'said' }]);
    assert.deepEqual(found('"The bridge will reopen in May," said Ana Lund, the mayor.').map((q) => q.source), ['Ana Lund']);
  });
});
