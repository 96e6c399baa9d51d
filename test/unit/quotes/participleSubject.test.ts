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
    assert.deepEqual(attributed('Ana Brisk, in an interview on Friday, barely dwelled on the strike, saying that the ferries would run again.'), [
      ['the ferries would run again', 'Ana Brisk'],
    ]);
    assert.deepEqual(attributed('The Velm Courier, at the same time, put its new tool to use, warning that the ferries would stop.'), [
      ['the ferries would stop', 'Velm Courier'],
    ]);
  });

  it('reads the subject through a party-and-state parenthetical ("Rep. Ana Brisk (D-Vt.) reacted …, saying")', () => {
    assert.deepEqual(attributed('In a statement released Thursday, Rep. Ana Brisk (D-Vt.) reacted to the news, saying the ferries must run.'), [
      ['the ferries must run', 'Rep. Ana Brisk'],
    ]);
  });
});
