/** A source phrase that runs on to who made it or where it comes from ("according to a tally by X"). */
import type { ParagraphTokens } from '../article/model';
import { AUTHOR_PREPOSITIONS } from '../speakers/lexicon';
import { phraseAfter, type TokenRange } from './phrases';
import { isWord } from './tokenShapes';

/**
 * "according to a tally by the Velm Courier", "… a court document filed by Osk Varrin", "… data from the ministry",
 * "… residents from the harbour district": the source runs on over "by"/"from" and the phrase after it, which names
 * who made the document or who the people are.
 */
export function withMaker(p: ParagraphTokens, source: TokenRange, limit: number): TokenRange {
  const { tokens, text } = p;
  let at = source.last;
  if (isWord(tokens[at]) && /ed$/.test(tokens[at].lower) && tokens[at + 1]?.lower === 'by') at++;
  if (at >= limit || !AUTHOR_PREPOSITIONS.has(tokens[at].lower) || /^\d/.test(tokens[at + 1]?.lower ?? '')) return source;
  const maker = phraseAfter(text, tokens, at + 1, limit);
  return maker ? { first: source.first, last: maker.last } : source;
}
