/** The maker of a document that a prepositional cue names ("according to a tally by X"). */
import type { ParagraphTokens } from '../article/model';
import { phraseAfter, type TokenRange } from './phrases';
import { isWord } from './tokenShapes';

/**
 * "according to a tally by the Velm Courier", "… a court document filed by Osk Varrin", "… data from the ministry":
 * the source runs on to whoever made the document, who is the one reporting.
 */
export function withMaker(p: ParagraphTokens, source: TokenRange, limit: number): TokenRange {
  const { tokens, text } = p;
  let at = source.last;
  if (isWord(tokens[at]) && /ed$/.test(tokens[at].lower) && tokens[at + 1]?.lower === 'by') at++;
  if (at >= limit || !['by', 'from'].includes(tokens[at].lower) || /^\d/.test(tokens[at + 1]?.lower ?? '')) return source;
  const maker = phraseAfter(text, tokens, at + 1, limit);
  return maker ? { first: source.first, last: maker.last } : source;
}
