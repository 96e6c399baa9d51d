/**
 * The front-matter header Source Lens writes above an imported article (title, outlet, byline, date, URL), and
 * reading it back. The analysis sees the header as blanks of the same length, so every offset into the file stays
 * the offset the editor shows while no header word is taken for speech.
 */

import type { Span } from '../types';

export interface ArticleHeader {
  title?: string;
  outlet?: string;
  byline?: string;
  date?: string;
  url?: string;
}

const HEADER_KEYS = ['title', 'outlet', 'byline', 'date', 'url'] as const;
// A header is a short block at the very top; a `---` rule further down is Markdown, not a header.
const MAX_HEADER_LINES = 40;
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/y;

/** The header as YAML front matter; each value double-quoted (JSON strings are valid YAML). */
export function writeFrontMatter(header: ArticleHeader): string {
  const lines = HEADER_KEYS.filter((key) => header[key]).map((key) => `${key}: ${JSON.stringify(oneLine(header[key]!))}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Where the front matter is: from the opening `---` through the closing `---` line and its line break. */
export function frontMatterSpan(text: string): Span | undefined {
  if (!text.startsWith('---')) return undefined;
  LINE.lastIndex = 0;
  const opening = LINE.exec(text);
  if (!opening || opening[0].trimEnd() !== '---' || !/[\r\n]$/.test(opening[0])) return undefined;
  for (let count = 0; count < MAX_HEADER_LINES && LINE.lastIndex < text.length; count++) {
    const start = LINE.lastIndex;
    const line = LINE.exec(text);
    if (!line) return undefined;
    const content = line[0].trimEnd();
    if (content === '---' || content === '...') return { start: 0, end: start + line[0].length };
    if (content !== '' && !/^[A-Za-z][\w-]*:/.test(content) && !/^\s/.test(line[0])) return undefined;
  }
  return undefined;
}

/** The fields of the front matter this module writes; other keys are ignored, undefined when there is none. */
export function readFrontMatter(text: string): ArticleHeader | undefined {
  const span = frontMatterSpan(text);
  if (!span) return undefined;
  const header: ArticleHeader = {};
  for (const line of text.slice(0, span.end).split(/\r\n|\r|\n/)) {
    const match = /^([a-z]+):\s*(.*?)\s*$/.exec(line);
    const key = HEADER_KEYS.find((name) => name === match?.[1]);
    if (!key || !match) continue;
    const value = unquote(match[2]!);
    if (value) header[key] = value;
  }
  return header;
}

/** The text with its front matter turned to spaces, line breaks kept: same length, same lines. */
export function blankFrontMatter(text: string): string {
  const span = frontMatterSpan(text);
  if (!span) return text;
  return text.slice(0, span.end).replace(/[^\r\n]/g, ' ') + text.slice(span.end);
}

function unquote(value: string): string {
  if (value.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      return typeof parsed === 'string' ? parsed : '';
    } catch {
      return value.slice(1, value.endsWith('"') ? -1 : undefined);
    }
  }
  if (value.startsWith("'")) return value.slice(1, value.endsWith("'") ? -1 : undefined).replace(/''/g, "'");
  return value;
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
