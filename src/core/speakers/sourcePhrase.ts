/**
 * What an attribution's source phrase is: a name, a pronoun, a role-only reference, an institution, a document
 * standing for its author, a group or an unnamed source. Decided by the phrase's names (from the capitals scan) and
 * its head noun against the general lists in `./lexicon`.
 */
import { ratioLength } from '../text/ratios';
import type { Span } from '../types';
import { candidatesIn, type NameCandidate } from './candidates';
import { hasTag } from './compromiseLexicon';
import { MONTHS, WEEKDAYS } from '../text/calendar';
import {
  ANONYMITY_MARKERS, ANONYMOUS_HEADS, AUTHOR_PREPOSITIONS, BUSINESS_DESCRIPTION_NOUNS, DOCUMENT_NOUNS, GOVERNMENT_METONYMS, GROUP_NOUNS, INSTITUTION_NOUNS,
  ORGANIZATION_NAME_WORDS, PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, ROLE_NOUNS,
} from './lexicon';
import { descriptionHead, type DescriptionHead } from './descriptions';
import { headIndex } from './roles';
import { wordsIn, type ArticleWords } from './words';

export type SourceReading =
  | { kind: 'person'; name: NameCandidate }
  | { kind: 'pronoun'; mention: Span; pronoun: string }
  | { kind: 'relative'; mention: Span }
  | { kind: 'role'; mention: Span; description: Span; another: boolean }
  /** A definite description renaming a person of the story ("the Starfall star", "the 45-year-old"). */
  | { kind: 'description'; mention: Span; description: Span; head: DescriptionHead }
  /** `renames`: the words of a definite description ("the budget office"), head last, that may rename an organisation named before. */
  | { kind: 'organization'; mention: Span; name: string; key: string; place: boolean; renames?: string[] }
  | { kind: 'document'; mention: Span; author?: NameCandidate }
  | { kind: 'group'; mention: Span; name: string }
  /** `role`: what the phrase says of the unnamed source after its head ("involved in the talks"). */
  | { kind: 'anonymous'; mention: Span; name: string; role?: Span };

const LEADING_DETERMINERS = new Set(['a', 'an', 'the', 'another', 'some', 'one', 'two', 'three', 'four', 'five', 'several', 'many', 'most', 'other', 'both']);
const DEFINITE = new Set(['the']);
const DEMONSTRATIVES = new Set(['the', 'this', 'that']);
/** What may lie between a name and its appositive: a parenthetical ("(D-Md.)"), then a comma. */
const APPOSITIVE_AFTER_NAME = /^\s*(?:\([^)]*\)\s*)?,/;
/** How far a name may reach outside a source span that cuts into it. */
const NAME_REACH = 60;

