import { isUpperStart } from '../text/chars';
import type { Token } from './tokens';

export interface Sentence {
  /** Token index range [first, last). */
  first: number;
  last: number;
}

/**
 * Abbreviations the quote rules read inside a name, a title or a date ("Sen. Ada Moor", "Jan. 3", "U.S. forces"): the
 * period after one ends no phrase there.
 */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'prof', 'st', 'jr', 'sr', 'u.s', 'u.n', 'u.k', 'maj',
  'capt', 'sgt', 'adm', 'rev', 'atty', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'inc',
  'corp', 'co', 'ltd',
]);

/**
 * Words that end with a period without ending the sentence: the titles (but the acronyms, which the splitter reads as
 * acronyms: a sentence opener after one begins a sentence) and these.
 */
const ABBREVIATIONS = new Set([
  ...[...TITLE_ABBREVIATIONS].filter((word) => !word.includes('.')),
  'sens', 'reps', 'cpt', 'cmdr', 'vs', 'nos', 'hon', 'pres', 'supt', 'det', 'messrs', 'mt', 'ft', 'fig', 'al', 'approx',
  'dept', 'univ', 'assn', 'bros', 'gov’t', 'insp', 'sup', 'pvt', 'cpl', 'ave', 'blvd', 'rd', 'e.g', 'i.e', 'etc', 'cf',
  'ca', 'est',
]);

/** After an initial or an acronym ("U.S."), only these words show that a new sentence began. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'this', 'that', 'these', 'those',
  'there', 'his', 'her', 'their', 'its', 'our', 'however', 'meanwhile', 'after', 'as', 'at', 'for', 'if', 'when', 'while',
  'some', 'many', 'one', 'still', 'yet', 'so', 'then', 'asked', 'according',
]);

const TERMINALS = new Set(['.', '!', '?', '…']);
const TRAILERS = new Set([')', ']', '}']);
/** Quotation marks as tokens: in the clause view only unpaired ones, in the whole view every one. */
const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '‹', '›', '„']);

/** A mark after a sentence's last word that still belongs to it: a closing bracket, or a quotation mark set close. */
function isTrailer(token: Token): boolean {
  return token.kind === 'punct' && (TRAILERS.has(token.lower) || TERMINALS.has(token.lower) || (QUOTE_MARKS.has(token.lower) && !token.spaceBefore));
}

/**
 * Sentences of one paragraph's tokens, in either view: the clause view's (a quotation is one token) or the whole
 * tokenization's, where quotation marks are tokens of their own. In the clause view a quotation is one token, so sentence marks inside it never split;
 * after a quotation ending in . ! or ? a new sentence starts unless `attributionFollows` says the next words
 * attribute it ("… done." Peskov said.).
 */
export function splitSentences(text: string, tokens: readonly Token[], attributionFollows: (next: number) => boolean): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const cut = (last: number): void => {
    if (last > first) sentences.push({ first, last });
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    if (next.lineBefore && (token.kind !== 'word' || !isLowerWord(text, next))) {
      if (token.lower !== ',' && isCapitalised(text, next)) {
        cut(i + 1);
        continue;
      }
    }
    if (token.kind === 'quote') {
      const inner = lastContentChar(text, token);
      if (TERMINALS.has(inner) && isCapitalised(text, next) && !attributionFollows(i + 1)) cut(i + 1);
      continue;
    }
    if (token.kind !== 'punct' || !TERMINALS.has(token.lower)) continue;
    let j = i + 1;
    while (j < tokens.length && isTrailer(tokens[j])) j++;
    if (!tokens[j]?.spaceBefore) continue;
    // Opening quotation marks ('' as two marks too): the word they open tells whether a sentence begins.
    let k = j;
    while (tokens[k] && tokens[k].kind === 'punct' && QUOTE_MARKS.has(tokens[k].lower)) k++;
    const after = tokens[k];
    if (!after || (!isCapitalised(text, after) && after.kind !== 'quote')) continue;
    const before = tokens[i - 1];
    if (token.lower === '.' && before && before.kind === 'word' && before.end === token.start) {
      const word = before.lower;
      // "then-Sen. Ana Ruiz", "ex-Gov. Rick Perry": a title joined to its prefix by a hyphen.
      if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.slice(word.lastIndexOf('-') + 1))) continue;
      const initialOrAcronym = word.length === 1 || word.includes('.');
      if (initialOrAcronym && !(after.kind === 'word' && SENTENCE_OPENERS.has(after.lower))) continue;
    }
    cut(j);
    i = j - 1;
  }
  cut(tokens.length);
  return sentences;
}

function lastContentChar(text: string, token: Token): string {
  let k = token.end - 1;
  while (k > token.start && /["'”’»›“‘«‹\s]/.test(text[k])) k--;
  return text[k];
}

/** The token can begin a sentence: a capital or a digit, a quotation, an opening bracket. */
function isCapitalised(text: string, token: Token): boolean {
  if (token.kind === 'quote') return true;
  if (token.kind === 'punct') return token.lower === '(' || token.lower === '[';
  const code = text.charCodeAt(token.start);
  return (code >= 48 && code <= 57) || isUpperStart(text[token.start]);
}

function isLowerWord(text: string, token: Token): boolean {
  if (token.kind !== 'word') return false;
  const c = text[token.start];
  return c === c.toLowerCase() && c !== c.toUpperCase();
}
