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
import { scanTokens, type Token, type TokenVisitor } from './tokens';

/**
 * A word is a run of `isPart` code points, going on after a joiner when `isPartAfterJoiner` follows it. Every rule
 * takes ASCII letters and digits as parts.
 */
export interface WordRule {
  isPart(code: number): boolean;
  joiners: ReadonlySet<string>;
  isPartAfterJoiner(code: number): boolean;
}

const LATIN1_LETTERS_AND_DIGITS = new Set(['ª', '²', '³', 'µ', '¹', 'º', '¼', '½', '¾']);

/**
 * Collects pieces from tokens in text order: a run of tokens not separated by space is held until it ends, then
 * gives its word tokens, or itself whole when it holds a Latin-1 letter or digit.
 */
class PieceCollector implements TokenVisitor {
  readonly pieces: Span[] = [];
  private runStart = 0;
  private runEnd = 0;
  private runWords: Span[] = [];
  private merged = false;

  constructor(private readonly text: string) {}

  word(start: number, end: number, space: boolean): void {
    this.next(start, end, space);
    this.runWords.push({ start, end });
  }

  punct(at: number, end: number, space: boolean): void {
    this.next(at, end, space);
    this.merged ||= LATIN1_LETTERS_AND_DIGITS.has(this.text[at]);
  }

  opaque(): void {
    throw new Error('word pieces are read from tokens without opaque ranges');
  }

  finish(): Span[] {
    this.flush();
    return this.pieces;
  }

  private next(start: number, end: number, space: boolean): void {
    if (space) {
      this.flush();
      this.runStart = start;
    }
    this.runEnd = end;
  }

  private flush(): void {
    if (this.merged) this.pieces.push({ start: this.runStart, end: this.runEnd });
    else for (const word of this.runWords) this.pieces.push(word);
    this.runWords = [];
    this.merged = false;
  }
}

/** Spans of the word tokens, a run of tokens around a Latin-1 letter or digit taken as one. */
export function wordPieces(text: string, tokens: readonly Token[]): Span[] {
  const collector = new PieceCollector(text);
  for (const token of tokens) {
    if (token.kind === 'word') collector.word(token.start, token.end, token.spaceBefore);
    else collector.punct(token.start, token.end, token.spaceBefore);
  }
  return collector.finish();
}

/** The word pieces of `text` as `wordPieces` gives them from its tokens, without making the tokens. */
export function scanWordPieces(text: string): Span[] {
  const collector = new PieceCollector(text);
  scanTokens(text, 0, text.length, [], undefined, collector);
  return collector.finish();
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

export function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
}

/** A rule's test of a code point: `ascii` below U+0080, `pattern` above it, so ASCII text never runs the regex. */
export function codePointTest(ascii: (code: number) => boolean, pattern: RegExp): (code: number) => boolean {
  return (code) => (code < 0x80 ? ascii(code) : pattern.test(String.fromCodePoint(code)));
}

/** Every rule reads a piece of ASCII letters and digits alone as one word: the common case, decided without the rule. */
function isAsciiAlphanumericPiece(text: string, piece: Span): boolean {
  for (let k = piece.start; k < piece.end; k++) if (!isAsciiAlphanumeric(text.charCodeAt(k))) return false;
  return true;
}

function runEnd(text: string, at: number, end: number, test: (code: number) => boolean): number {
  while (at < end) {
    const code = text.codePointAt(at)!;
    if (!test(code)) break;
    at += code > 0xffff ? 2 : 1;
  }
  return at;
}

/** The words by `rule` inside `pieces` (see `wordPieces`), in order: like a global regex over the text, but per piece. */
export function wordsByRule(text: string, pieces: readonly Span[], rule: WordRule): Span[] {
  const words: Span[] = [];
  for (const piece of pieces) {
    if (isAsciiAlphanumericPiece(text, piece)) {
      words.push(piece);
      continue;
    }
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