export function readSource(article: ArticleWords, candidates: readonly NameCandidate[], source: Span): SourceReading | undefined {
  const { words, text } = article;
  const [first, wordsEnd] = wordsIn(words, source.start, source.end);
  let last = wordsEnd;
  if (first >= last) return undefined;
  const phrase: Span = { start: words[first].start, end: words[last - 1].end };
  const pronoun = pronounReading(article, first, last, phrase);
  if (pronoun) return pronoun;
  // A parenthetical after the name ("Sen. Claire Ames (D-Mo.)") is not the phrase's head.
  while (last - 1 > first && insideParenthesis(text.slice(words[first].start, words[last - 1].start))) last--;
  const coreFirst = coreStart(words, first, last);
  const head = headIndex(words, coreFirst, last);
  const headEnd = head >= 0 ? words[head].end : phrase.end;
  // A source cut inside a name ("Oleksandr" of "Oleksandr Chaly") still means the whole name.
  const inPhrase = candidatesIn(candidates, Math.max(0, phrase.start - NAME_REACH), phrase.end + NAME_REACH).filter((c) => c.start < phrase.end && c.end > phrase.start);
  const cutByPhrase = (c: NameCandidate): boolean => c.end > phrase.end || c.start < phrase.start;
  const beforeTail = inPhrase.filter((c) => c.start < headEnd && (c.end <= headEnd || cutByPhrase(c)));
  const person = [...beforeTail].reverse().find((c) => !c.possessive && (c.kind === 'person' || c.kind === 'unknown'));
  const headWord = head >= 0 ? words[head] : words[last - 1];
  const headLower = headWord.lower;
  const coreSpan: Span = { start: words[coreFirst].start, end: headEnd };
  const description = (span: Span): string => text.slice(span.start, span.end);

  const apposed = apposedName(text, inPhrase, words[coreFirst].start, phrase);
  if (apposed) return { kind: 'person', name: apposed };
  // A name before a lower-case head only modifies it ("the Christie supporter", "the Trump campaign").
  // "Rep. Ana Ruiz (D-Ore.), chair of the panel": a name before its own appositive is the head.
  const appositiveFollows = person !== undefined && head >= 0 && person.end < words[head].start && APPOSITIVE_AFTER_NAME.test(text.slice(person.end, words[head].start));
  if (person && (person.end === headEnd || cutByPhrase(person) || appositiveFollows || (headWord.capitalised && !isCommonHead(headLower)))) return { kind: 'person', name: person };
  // A possessive name alone stands for its owner ("Donald Trump’s" as the source of "… claim that …").
  const owner = inPhrase.find((c) => c.possessive && c.end <= headEnd && c.start === words[coreFirst].start && words[last - 1].end <= c.end + 2);
  if (owner && owner.kind !== 'place') return owner.kind === 'organization' ? organizationReading(owner, article, phrase.end) : { kind: 'person', name: owner };

  if (DOCUMENT_NOUNS.has(headLower)) {
    const author = beforeTail.find((c) => c.kind === 'organization' || c.kind === 'person' || c.kind === 'unknown') ?? authorAfter(article, inPhrase, head, last) ?? capitalisedAuthor(article, coreFirst, head);
    return { kind: 'document', mention: phrase, author };
  }
  if (ANONYMITY_MARKERS.test(description(phrase)) || ANONYMOUS_HEADS.has(headLower)) {
    const role = head >= 0 && head + 1 < last ? { start: words[head + 1].start, end: phrase.end } : undefined;
    return { kind: 'anonymous', mention: phrase, name: description(coreSpanFrom(article, first, last, phrase)), role };
  }
  const named = [...beforeTail].reverse().find((c) => !c.possessive && (c.kind === 'organization' || c.kind === 'place'));
  if (named && named.end === headEnd) return organizationReading(named, article, phrase.end, coreFirst);
  if (GROUP_NOUNS.has(headLower) || (headLower.endsWith('s') && ROLE_NOUNS.has(headLower.slice(0, -1)))) {
    return { kind: 'group', mention: phrase, name: capitalise(description(coreSpan)) };
  }
  if (ROLE_NOUNS.has(headLower)) {
    const end = beforeAside(article, head, last) ?? phrase.end;
    return { kind: 'role', mention: { start: phrase.start, end }, description: { start: words[coreFirst].start, end }, another: words[first].lower === 'another' };
  }
  const described = DEMONSTRATIVES.has(words[first].lower) && !headWord.capitalised ? descriptionHead(headLower) : undefined;
  if (described) return { kind: 'description', mention: phrase, description: coreSpanFrom(article, first, last, phrase), head: described };
  // A lone capitalised word that speaks is a surname even when it is also a common noun ("Hunter told Politico").
  if (headWord.capitalised && head === coreFirst && last - first <= 2 && !INSTITUTION_NOUNS.has(headLower) && !ORGANIZATION_NAME_WORDS.has(headLower) && !isAcronym(headWord.text)) {
    return { kind: 'person', name: loneWordCandidate(article, head) };
  }
  const definite = DEFINITE.has(words[first].lower);
  // "the Trump campaign", "the government in Beijing" name their organisation already; "the US software giant" renames one.
  const lowerCase = head >= 0 && words.slice(coreFirst, last).every((w) => !w.capitalised || isNationality(w.lower));
  const renames = definite && lowerCase && (INSTITUTION_NOUNS.has(headLower) || BUSINESS_DESCRIPTION_NOUNS.has(headLower)) ? words.slice(coreFirst, head + 1).map((w) => w.lower) : undefined;
  if (INSTITUTION_NOUNS.has(headLower) || headWord.capitalised || renames) {
    const name = description(coreSpan);
    return { kind: 'organization', mention: definite ? coreSpan : phrase, name, key: organizationKey(name), place: false, renames };
  }
  return { kind: 'anonymous', mention: phrase, name: description(coreSpanFrom(article, first, last, phrase)) };
}

/**
 * "A message from the Velm Front", "a tally by the Tarrow Courier", "a letter from union leader Osk Brand": the
 * document's author named after its head. A person heads such a phrase where one is named, else an organisation.
 */
