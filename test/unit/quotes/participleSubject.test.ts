import { strict as assert } from 'node:assert';
import { found } from './quotesFound';

/** Each quote as [content, speaker mention as printed]. */
function attributed(text: string): [string, string | null][] {
  return found(text).map((quote) => [quote.text, quote.source]);
}

describe('the subject of a participle of saying late in the sentence', () => {
  it('skips a place and time set off by commas before the subject ("At a market in Tarrow, Velmland, on Sunday, Brisk urged …, saying")', () => {
    assert.deepEqual(attributed('At a market in Tarrow, Velmland, on Sunday, Ana Brisk urged calm, saying the ferries would run again.'), [
      ['the ferries would run again', 'Ana Brisk'],
    ]);
  });

  it('finds the predicate after an appositive through an adverb or a bare verb form', () => {
    assert.deepEqual(attributed('Ana Brisk, speaking to the Ledger on Friday, barely lingered on the strike, saying that the ferries would run again.'), [
      ['the ferries would run again', 'Ana Brisk'],
    ]);
    assert.deepEqual(attributed('The Velm Courier, meanwhile, tried out its new tide chart, warning that the ferries would stop.'), [
      ['the ferries would stop', 'Velm Courier'],
    ]);
  });

  it('reads the subject through a party-and-state parenthetical ("Rep. Ana Brisk (D-Vt.) reacted …, saying")', () => {
    assert.deepEqual(attributed('In a statement issued Thursday, Rep. Ana Brisk (D-Vt.) reacted to the ruling, saying the ferries must run.'), [
      ['the ferries must run', 'Rep. Ana Brisk'],
    ]);
  });

  it('looks for the subject after a dateline and never takes a date for it', () => {
    assert.deepEqual(attributed('Tarrow (AFP) – Mayor Ana Brisk has rounded on the ferry board, saying that its fees hurt the harbour.'), [
      ['its fees hurt the harbour', 'Ana Brisk'],
    ]);
    assert.deepEqual(attributed('TARROW, July 25 (UPI) — The Velm Harbour Union released a statement on Monday, offering an apology to the ferry crews.'), [
      ['an apology to the ferry crews', 'Velm Harbour Union'],
    ]);
    assert.deepEqual(attributed('Tuesday on Velm Radio, Ana Brisk attacked the ferry board, saying its fees were too high.'), [['its fees were too high', 'Ana Brisk']]);
    assert.deepEqual(attributed('TARROW BEACH, S.C. - Sen. Ana Varrinova (R-Tex.) continued her attack on the board on Saturday, questioning its judgment.'), [
      ['its judgment', 'Sen. Ana Varrinova'],
    ]);
  });

  it('takes the subject of a main clause coordinated after the first one', () => {
    assert.deepEqual(attributed('The crews went home early and Varrinova closed the harbour, acknowledging that the port had lost trust.'), [
      ['the port had lost trust', 'Varrinova'],
    ]);
    assert.deepEqual(attributed('The storm hit Tarrow on Monday, but Varrinova kept the harbour open, insisting that the ferries were safe.'), [
      ['the ferries were safe', 'Varrinova'],
    ]);
  });

  it('leaves names joined inside an object or a subject to the first subject', () => {
    assert.deepEqual(attributed('Varrinova thanked Ostrom and Lund for their work, saying the port was safe again.'), [
      ['Ostrom and Lund for their work', 'Varrinova'],
      ['the port was safe again', 'Varrinova'],
    ]);
  });

  it('reads a phrase opening the sentence after a dateline as an opener, not the subject', () => {
    const text = 'TARROW, Dec. 8 (UPI) — Replying to Ana Varrinova’s plan to close the port, the harbour board met, saying the port must stay open.';
    assert.deepEqual(attributed(text), [['the port must stay open', 'harbour board']]);
  });

  it('reads the subject after a sentence adverb ("Then she …", "And then Varrinova …")', () => {
    assert.deepEqual(attributed('Ostrom spoke first.\n\nThen she broke with the harbour board, pledging that the ferries would run.'), [['the ferries would run', 'she']]);
    assert.deepEqual(attributed('Ostrom spoke first. And then Varrinova turned on the board, saying, "Is the board going to resign?"'), [
      ['Is the board going to resign?', 'Varrinova'],
    ]);
  });
});
