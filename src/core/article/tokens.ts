/**
 * The article's one tokenizer: words (letters, digits and marks, with the joiners inside a word: "Zelenskyy’s",
 * "Jean-Luc", "U.S.", "4,210") and single punctuation marks, each with its offsets and the spacing before it. Every
 * other word notion is a view of these tokens (see `./pieces`, `./clauseView`).
 */
import { isDigit, isSpace, isUpperStart, isWordChar } from '../text/chars';
import { wordClass, type WordClass } from '../text/words';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower-cased text (words and punctuation); '"' for a quotation. */
  lower: string;
  /** For a quotation: index into the paragraph's quoted spans. */
  quote?: number;
  /** Whitespace (or the paragraph start) precedes the token. */
  spaceBefore: boolean;
  /** A line break lies between this token and the previous one. */
  lineBefore: boolean;
  /** A word that starts with a capital letter. */
  capitalised: boolean;
  /**
   * `wordClass(lower)`, tagged once when the token is made, so the rules read it instead of looking the word up at
   * each use. Every token has one: a punctuation mark's or a quotation's is what `wordClass` says of its `lower`.
   */
  wordClass: WordClass;
}

const WORD_JOINERS = new Set(["'", '’', '-', '‐', '.', '&', '_']);

/** "4,210 members": a comma between a digit and exactly three digits groups thousands; it separates no phrases. */
function isThousandsSeparator(text: string, j: number, limit: number): boolean {
  if (text[j] !== ',' || j + 3 >= limit) return false;
  if (!isDigit(text.charCodeAt(j - 1))) return false;
  for (let k = j + 1; k <= j + 3; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return j + 4 >= limit || !isWordChar(text.charCodeAt(j + 4));
}

export interface OpaqueRange {
  start: number;
  end: number;
}

/**
 * The end of a word broken by a line break ("prom\nised"), when `isKnownWord` knows the joined form; otherwise `end`.
 * A line break inside a word comes from hard-wrapped or hyphen-less extracted text.
 */
export function joinedAcrossLine(text: string, wordStart: number, end: number, limit: number, isKnownWord: (lower: string) => boolean): number {
  let k = end;
  if (text.charCodeAt(k) === 13) k++;
  if (text.charCodeAt(k) !== 10) return end;
  k++;
  const restStart = k;
  const first = text[k];
  if (first === undefined || first === first.toUpperCase()) return end;
  while (k < limit && isWordChar(text.charCodeAt(k))) k++;
  if (k === restStart) return end;
  return isKnownWord((text.slice(wordStart, end) + text.slice(restStart, k)).toLowerCase()) ? k : end;
}

/** A word token's lower-cased text, without a line break inside it. */
export function wordLower(text: string, start: number, end: number): string {
  const word = text.slice(start, end);
  return (word.includes('\n') ? word.replace(/\r?\n/g, '') : word).toLowerCase();
}

/** Receives a scan's tokens in text order, with whether whitespace (`space`) or a line break (`line`) precedes each. */
export interface TokenVisitor {
  word(start: number, end: number, space: boolean, line: boolean): void;
  /** A mark at `at`, ending at `end`: one character, or "--" standing for a dash. */
  punct(at: number, end: number, space: boolean, line: boolean): void;
  /** The opaque range `index` as one token. */
  opaque(index: number, space: boolean, line: boolean): void;
}

/**
 * Words and punctuation of `text[start, end)`: the article model's tokens (`opaque` empty, no `isKnownWord`). For
 * the clause view's direct form (see `./clauseView`), each opaque range (a quotation, marks included) is one token,
 * and a word broken by a line break is one token when `isKnownWord` knows the joined form.
 */
export function tokenize(text: string, start: number, end: number, opaque: readonly OpaqueRange[], isKnownWord?: (lower: string) => boolean): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, start, end, opaque, isKnownWord, {
    word(from, to, spaceBefore, lineBefore) {
      const lower = wordLower(text, from, to);
      tokens.push({ start: from, end: to, kind: 'word', lower, spaceBefore, lineBefore, capitalised: text[from] !== lower[0], wordClass: wordClass(lower) });
    },
    punct(at, to, spaceBefore, lineBefore) {
      const lower = to - at > 1 ? '—' : text[at];
      tokens.push({ start: at, end: to, kind: 'punct', lower, spaceBefore, lineBefore, capitalised: false, wordClass: wordClass(lower) });
    },
    opaque(index, spaceBefore, lineBefore) {
      const range = opaque[index];
      tokens.push({ start: range.start, end: range.end, kind: 'quote', lower: '"', quote: index, spaceBefore, lineBefore, capitalised: false, wordClass: wordClass('"') });
    },
  });
  return tokens;
}