function authorAfter(article: ArticleWords, inPhrase: readonly NameCandidate[], head: number, last: number): NameCandidate | undefined {
  const { words } = article;
  if (head < 0 || head + 2 >= last || !AUTHOR_PREPOSITIONS.has(words[head + 1].lower)) return undefined;
  const named = inPhrase.filter((c) => c.start >= words[head + 2].start && c.end <= words[last - 1].end && !c.possessive);
  return [...named].reverse().find((c) => c.kind === 'person') ?? named.find((c) => c.kind === 'organization' || c.kind === 'unknown');
}

/** Where the phrase's core starts, after its determiners: "the | mayor", "Six in 10 | voters", "One of the | officials". */
function coreStart(words: ArticleWords['words'], first: number, last: number): number {
  let core = first;
  // "Six in 10 voters": the ratio is the phrase's determiner, its head the noun it counts.
  const ratio = ratioLength((k) => (k < last ? words[k].lower : undefined), core);
  if (ratio > 0 && core + ratio < last) core += ratio;
  while (core < last - 1 && LEADING_DETERMINERS.has(words[core].lower)) core++;
  // "One of the officials", "Many of the local leaders": a part of a group is named by the group.
  if (core > first && core < last - 1 && words[core].lower === 'of') {
    core++;
    while (core < last - 1 && LEADING_DETERMINERS.has(words[core].lower)) core++;
  }
  return core;
}

/** A lone pronoun, or a personal pronoun after the phrase's last comma. */
function pronounReading(article: ArticleWords, first: number, last: number, phrase: Span): SourceReading | undefined {
  const { words, text } = article;
  if (last - first === 1) {
    const lower = words[first].lower;
    if (PERSONAL_PRONOUNS.has(lower)) return { kind: 'pronoun', mention: phrase, pronoun: lower };
    if (RELATIVE_PRONOUNS.has(lower)) return { kind: 'relative', mention: phrase };
  }
  // "…, he" ("X left a statement for the press, he said"): the pronoun after the last comma is the one who speaks.
  const lastLower = words[last - 1].lower;
  if (last - first > 1 && PERSONAL_PRONOUNS.has(lastLower) && text.slice(words[last - 2].end, words[last - 1].start).includes(',')) {
    return { kind: 'pronoun', mention: { start: words[last - 1].start, end: words[last - 1].end }, pronoun: lastLower };
  }
  return undefined;
}

/** The person an appositive in the phrase names: the name the phrase opens with, else a name after a comma. */
function apposedName(text: string, inPhrase: readonly NameCandidate[], coreStart: number, phrase: Span): NameCandidate | undefined {
  // "Anna Lind, the editor of the city's weekly, The Harbour Times": a phrase that opens with a name is that person.
  const leadingName = inPhrase.find((c) => !c.possessive && c.kind === 'person' && c.start <= coreStart && c.end > coreStart && APPOSITIVE_AFTER_NAME.test(text.slice(c.end, phrase.end)));
  // An appositive inside the phrase names its holder ("another negotiator at the talks, Oleksandr Chaly").
  return leadingName ?? inPhrase.find((c) => !c.possessive && c.kind === 'person' && c.start > phrase.start && /,\s*$/.test(text.slice(phrase.start, c.start)));
}

/** "The mayor, who spoke to CBC News on Tuesday,": where the role ends before a relative clause set off by a comma. */
function beforeAside(article: ArticleWords, head: number, last: number): number | undefined {
  const { words, text } = article;
  for (let k = head + 1; k < last; k++) {
    if (['who', 'which', 'whose'].includes(words[k].lower) && text.slice(words[k - 1].end, words[k].start).includes(',')) return words[k - 1].end;
  }
  return undefined;
}

function insideParenthesis(prefix: string): boolean {
  let depth = 0;
  for (const c of prefix) depth += c === '(' ? 1 : c === ')' ? -1 : 0;
  return depth > 0;
}

