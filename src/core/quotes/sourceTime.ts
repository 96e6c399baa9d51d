import type { Token } from '../article/tokens';
import type { TokenRange } from './phrases';
import { TIME_DETERMINERS, TIME_NOUNS, WEEKDAYS } from './tokenShapes';

const RELATIVE_DAYS = new Set(['yesterday', 'today', 'tonight']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** "according to police Monday", "… on Tuesday night", "… last week": when a source spoke is not who it is. */
export function withoutTrailingTime(tokens: readonly Token[], source: TokenRange): TokenRange {
  const lower = (k: number): string => (k > source.first ? tokens[k].lower : '');
  let last = source.last;
  if (DAY_PARTS.has(lower(last - 1)) && WEEKDAYS.has(lower(last - 2))) last--;
  if (WEEKDAYS.has(lower(last - 1)) || RELATIVE_DAYS.has(lower(last - 1))) {
    last--;
    if (lower(last - 1) === 'on') last--;
  } else if (TIME_NOUNS.has(lower(last - 1)) && TIME_DETERMINERS.has(lower(last - 2))) last -= 2;
  return last === source.last || last <= source.first ? source : { first: source.first, last };
}
