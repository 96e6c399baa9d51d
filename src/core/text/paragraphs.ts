import type { Span } from '../types';
import { isSpace } from './chars';

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
 * Paragraphs as spans trimmed of surrounding whitespace: blocks separated by a blank line, and bulleted lines.
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
      if (startsWithBullet(text, lineStart, lineEnd)) flush();
      if (blockStart < 0) blockStart = first;
      blockEnd = last;
    }
    if (lineEnd >= length) break;
    lineStart = text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
  }
  flush();
  return spans;
}