function loneWordCandidate(article: ArticleWords, index: number): NameCandidate {
  const word = article.words[index];
  const end = word.start + word.text.replace(/['’]s?$/, '').length;
  return { first: index, last: index + 1, start: word.start, end, text: article.text.slice(word.start, end), kind: 'unknown', hasGivenName: false, possessive: false, titled: false };
}

/**
 * "an Associated Press-GfK poll": capitals the scan read as no name, before a lower-case document noun, name who
 * published it; not a date ("a June poll"), nor a sentence's first word ("Their analysis shows").
 */
function capitalisedAuthor(article: ArticleWords, first: number, head: number): NameCandidate | undefined {
  const { words, text } = article;
  if (head <= first || words[head].capitalised || article.sentenceStarts[words[first].sentence] === first) return undefined;
  if (!words.slice(first, head).every((w) => w.capitalised && !w.possessive && !WEEKDAYS.has(w.lower) && !MONTHS.has(w.lower))) return undefined;
  const [start, end] = [words[first].start, words[head - 1].end];
  return { first, last: head, start, end, text: text.slice(start, end), kind: 'organization', hasGivenName: false, possessive: false, titled: false };
}

function isAcronym(word: string): boolean {
  const bare = word.replace(/['’]s?$/, '').replace(/\./g, '');
  return bare.length >= 2 && bare === bare.toUpperCase();
}

/** End of an "of" + capitalised words tail that completes an organisation's name ("Department | of Education"). */
function ofTailEnd(article: ArticleWords, next: number, limit: number): number | undefined {
  const { words, text } = article;
  if (next + 1 >= words.length || words[next].lower !== 'of' || text.slice(words[next - 1].end, words[next].start) !== ' ') return undefined;
  let k = next + 1;
  while (k < words.length && words[k].capitalised && !words[k].possessive && words[k].end <= limit && text.slice(words[k - 1].end, words[k].start) === ' ') k++;
  return k > next + 1 ? words[k - 1].end : undefined;
}

/**
 * "Harlow County Sheriff's | Department", "District Attorney's | Office": an office named after its holder starts at
 * the capitalised words before the holder's possessive, which the capitals scan ends a name at.
 */
function holderOfficeStart(article: ArticleWords, first: number, floor: number): number {
  const { words, text } = article;
  const adjoins = (k: number): boolean => k >= floor && words[k].capitalised && text.slice(words[k].end, words[k + 1].start) === ' ';
  let k = first - 1;
  if (!adjoins(k) || !words[k].possessive || !ROLE_NOUNS.has(words[k].lower)) return first;
  while (adjoins(k - 1) && !words[k - 1].possessive) k--;
  return k;
}

/** A named organisation, or a place standing for its government ("Moscow" → Russia). */
function organizationReading(named: NameCandidate, article: ArticleWords, limit: number, floor = named.first): SourceReading {
  if (named.kind !== 'place') {
    const end = ofTailEnd(article, named.last, limit) ?? named.end;
    const start = article.words[holderOfficeStart(article, named.first, floor)].start;
    const name = article.text.slice(start, end);
    return { kind: 'organization', mention: { start, end }, name, key: organizationKey(name), place: false };
  }
  const key = organizationKey(named.text);
  const mention = { start: named.start, end: named.end };
  const state = GOVERNMENT_METONYMS.get(key) ?? named.text;
  return { kind: 'organization', mention, name: state, key: state.toLowerCase(), place: true };
}

/** The phrase without a leading determiner ("a source familiar with the talks" → "source familiar with the talks"). */
function coreSpanFrom(article: ArticleWords, first: number, last: number, phrase: Span): Span {
  const { words } = article;
  return words[first].lower === 'a' || words[first].lower === 'an' || words[first].lower === 'the' ? { start: words[Math.min(first + 1, last - 1)].start, end: phrase.end } : phrase;
}

/** Nationalities compromise's lexicon files as other words ("us" a pronoun, "british" an adjective). */
const NATIONALITY_WORDS = new Set(['us', 'uk', 'eu', 'british', 'european', 'english', 'french', 'dutch', 'irish', 'scottish', 'welsh', 'swiss', 'greek']);

/** "US", "German": where a business is from says nothing of which one it is. */
function isNationality(lower: string): boolean {
  const bare = lower.replace(/\./g, '');
  return NATIONALITY_WORDS.has(bare) || hasTag(bare, 'Demonym', 'Country');
}

/** A head noun that is not itself a name: "the Trump campaign" is the campaign, not Trump. */
function isCommonHead(lower: string): boolean {
  return DOCUMENT_NOUNS.has(lower) || INSTITUTION_NOUNS.has(lower) || GROUP_NOUNS.has(lower) || ROLE_NOUNS.has(lower) || ANONYMOUS_HEADS.has(lower);
}

/** Lower case, no leading "the", no possessive: "The Financial Times" and "Financial Times’" are one key. */
export function organizationKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s?$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
