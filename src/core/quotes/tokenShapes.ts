/** Token shapes the phrase, adjunct and clause walks share: titles and initials, capitals, noun-like words, time words. */
import { isUpperStart } from '../text/chars';
import { TITLE_ABBREVIATIONS } from '../article/sentences';
import type { Token } from '../article/tokens';
export { MONTHS, WEEKDAYS } from '../text/calendar';

export interface TokenRange {
  first: number;
  last: number;
}


/** "u.s", "d.c": an acronym as tokenised, its final period a token of its own. */
export const ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;

export function isAbbreviation(token: Token): boolean {
  // An initial ("R."), a title ("Sen.") or an acronym whose last period is its own token ("U.S.", "D.C.").
  return token.kind === 'word' && (TITLE_ABBREVIATIONS.has(token.lower) || TITLE_ABBREVIATIONS.has(token.lower.slice(token.lower.lastIndexOf('-') + 1)) || (token.lower.length === 1 && /\p{L}/u.test(token.lower)) || ACRONYM.test(token.lower));
}

/** "Mr." in "the benefit of sending Mr. Harlan would …": the period is the title's, not the clause's end. */
export function isAbbreviationPeriod(tokens: readonly Token[], m: number): boolean {
  return tokens[m].lower === '.' && m > 0 && isAbbreviation(tokens[m - 1]) && isWord(tokens[m + 1]) && !tokens[m + 1].lineBefore;
}

/** A verb form that can be a clause's finite verb: an auxiliary, or a verb not in -ing. */
export function isFiniteWord(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const cls = token.wordClass;
  return cls === 'auxiliary' || (cls === 'verb' && !token.lower.endsWith('ing'));
}

export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

export function capitalised(text: string, token: Token): boolean {
  return isUpperStart(text[token.start]);
}

/** "US", "UN": an acronym printed in capitals, a name whatever its lower case reads as ("us"). */
export function isCapitalAcronym(text: string, token: Token): boolean {
  return token.kind === 'word' && token.end - token.start >= 2 && /^\p{Lu}+$/u.test(text.slice(token.start, token.end));
}

export function nounLike(text: string, token: Token): boolean {
  if (token.kind !== 'word') return false;
  if (capitalised(text, token)) return true;
  const cls = token.wordClass;
  return cls === 'noun' || cls === 'adjective' || cls === 'number' || cls === 'other' || cls === 'base';
}

export const TIME_DETERMINERS = new Set(['this', 'last', 'next', 'that', 'early', 'late']);
export const TIME_NOUNS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter', 'time']);

const ADVERBIAL_ASIDES = new Set(['for example', 'for instance', 'however', 'still', 'meanwhile', 'too', 'though', 'in turn', 'in particular', 'in contrast', 'moreover', 'instead', 'in addition', 'for his part', 'for her part', 'for their part', 'in response', 'in fact', 'indeed', 'again', 'also', 'likewise', 'similarly', 'separately']);

export function isAdverbial(tokens: readonly Token[], first: number, last: number): boolean {
  let phrase = '';
  for (let m = first; m < last; m++) phrase += (phrase ? ' ' : '') + tokens[m].lower;
  return ADVERBIAL_ASIDES.has(phrase);
}

/** The token after an adverbial aside and its comma ("however,", "in fact,") at `first`, or `first` when none is there. */
export function afterAside(tokens: readonly Token[], first: number, last: number): number {
  for (let m = first + 1; m < last - 1 && m - first <= 3; m++) if (tokens[m].lower === ',') return isAdverbial(tokens, first, m) ? m + 1 : first;
  return first;
}
