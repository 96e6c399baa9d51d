/**
 * Pairs quotation marks inside one paragraph in a single left-to-right pass (linear time, bounded stack).
 *
 * Why not a regex: quote styles nest (“… ‘…’ …”, « … “…” … », "… "…" …"), straight marks are ambiguous
 * (opening or closing depends on the characters around them), and the single marks double as apostrophes
 * (Zelenskyy’s, '90s, rock ’n’ roll). A flanking rule over a stack handles all of them without backtracking.
 */
import { isDigit, isSpace, isWordChar } from '../text/chars';

export type MarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner' | 'double-prime';

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  contentStart: number;
  contentEnd: number;
  /** End offset of the closing mark; equals `contentEnd` when the paragraph ended first. */
  close: number;
  /** No closing mark before the end of the paragraph. */
  unclosed: boolean;
  family: MarkFamily;
  /** No opening mark: the paragraph begins inside a quotation opened in an earlier one. */
  continued?: true;
}

type Role = 'open' | 'close' | 'either';

interface MarkInfo {
  family: MarkFamily;
  role: Role;
  length: number;
}

interface OpenMark {
  pos: number;
  length: number;
  family: MarkFamily;
  /** „ is closed by “ as well as ”. */
  low: boolean;
}

const MAX_DEPTH = 16;
/** Words written with a leading apostrophe: the mark before them is not an opening quote. */
const ELISIONS = new Set(['em', 'til', 'tis', 'twas', 'cause', 'n', 'bout', 'round', 'nuff', 'ol', 'im', 'er']);

const OPENING_PUNCT = new Set(['(', '[', '{', '<', '—', '–', '-', '/', '\u2015']);
const CLOSING_PUNCT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '…', '—', '–', '-', '/', '\u2015']);
const OPENING_MARKS = new Set(['“', '„', '«', '‹', '‘', '‚', '"', "'", '`', '「', '『', '〝', '＂']);
const CLOSING_MARKS = new Set(['”', '»', '›', '’', '"', "'", '」', '』', '〞', '〟', '＂']);

function markAt(text: string, i: number, end: number): MarkInfo | null {
  const c = text[i];
  switch (c) {
    case '"':
      return { family: 'double', role: 'either', length: 1 };
    case '“':
      return { family: 'double', role: 'open', length: 1 };
    case '„':
      return { family: 'double', role: 'open', length: 1 };
    case '”':
      return { family: 'double', role: 'close', length: 1 };
    case '«':
      return { family: 'guillemet', role: 'open', length: 1 };
    case '»':
      return { family: 'guillemet', role: 'close', length: 1 };
    case '‹':
      return { family: 'single-guillemet', role: 'open', length: 1 };
    case '›':
      return { family: 'single-guillemet', role: 'close', length: 1 };
    case '「':
      return { family: 'corner', role: 'open', length: 1 };
    case '」':
      return { family: 'corner', role: 'close', length: 1 };
    case '『':
      return { family: 'white-corner', role: 'open', length: 1 };
    case '』':
      return { family: 'white-corner', role: 'close', length: 1 };
    // Double prime quotation marks of East Asian text: 〝 opens, 〞 or the low 〟 closes.
    case '〝':
      return { family: 'double-prime', role: 'open', length: 1 };
    case '〞':
    case '〟':
      return { family: 'double-prime', role: 'close', length: 1 };
    // The fullwidth mark of CJK text is used as the ASCII one is.
    case '＂':
      return { family: 'double', role: 'either', length: 1 };
    case '‘':
    case '‚':
      return { family: 'single', role: 'open', length: 1 };
    case '’':
      return { family: 'single', role: 'close', length: 1 };
    case "'":
      // Two apostrophes stand for a double mark in some newswire text (''like this'').
      if (i + 1 < end && text[i + 1] === "'") return { family: 'double', role: 'either', length: 2 };
      return { family: 'single', role: 'either', length: 1 };
    case '`':
      if (i + 1 < end && text[i + 1] === '`') return { family: 'double', role: 'open', length: 2 };
      return null;
    default:
      return null;
  }
}

function leftIsBoundary(text: string, i: number, start: number): boolean {
  if (i <= start) return true;
  const c = text[i - 1];
  return isSpace(c.charCodeAt(0)) || OPENING_PUNCT.has(c) || OPENING_MARKS.has(c);
}

function rightIsBoundary(text: string, j: number, end: number): boolean {
  if (j >= end) return true;
  const c = text[j];
  return isSpace(c.charCodeAt(0)) || CLOSING_PUNCT.has(c) || CLOSING_MARKS.has(c);
}

/** The single mark at `i` is an apostrophe inside a word, or before an elided word or a decade ('90s). */
function isApostrophe(text: string, i: number, start: number, end: number): boolean {
  const before = i > start ? text.charCodeAt(i - 1) : 32;
  const after = i + 1 < end ? text.charCodeAt(i + 1) : 32;
  if (isWordChar(before) && isWordChar(after)) return true;
  if (isDigit(after) && i + 2 < end && isDigit(text.charCodeAt(i + 2))) return true;
  if (isWordChar(after)) {
    let k = i + 1;
    while (k < end && k - i <= 6 && isWordChar(text.charCodeAt(k))) k++;
    if (ELISIONS.has(text.slice(i + 1, k).toLowerCase())) return true;
  }
  return false;
}

