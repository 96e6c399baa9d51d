/** Time phrases that open a sentence: "Sunday, …", "Last month, …", "Six months ago, …", "A short time later, …". */
import type { Token } from '../article/tokens';
import { MONTHS, TIME_DETERMINERS, TIME_NOUNS, WEEKDAYS } from './tokenShapes';

const RELATIVE_TIME = new Set(['ago', 'later', 'earlier']);
/** Words that open a measure of time: "Six months ago", "A short time later", "Several days earlier". */
const MEASURE_OPENERS = new Set(['a', 'an', 'several', 'some', 'few', 'many', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve']);

/**
 * True when the words at `first` tell when something happened rather than name a subject: a weekday or a month, a
 * time noun after "this"/"last"/"next", or a measure of time before "ago"/"later"/"earlier".
 */
export function opensWithTime(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first];
  if (!t || t.kind !== 'word') return false;
  if (t.capitalised && (WEEKDAYS.has(t.lower) || MONTHS.has(t.lower))) return true;
  if (t.lower === 'earlier' || t.lower === 'later') return true;
  const next = tokens[first + 1]?.lower ?? '';
  if (TIME_DETERMINERS.has(t.lower) && (TIME_NOUNS.has(next) || WEEKDAYS.has(next) || MONTHS.has(next))) return true;
  if (!MEASURE_OPENERS.has(t.lower) && !/^\d/.test(t.lower)) return false;
  for (let m = first + 1; m <= first + 3; m++) {
    const word = tokens[m];
    if (!word || word.kind !== 'word') return false;
    if (RELATIVE_TIME.has(word.lower)) return true;
  }
  return false;
}
