/**
 * Roles as the article states them, with spans: a title before the name ("Kremlin spokesman Dmitry Peskov"), an
 * appositive after or before it ("Ihor Zhovkva, deputy head of …’s office,", "Russia’s lead negotiator, Vladimir
 * Medinsky,"), a relative clause ("…, who is …’s lead negotiator"). compromise has no notion of an appositive or of a
 * title as distinct from the name it precedes, so these are word-pattern rules over `ArticleWords`.
 */
import type { Role, Span } from '../types';
import { affiliationOf } from './affiliation';
import { hasTag, lexiconTags } from './compromiseLexicon';
import { AFFILIATION_TERMS, NON_NAME_CAPITALS, ROLE_NOUNS, TITLE_MODIFIERS } from './lexicon';
import { wordsIn, type ArticleWords, type Word } from './words';

const DETERMINERS = new Set(['a', 'an', 'the', 'another', 'his', 'her', 'its', 'their', 'our', 'one']);
/** Words that end a role's head noun phrase ("deputy head | of …", "negotiator | at the talks"). */
const HEAD_ENDERS = new Set(['of', 'at', 'in', 'for', 'with', 'from', 'on', 'to', 'since', 'under', 'during', 'who', 'which', 'that', 'familiar', 'involved', 'close', 'based']);
const LINKING_VERBS = /^(?:is|was|has been|had been|is also|was also|serves as|served as|is now|was then|became|remains)$/;
/** Words after which an office verb's clause goes on to say something else ("who heads the office and said …"). */
const CLAUSE_BREAKS = new Set(['and', 'but', 'said', 'says', 'told', 'when', 'while', 'where']);
/** Verbs whose object is the office itself ("who heads the ministry's press office"): the clause is the role. */
const OFFICE_VERBS = new Set(['heads', 'headed', 'leads', 'led', 'chairs', 'chaired', 'runs', 'ran', 'directs', 'directed', 'oversees', 'oversaw', 'manages', 'managed', 'founded', 'co-founded', 'represents', 'represented', 'advises', 'advised', 'coaches', 'coached', 'edits', 'edited']);
const MAX_ROLE_WORDS = 16;
const CLAUSE_TAGS = ['Conjunction', 'Preposition', 'Adverb', 'Gerund'];
// Bare infinitives and gerunds also modify titles ("lead negotiator", "acting director"), so only finite forms count.
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary']);

/** Roles printed around one name mention occupying words [first, last); a possessive name only has a title. */
export function rolesAround(article: ArticleWords, first: number, last: number, possessive = false): Role[] {
  if (possessive) return [titleBefore(article, first)].filter((role): role is Role => role !== undefined);
  return [titleBefore(article, first), appositiveAfter(article, last), relativeClauseRole(article, last), appositiveBefore(article, first)]
    .filter((role): role is Role => role !== undefined);
}

/** "Pentagon Press Secretary John Kirby", "Financial Times reporter Max Seddon", "Zelenskyy’s chief of staff X". */
function titleBefore(article: ArticleWords, first: number): Role | undefined {
  const { words, text } = article;
  let k = first - 1;
  let start = first;
  while (k >= 0 && first - k <= MAX_ROLE_WORDS && words[k].sentence === words[first].sentence && text.slice(words[k].end, words[k + 1].start) === ' ') {
    const word = words[k];
    // "Secretary of State X" is one title; in "deputy head of Ukrainian President X" the title of X starts after "of".
    if (word.lower === 'of' && k > 0 && start < first && isTitleWord(words[k - 1]) && !hasRoleNoun(words, start, first)) {
      k--;
      continue;
    }
    if (!isTitleWord(word) || (word.possessive && !word.capitalised)) break;
    start = k;
    if (word.possessive) break;
    k--;
  }
  while (start < first && (words[start].lower === 'of' || NON_NAME_CAPITALS.has(words[start].lower))) start++;
  if (start >= first || !hasRoleNoun(words, start, first)) return undefined;
  return roleSpan(text, words[start].start, words[first - 1].end);
}

