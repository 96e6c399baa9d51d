/**
 * Where a consumer with a word notion of its own (the comparison splits "ex-minister", the speaker rules keep it)
 * finds its words among the model's tokens: each of its words lies inside one word token, so it splits tokens and
 * never reads the text between them.
 *
 * The one exception is nine Unicode letters and digits below U+00C0 (ª ² ³ µ ¹ º ¼ ½ ¾) that the tokenizer reads as
 * punctuation, so that "2½" stays a number and a mark: around one of them a consumer's word can span several
 * tokens, and the whole run of tokens not separated by space is its piece.
 */
import type { Span } from '../types';
import type { Token } from './tokens';

const LATIN1_LETTERS_AND_DIGITS = new Set(['ª', '²', '³', 'µ', '¹', 'º', '¼', '½', '¾']);

function isLatin1LetterOrDigit(text: string, token: Token): boolean {
  return token.kind === 'punct' && LATIN1_LETTERS_AND_DIGITS.has(text[token.start]);
}

/** Spans of the word tokens, a run of tokens around a Latin-1 letter or digit taken as one. */
export function wordPieces(text: string, tokens: readonly Token[]): Span[] {
  const pieces: Span[] = [];
  for (let first = 0; first < tokens.length; ) {
    let last = first + 1;
    let merged = isLatin1LetterOrDigit(text, tokens[first]);
    for (; last < tokens.length && !tokens[last].spaceBefore; last++) merged ||= isLatin1LetterOrDigit(text, tokens[last]);
    if (merged) pieces.push({ start: tokens[first].start, end: tokens[last - 1].end });
    else for (let k = first; k < last; k++) if (tokens[k].kind === 'word') pieces.push({ start: tokens[k].start, end: tokens[k].end });
    first = last;
  }
  return pieces;
}
