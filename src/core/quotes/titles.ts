/**
 * Quotation marks around a title: "said on Tarrow TV's “Harbour Hour.”", "in her 2009 book, ''The Long Tide.''". The
 * title's final period is the sentence's, which makes it look like a short quoted sentence; its capitals and the
 * words before it tell it is a name.
 */
import type { QuotedSpan } from '../article/marks';

/** Words a title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'but', 'nor', 'vs']);

/** What stands before a title: an owner ("CBS's"), the kind of work ("podcast", "2012 book,"), or "on"/"with"/"of"/"to". */
const TITLE_CONTEXT = /(?:\w['’]s?|\b(?:book|podcast|show|movie|film|novel|memoir|program|programme|series|episode|album|song|documentary|sitcom),?|\b(?:on|with|of|to))\s*$/i;

/** How far back the words before a title are read. */
const CONTEXT_REACH = 24;

function titleCased(content: string): boolean {
  const words = content.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  if (!words || words.length < 2) return false;
  return words.every((word, i) => /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && TITLE_SMALL_WORDS.has(word.toLowerCase())));
}

export function isQuotedTitle(text: string, quote: QuotedSpan): boolean {
  if (!titleCased(text.slice(quote.contentStart, quote.contentEnd))) return false;
  return TITLE_CONTEXT.test(text.slice(Math.max(0, quote.open - CONTEXT_REACH), quote.open));
}
