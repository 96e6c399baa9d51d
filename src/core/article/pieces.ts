/**
 * Words as a consumer with a word notion of its own reads them (the comparison splits "ex-minister", the speaker
 * rules keep it whole), found among the model's tokens: each such word lies inside one word token, so a consumer
 * splits tokens by its `WordRule` and never reads the text between them.
 *
 * The one exception is nine Unicode letters and digits below U+00C0 (ª ² ³ µ ¹ º ¼ ½ ¾) that the tokenizer reads as
 * punctuation, so that "2½" stays a number and a mark: around one of them a consumer's word can span several
 * tokens, and the whole run of tokens not separated by space is split instead.
 */
import type { Span } from '../types';
import type { Token } from './tokens';

/** A word is a run of `isPart` code points, going on after a joiner when `isPartAfterJoiner` follows it. */
export interface WordRule {
  isPart(code: number): boolean;
  joiners: ReadonlySet<string>;
  isPartAfterJoiner(code: number): boolean;
}

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

function runEnd(text: string, at: number, end: number, test: (code: number) => boolean): number {
  while (at < end) {
    const code = text.codePointAt(at)!;
    if (!test(code)) break;
    at += code > 0xffff ? 2 : 1;
  }
  return at;
}

/** The words by `rule` inside the pieces of `tokens`, in order (like a global regex over the text, but per piece). */
export function wordsByRule(text: string, tokens: readonly Token[], rule: WordRule): Span[] {
  const words: Span[] = [];
  for (const piece of wordPieces(text, tokens)) {
    let at = piece.start;
    while (at < piece.end) {
      let end = runEnd(text, at, piece.end, rule.isPart);
      if (end === at) {
        at += text.codePointAt(at)! > 0xffff ? 2 : 1;
        continue;
      }
      while (end + 1 < piece.end && rule.joiners.has(text[end]) && rule.isPartAfterJoiner(text.codePointAt(end + 1)!)) {
        end = runEnd(text, end + 1, piece.end, rule.isPartAfterJoiner);
      }
      words.push({ start: at, end });
      at = end;
    }
  }
  return words;
}
