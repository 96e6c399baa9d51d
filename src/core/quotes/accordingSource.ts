/** The source an "according to" names: who reported, without when. */
import type { ParagraphTokens } from '../article/model';
import type { Token } from '../article/tokens';
import { withMaker } from './documentMaker';
import { phraseAfter, timeAdjunctBefore, type TokenRange } from './phrases';
import { DOCUMENT_NOUNS } from '../speakers/lexicon';
import { WEEKDAYS } from './tokenShapes';

const RELATIVE_DAYS = new Set(['yesterday', 'today', 'tonight']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
/** "a poll released Thursday": how the document came out, which goes with when. */
const PUBLISHING_PARTICIPLES = new Set(['released', 'published', 'issued', 'conducted', 'taken', 'posted', 'filed']);
/** A source never ends in one: "figures from last year" keeps its time words. */
const LINKING_PREPOSITIONS = new Set(['from', 'by', 'in', 'of', 'for', 'since', 'at', 'over', 'through']);
const DATA_NOUNS = new Set([...DOCUMENT_NOUNS, 'data', 'figures', 'numbers', 'results', 'sheet', 'polls', 'surveys', 'studies', 'reports']);

/**
 * "according to police Monday", "… on Tuesday night", "… a poll released last week": when a source spoke is not who
 * it is.
 */
function withoutTrailingTime(tokens: readonly Token[], source: TokenRange): TokenRange {
  const lower = (k: number): string => (k >= source.first ? tokens[k].lower : '');
  let last = source.last;
  if (DAY_PARTS.has(lower(last - 1)) && WEEKDAYS.has(lower(last - 2))) last--;
  if (WEEKDAYS.has(lower(last - 1)) || RELATIVE_DAYS.has(lower(last - 1))) {
    last--;
    if (lower(last - 1) === 'on') last--;
  } else if (last - 1 > source.first) last -= timeAdjunctBefore(tokens, last - 1, source.first + 1);
  if (last < source.last && PUBLISHING_PARTICIPLES.has(lower(last - 1)) && DATA_NOUNS.has(lower(last - 2))) last--;
  const trimmed = last < source.last && last > source.first && !LINKING_PREPOSITIONS.has(lower(last - 1));
  return trimmed ? { first: source.first, last } : source;
}

/**
 * The source after "according to" at token `from`: its noun phrase, run on to the maker of a document it names,
 * without the time words after it; `after` is where the words that follow it start.
 */
export function accordingSource(p: ParagraphTokens, from: number, limit: number): { source: TokenRange; after: number } | null {
  const phrase = phraseAfter(p.text, p.tokens, from, limit);
  const made = phrase && withMaker(p, phrase, limit);
  return made ? { source: withoutTrailingTime(p.tokens, made), after: made.last } : null;
}
