import type { Span } from '../types';
import { isSpace } from '../text/chars';

/** Bulleted lines are paragraphs of their own even without a blank line between them. */
const BULLETS = new Set(['•', '·', '▪', '◦', '‣', '*', '-', '–', '—', '●', '■', '►']);

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

function startsWithBullet(text: string, lineStart: number, lineEnd: number): boolean {
  let i = lineStart;
  while (i < lineEnd && isSpace(text.charCodeAt(i))) i++;
  return i + 1 < lineEnd && BULLETS.has(text[i]) && isSpace(text.charCodeAt(i + 1));
}

/**
 * Many pages separate paragraphs by a single line break; hard-wrapped text breaks lines inside sentences. A line goes on
 * in the next one only when it ends mid-phrase (a comma, a hyphen, an opening mark) or the next begins in lower case.
 */
function continuesLine(text: string, previousEnd: number, nextStart: number): boolean {
  const last = text[previousEnd - 1];
  const next = text[nextStart];
  if (last === ',' || last === '-' || last === '“' || last === '‘' || last === '„' || last === '«') return true;
  return next !== next.toUpperCase() && next === next.toLowerCase();
}

/**
 * Paragraphs as spans trimmed of surrounding whitespace: lines, except where a line runs on into the next, and
 * bulleted lines.
 * Quotation marks are paired within a paragraph, so an unbalanced mark can never run past one.
 */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const flush = (): void => {
    if (blockStart >= 0) spans.push({ start: blockStart, end: blockEnd });
    blockStart = -1;
  };
  let lineStart = 0;
  const length = text.length;
  while (lineStart <= length) {
    let lineEnd = lineStart;
    while (lineEnd < length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    let first = lineStart;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
    let last = lineEnd;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    if (first === last) flush();
    else {
      if (startsWithBullet(text, lineStart, lineEnd) || (blockStart >= 0 && !continuesLine(text, blockEnd, first))) flush();
      if (blockStart < 0) blockStart = first;
      blockEnd = last;
    }
    if (lineEnd >= length) break;
    lineStart = text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
  }
  flush();
  return spans;
}