/** A closing single mark after a plural ("officials’ decision") is a possessive when another closer follows. */
function isPluralPossessive(text: string, i: number, end: number, lastSingleCloser: number): boolean {
  if (i >= lastSingleCloser) return false;
  const before = text[i - 1];
  if (before !== 's' && before !== 'S') return false;
  let k = i + 1;
  if (k >= end || !isSpace(text.charCodeAt(k))) return false;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (k >= end) return false;
  const next = text[k];
  return next === next.toLowerCase() && next !== next.toUpperCase();
}

function lastSingleCloserIn(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    const c = text[i];
    if ((c === '’' || c === "'") && rightIsBoundary(text, i + 1, end) && !leftIsBoundary(text, i, start)) return i;
  }
  return -1;
}

function indexOfFamily(stack: OpenMark[], family: MarkFamily): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].family === family) return k;
  return -1;
}

function flankingRole(mark: MarkInfo, closesLowOpener: boolean, leftB: boolean, rightB: boolean, isOpen: boolean): 'open' | 'close' | 'skip' {
  // CJK brackets have a distinct opener and closer, so no flanking guess is needed (text may run on without spaces).
  if (mark.family === 'corner' || mark.family === 'white-corner' || mark.family === 'double-prime') return mark.role === 'open' ? 'open' : 'close';
  if (closesLowOpener) return 'close';
  if (mark.role === 'open') return isOpen && !leftB && rightB ? 'close' : 'open';
  if (mark.role === 'close') return !isOpen && leftB && !rightB ? 'open' : 'close';
  if (leftB && !rightB) return 'open';
  if (!leftB && rightB) return 'close';
  return isOpen ? 'close' : 'open';
}

function pairMarks(text: string, start: number, end: number, topLevelSingles: boolean): { spans: QuotedSpan[]; strayTopSingle: boolean } {
  const spans: QuotedSpan[] = [];
  const stack: OpenMark[] = [];
  const lastSingleCloser = lastSingleCloserIn(text, start, end);
  let i = start;
  while (i < end) {
    const mark = markAt(text, i, end);
    if (!mark) {
      i++;
      continue;
    }
    const after = i + mark.length;
    if (mark.family === 'single' && mark.length === 1 && isApostrophe(text, i, start, end)) {
      i = after;
      continue;
    }
    const leftB = leftIsBoundary(text, i, start);
    const rightB = rightIsBoundary(text, after, end);
    const openIndex = indexOfFamily(stack, mark.family);
    const lowOpen = mark.family === 'double' && stack.length > 0 && stack[stack.length - 1].low;
    let role = flankingRole(mark, text[i] === '“' && lowOpen, leftB, rightB, openIndex >= 0);
    if (mark.family === 'single') {
      if (role === 'open' && stack.length === 0 && !topLevelSingles) role = 'skip';
      if (role === 'open' && !leftB) role = 'skip';
      if (role === 'close' && (openIndex < 0 || isPluralPossessive(text, i, end, lastSingleCloser))) role = 'skip';
    }

    if (role === 'open') {
      if (stack.length < MAX_DEPTH) stack.push({ pos: i, length: mark.length, family: mark.family, low: text[i] === '„' });
    } else if (role === 'close' && openIndex < 0 && continuesEarlierQuote(text, start, i, after, end, mark.family, spans.length + stack.length)) {
      spans.push({ open: start, contentStart: start, contentEnd: i, close: after, unclosed: false, family: mark.family, continued: true });
    } else if (role === 'close' && openIndex >= 0) {
      const opened = stack[openIndex];
      stack.length = openIndex;
      if (openIndex === 0) {
        // « Nous partons » : the spaces French sets inside guillemets are not part of the words quoted.
        let contentStart = opened.pos + opened.length;
        let contentEnd = i;
        while (contentStart < contentEnd && isSpace(text.charCodeAt(contentStart))) contentStart++;
        while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
        spans.push({ open: opened.pos, contentStart, contentEnd, close: after, unclosed: false, family: opened.family });
      }
    }
    i = after;
  }
  let strayTopSingle = false;
  if (stack.length > 0) {
    const bottom = stack[0];
    if (bottom.family === 'single') strayTopSingle = true;
    else {
      let contentEnd = end;
      while (contentEnd > bottom.pos + bottom.length && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
      if (contentEnd > bottom.pos + bottom.length) spans.push({ open: bottom.pos, contentStart: bottom.pos + bottom.length, contentEnd, close: contentEnd, unclosed: true, family: bottom.family });
    }
  }
  return { spans, strayTopSingle };
}

/**
 * A closing double mark before any other mark, right after the end of a clause and followed by more words
 * ("… at this time," the rep said): the paragraph began inside a quotation whose opening mark is in an earlier one.
 */
function continuesEarlierQuote(text: string, start: number, at: number, after: number, end: number, family: MarkFamily, marksBefore: number): boolean {
  if (family !== 'double' || marksBefore > 0 || at - start < 2 || !/[,.!?]/.test(text[at - 1])) return false;
  let next = after;
  while (next < end && isSpace(text.charCodeAt(next))) next++;
  return next > after && next < end && isWordChar(text.charCodeAt(next));
}

/**
 * Top-level quoted spans of `text[start, end)` (one paragraph), in text order. Quotes nested inside them are part of
 * their content. A double mark left open is closed at the paragraph's end; a single mark left open was an apostrophe
 * after all, so the paragraph is paired again with single marks allowed only inside double quotes (two passes at most).
 */
export function findQuotedSpans(text: string, start: number, end: number): QuotedSpan[] {
  const first = pairMarks(text, start, end, true);
  if (!first.strayTopSingle) return first.spans;
  return pairMarks(text, start, end, false).spans;
}