function isTitleWord(word: Word): boolean {
  const lower = word.lower;
  if (ROLE_NOUNS.has(lower) || TITLE_MODIFIERS.has(lower) || AFFILIATION_TERMS.has(lower) || hasTag(lower, 'Demonym')) return true;
  return word.capitalised && !NON_NAME_CAPITALS.has(lower);
}

/** "David Arakhamia, a Ukrainian negotiator, …", "Ihor Zhovkva, deputy head of … office, told …". */
function appositiveAfter(article: ArticleWords, nameEnd: number): Role | undefined {
  const { words, text } = article;
  const last = afterParenthetical(article, nameEnd);
  if (last >= words.length || !/^[.)]*,\s+$/.test(text.slice(words[last - 1].end, words[last].start))) return undefined;
  let first = last;
  if (!DETERMINERS.has(words[first].lower) && words[first].capitalised && !isTitleWord(words[first])) return undefined;
  if (words[first].lower === 'who' || words[first].lower === 'which') return undefined;
  const end = phraseEnd(article, first);
  if (DETERMINERS.has(words[first].lower)) first++;
  return headedByRole(article, first, end) ? roleSpan(text, words[first].start, words[end - 1].end) : undefined;
}

/** Word index after a short parenthetical that follows a name ("Nora Quist (D-Ore.), chair of …"), else `last`. */
function afterParenthetical(article: ArticleWords, last: number): number {
  const { words, text } = article;
  if (last >= words.length || !/^\s*\($/.test(text.slice(words[last - 1].end, words[last].start))) return last;
  let k = last;
  while (k < words.length && k - last < 4 && !text.slice(words[k].end, words[k + 1]?.start ?? words[k].end).includes(')')) k++;
  return k - last < 4 && k + 1 < words.length ? k + 1 : last;
}

/** "…, who is Ukrainian President Volodymyr Zelenskyy's lead negotiator.", "…, who heads the press office,". */
function relativeClauseRole(article: ArticleWords, last: number): Role | undefined {
  const { words, text } = article;
  if (last + 2 >= words.length || words[last].lower !== 'who' || !/^,\s+$/.test(text.slice(words[last - 1].end, words[last].start))) return undefined;
  if (OFFICE_VERBS.has(words[last + 1].lower)) {
    let end = last + 2;
    const limit = phraseEnd(article, last + 1);
    while (end < limit && !CLAUSE_BREAKS.has(words[end].lower)) end++;
    return end > last + 2 ? roleSpan(text, words[last + 1].start, words[end - 1].end) : undefined;
  }
  for (const verbLength of [2, 1]) {
    const verb = words.slice(last + 1, last + 1 + verbLength).map((w) => w.lower).join(' ');
    if (!LINKING_VERBS.test(verb)) continue;
    let first = last + 1 + verbLength;
    if (first >= words.length) return undefined;
    const end = phraseEnd(article, first);
    if (DETERMINERS.has(words[first].lower)) first++;
    return first < end && headedByRole(article, first, end) ? roleSpan(text, words[first].start, words[end - 1].end) : undefined;
  }
  return undefined;
}

/** "Russia’s lead negotiator, Vladimir Medinsky, said", "another Ukrainian negotiator at the talks, Oleksandr Chaly said". */
function appositiveBefore(article: ArticleWords, first: number): Role | undefined {
  const { words, text } = article;
  if (first === 0 || !/^,\s+$/.test(text.slice(words[first - 1].end, words[first].start))) return undefined;
  const end = first;
  let start = first - 1;
  while (start > 0 && end - start < MAX_ROLE_WORDS && words[start - 1].sentence === words[start].sentence && /^\s+$/.test(text.slice(words[start - 1].end, words[start].start))) start--;
  if (end - start >= MAX_ROLE_WORDS || hasTag(words[start].lower, ...CLAUSE_TAGS)) return undefined;
  while (start < end && DETERMINERS.has(words[start].lower)) start++;
  if (start < end && NON_NAME_CAPITALS.has(words[start].lower)) return undefined;
  for (let k = start; k < end; k++) if (isVerbForm(words[k].lower)) return undefined;
  return start < end && headedByRole(article, start, end) ? roleSpan(text, words[start].start, words[end - 1].end) : undefined;
}

/** The word can only be a verb or clause word, so a phrase holding it is a clause, not a title ("as talks ended"). */
function isVerbForm(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && tags.every((t) => VERB_TAGS.has(t));
}

/** Word index after a comma-delimited phrase starting at `first` (the phrase stops at , ; : . — ( ) or a quote). */
function phraseEnd(article: ArticleWords, first: number): number {
  const { words, text } = article;
  let end = first + 1;
  while (end < words.length && end - first < MAX_ROLE_WORDS && words[end].sentence === words[first].sentence && /^\s+$/.test(text.slice(words[end - 1].end, words[end].start))) end++;
  return end;
}

/** The phrase's head (its last word before of/at/in/who …) is a role noun. */
export function headedByRole(article: ArticleWords, first: number, end: number): boolean {
  const head = headIndex(article.words, first, end);
  return head >= 0 && ROLE_NOUNS.has(article.words[head].lower) && !article.words[head].possessive;
}

export function headIndex(words: Word[], first: number, end: number): number {
  let k = first;
  while (k < end && !HEAD_ENDERS.has(words[k].lower)) k++;
  return k - 1 >= first ? k - 1 : -1;
}

function hasRoleNoun(words: Word[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (ROLE_NOUNS.has(words[k].lower) && !words[k].possessive) return true;
  return false;
}

function roleSpan(text: string, start: number, end: number): Role {
  return { start, end, text: text.slice(start, end) };
}

/** What a role says, for matching a role-only reference ("a Kremlin spokesperson") to a named holder. */
export interface RoleSignature {
  head: string;
  side?: string;
  modifiers: Set<string>;
  /** Capitalised words that narrow the role without naming a side we know ("Florida senator", "Ohio governor"). */
  qualifiers: Set<string>;
}

const HEAD_SYNONYMS: Record<string, string> = {
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokesmen: 'spokesperson', spokeswomen: 'spokesperson',
  advisor: 'adviser', chairman: 'chair', chairwoman: 'chair', chairperson: 'chair', congressman: 'congressperson',
  congresswoman: 'congressperson', councilman: 'councillor', councilwoman: 'councillor', councilor: 'councillor',
  // One person's lawyer or representative, whichever word the next sentence uses ("her publicist" … "the rep").
  attorney: 'lawyer', counsel: 'lawyer', rep: 'representative', publicist: 'representative', physician: 'doctor',
};

export function roleSignature(article: ArticleWords, span: Span): RoleSignature | undefined {
  const { words } = article;
  const [start, end] = wordsIn(words, span.start, span.end);
  let first = start;
  while (first < end && DETERMINERS.has(words[first].lower)) first++;
  const head = headIndex(words, first, end);
  if (head < 0 || !ROLE_NOUNS.has(words[head].lower)) return undefined;
  const modifiers = new Set<string>();
  const qualifiers = new Set<string>();
  for (let k = first; k < head; k++) {
    const lower = words[k].lower;
    if (TITLE_MODIFIERS.has(lower)) modifiers.add(lower);
    else if (words[k].capitalised && !AFFILIATION_TERMS.has(lower) && !ROLE_NOUNS.has(lower) && !hasTag(lower, 'Demonym')) qualifiers.add(lower);
  }
  return { head: HEAD_SYNONYMS[words[head].lower] ?? words[head].lower, side: affiliationOf(article.text.slice(words[first].start, words[head].end)), modifiers, qualifiers };
}

/** How well a named holder's role fits a role-only reference: 0 = not at all. */
export function roleFit(reference: RoleSignature, held: RoleSignature): number {
  if (reference.head !== held.head) return 0;
  if (reference.side && held.side && reference.side !== held.side) return 0;
  if (reference.qualifiers.size > 0 && held.qualifiers.size > 0 && ![...reference.qualifiers].some((q) => held.qualifiers.has(q))) return 0;
  let fit = 1;
  if (reference.side && reference.side === held.side) fit += 2;
  for (const modifier of reference.modifiers) fit += held.modifiers.has(modifier) ? 1 : -0.5;
  return Math.max(fit, 0.1);
}