/** The tokenizer itself, for a consumer that needs tokens' places but not `Token` objects (see `./pieces`). */
export function scanTokens(text: string, start: number, end: number, opaque: readonly OpaqueRange[], isKnownWord: ((lower: string) => boolean) | undefined, visitor: TokenVisitor): void {
  let nextOpaque = 0;
  let i = start;
  let spaceBefore = true;
  let lineBefore = false;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (nextOpaque < opaque.length && i >= opaque[nextOpaque].start) {
      visitor.opaque(nextOpaque, spaceBefore, lineBefore);
      i = Math.max(opaque[nextOpaque].end, i + 1);
      nextOpaque++;
      spaceBefore = false;
      lineBefore = false;
      continue;
    }
    if (isSpace(code)) {
      if (code === 10 || code === 13) lineBefore = true;
      spaceBefore = true;
      i++;
      continue;
    }
    const limit = nextOpaque < opaque.length ? Math.min(end, opaque[nextOpaque].start) : end;
    if (isWordChar(code)) {
      const j = wordEnd(text, i, limit, isKnownWord);
      visitor.word(i, j, spaceBefore, lineBefore);
      i = j;
    } else {
      const to = typedDashEnd(text, i, limit);
      visitor.punct(i, to, spaceBefore, lineBefore);
      i = to;
    }
    spaceBefore = false;
    lineBefore = false;
  }
}

/**
 * "The judge -- who had spoken -- said": two hyphens set off by spaces are a dash typed without the dash key, and read
 * as one; elsewhere a mark is one character.
 */
function typedDashEnd(text: string, i: number, limit: number): number {
  const typed = text[i] === '-' && text[i + 1] === '-' && i + 2 < limit && text[i + 2] !== '-' && (i === 0 || isSpace(text.charCodeAt(i - 1)) || isSpace(text.charCodeAt(i + 2)));
  return typed ? i + 2 : i + 1;
}

/**
 * Names spelled with an exclamation mark: "Yahoo! Finance"; "E!" only as "E! News", "E! Online" ("Take vitamin E!
 * Doctors say …" ends a sentence); "OK!" and "Hello!" only before "magazine".
 */
const EXCLAIMED_NAMES = new Set(['yahoo']);
const EXCLAIMED_TITLES = new Set(['ok', 'hello']);

/** The word at [start, end) and the "!" after it spell a name: the mark ends no sentence there. */
function exclaimedName(text: string, start: number, end: number, limit: number): boolean {
  if (end + 2 >= limit || text[end + 1] !== ' ' || !isUpperStart(text[end + 2])) return false;
  const word = text.slice(start, end).toLowerCase();
  const next = text.slice(end + 2, end + 16);
  if (word === 'e') return /^(?:News|Online|Entertainment)\b/.test(next);
  return EXCLAIMED_NAMES.has(word) || (EXCLAIMED_TITLES.has(word) && /^magazine\b/i.test(next));
}

/** The end of the word that starts at `i`, no further than `limit`. */
function wordEnd(text: string, i: number, limit: number, isKnownWord: ((lower: string) => boolean) | undefined): number {
  let j = i + 1;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (isWordChar(c)) j++;
    else if (WORD_JOINERS.has(text[j]) && j + 1 < limit && isWordChar(text.charCodeAt(j + 1))) j += 2;
    else if (isThousandsSeparator(text, j, limit)) j += 4;
    else break;
  }
  // A trailing apostrophe that pairing left alone is a plural possessive: officials’.
  if (j < limit && (text[j] === '’' || text[j] === "'") && (text[j - 1] === 's' || text[j - 1] === 'S')) return j + 1;
  if (text[j] === '!' && exclaimedName(text, i, j, limit)) return j + 1;
  return isKnownWord && j < limit ? joinedAcrossLine(text, i, j, limit, isKnownWord) : j;
}
