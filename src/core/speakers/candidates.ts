/**
 * Proper-name candidates from a cheap scan of capitalised words. compromise's `people()` folds titles into names
 * ("Secretary John Kirby") and splits institutions ("Pentagon Press"), and tagging every sentence would cost more
 * than the whole analysis may, so runs of capitals are read here with compromise's lexicon plus the lists in
 * `./lexicon`.
 */
import { givenNameGender, hasTag, isCommonWord, isGivenName, isPlaceName, lexiconTags, type NameGender } from './compromiseLexicon';
import {
  AFFILIATION_TERMS, AL_ORGANIZATION_NAMES, DOCUMENT_NOUNS, GOVERNMENT_METONYMS, GROUP_NOUNS, INSTITUTION_NOUNS,
  NON_NAME_CAPITALS, ORGANIZATION_NAME_WORDS, PARTY_LABELS, PLACE_HEAD_SURNAMES, PLACE_HEAD_WORDS, PLACE_OPENING_WORDS, ROLE_NOUNS,
  STREET_WORDS, TITLE_MODIFIERS, VENUE_HEAD_WORDS,
} from './lexicon';
import type { ArticleWords, Word } from './words';

export type CandidateKind = 'person' | 'organization' | 'place' | 'unknown';

export interface NameCandidate {
  /** Word indices [first, last) of the name itself, honorific included, title excluded. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The name as printed, without a possessive ending ("Mr. Zelenskyy"). */
  text: string;
  kind: CandidateKind;
  hasGivenName: boolean;
  gender?: NameGender;
  /** The name is a possessive modifier ("Zelenskyy’s office"), not the head of its phrase. */
  possessive: boolean;
  /** A title or honorific printed right before it ("President Biden", "Mr. Blake"). */
  titled: boolean;
}

const HONORIFIC_GENDER: Record<string, NameGender | undefined> = {
  mr: 'male', mrs: 'female', ms: 'female', miss: 'female', sir: 'male', dame: 'female', lord: 'male', lady: 'female',
};
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'rev', 'sir', 'dame', 'lord', 'lady']);
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el']);
const NOT_NAMES = new Set([...ROLE_NOUNS, ...GROUP_NOUNS, ...INSTITUTION_NOUNS, ...DOCUMENT_NOUNS, ...NON_NAME_CAPITALS, ...PARTY_LABELS]);
const PARTY_STATE_TAG = /^[RDI]-\p{Lu}/u;
/** Hostile input (thousands of capitalised words in a row) must stay linear: longer runs are cut. */
const MAX_RUN_WORDS = 8;

/** Membership in the article's lower-case words: the only thing a scan needs to know about the rest of the article. */
export interface WordSet {
  has(lower: string): boolean;
}

/**
 * A word the article also prints in lower case is a common word ("minimum wage"), whatever compromise's lexicon
 * (a few thousand words) says: names are not written in lower case.
 */
export function lowerCaseWordsOf(words: readonly Word[]): Set<string> {
  const lower = new Set<string>();
  for (const word of words) if (!word.capitalised) lower.add(word.lower);
  return lower;
}

/**
 * Name candidates among words [first, last) of `article`, a stretch no run of capitals crosses out of (a line, say):
 * `lowerCaseWords` are the whole article's.
 */
export function findNameCandidates(article: ArticleWords, lowerCaseWords: WordSet, first = 0, last = article.words.length): NameCandidate[] {
  const { words, text } = article;
  const candidates: NameCandidate[] = [];
  let i = first;
  while (i < last) {
    if (!words[i].capitalised || COMPOUND_MODIFIER.test(words[i].text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < last && j - i < MAX_RUN_WORDS && continuesRun(text, words, j)) j++;
    collectFromRun(article, i, j, candidates, lowerCaseWords);
    i = j;
  }
  return candidates;
}

/** Candidates lying inside [start, end), found by binary search: `candidates` are in text order. */
export function candidatesIn(candidates: readonly NameCandidate[], start: number, end: number): NameCandidate[] {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const inside: NameCandidate[] = [];
  for (let i = lo; i < candidates.length && candidates[i].start < end; i++) if (candidates[i].end <= end) inside.push(candidates[i]);
  return inside;
}

/** "Ohio-based", "GOP-led", "Texas-born": a capital joined to a lower-case participle describes whoever follows. */
const COMPOUND_MODIFIER = /^\p{Lu}[\p{L}.]*-(?:\p{Ll}+ed|born)$/u;

/** Word j continues the run of capitals before it: same sentence, only a space (or an abbreviation's period) between. */
function continuesRun(text: string, words: Word[], j: number): boolean {
  const previous = words[j - 1];
  const word = words[j];
  if (previous.possessive || word.sentence !== previous.sentence) return false;
  const gap = text.slice(previous.end, word.start);
  const joined = gap === ' ' || (gap === '. ' && (HONORIFICS.has(previous.lower) || previous.lower.length === 1));
  if (!joined) return false;
  if (word.capitalised) return !COMPOUND_MODIFIER.test(word.text);
  return NAME_PARTICLES.has(word.lower) && j + 1 < words.length && words[j + 1].capitalised && text.slice(word.end, words[j + 1].start) === ' ';
}

/** Splits a run of capitals into its leading title words and the name, and classifies the name. */
function collectFromRun(article: ArticleWords, first: number, last: number, out: NameCandidate[], lowerCaseWords: WordSet): void {
  const { words } = article;
  if (isAgencyName(words, first, last)) {
    out.push(agencyCandidate(article, first, last));
    return;
  }
  let nameStart = first;
  while (nameStart < last && isNonNameCapital(words, nameStart, first, last)) nameStart++;
  const afterTitles = nameAfterTitles(words, nameStart, last);
  nameStart = afterTitles.start;
  const { titled } = afterTitles;
  if (nameStart >= last) return;
  // US party-and-state tags ("(D-Md.)", "R-Texas") follow names; they are not names themselves.
  if (last - nameStart === 1 && PARTY_STATE_TAG.test(words[nameStart].text)) return;
  // An epithet before a full name ("Crooked Hillary Clinton") is not part of it.
  if (last - nameStart >= 3 && isCommonWord(words[nameStart].lower) && !HONORIFICS.has(words[nameStart].lower) && !isGivenName(words[nameStart].lower) && isGivenName(words[nameStart + 1].lower)) nameStart++;
  const honorific = HONORIFICS.has(words[nameStart].lower) && nameStart + 1 < last;
  const coreStart = honorific ? nameStart + 1 : nameStart;
  const core = words.slice(coreStart, last);
  const lowerCore = core.map((w) => w.lower);
  const joinedLower = lowerCore.join(' ');
  const hasGivenName = core.length >= 2;
  let kind: CandidateKind;
  if (honorific || titled || givenNameAndBrandSurname(lowerCore)) kind = 'person';
  else if (isOrganizationName(core)) kind = 'organization';
  else if (GOVERNMENT_METONYMS.has(joinedLower) || (core.length === 1 && (isPlaceName(lowerCore[0]) || hasTag(lowerCore[0], 'Demonym')))) kind = 'place';
  else if (core.length >= 2 && (isPlaceName(joinedLower) || namesPlace(lowerCore))) kind = 'place';
  else if (core.length >= 2 && namesVenueOrTeam(lowerCore)) kind = 'organization';
  else if (core.length >= 2 && looksLikePersonName(lowerCore, lowerCaseWords)) kind = 'person';
  else if (core.length === 1 && hasTag(lowerCore[0], 'Person', 'LastName')) kind = 'person';
  else if (core.length === 1 && couldBeSurname(lowerCore[0]) && !lowerCaseWords.has(lowerCore[0]) && !isAcronym(core[0])) kind = 'unknown';
  else if (core.length === 1 && isGivenName(lowerCore[0]) && !isCommonWord(lowerCore[0])) kind = 'unknown';
  else return;
  const lastWord = words[last - 1];
  const end = lastWord.possessive ? lastWord.start + lastWord.text.replace(/['’]s?$/, '').length : lastWord.end;
  const start = words[nameStart].start;
  out.push({
    first: nameStart,
    last,
    start,
    end,
    text: article.text.slice(start, end),
    kind,
    hasGivenName: kind === 'person' && hasGivenName,
    gender: (honorific ? HONORIFIC_GENDER[words[nameStart].lower] : undefined) ?? (core.length >= 2 || isGivenName(lowerCore[0]) ? givenNameGender(lowerCore[0]) : undefined),
    possessive: lastWord.possessive,
    titled: honorific || titled,
  });
}

/**
 * Titles and institutions before the name ("Pentagon Press Secretary John Kirby", "Secretary of State Antony
 * Blinken"): the name starts at a given name that only title words precede, else after the last role noun.
 */
function nameAfterTitles(words: Word[], from: number, last: number): { start: number; titled: boolean } {
  let lastRoleWord = -1;
  for (let k = from; k < last - 1; k++) {
    const lower = words[k].lower;
    if (k > from && isGivenName(lower) && words.slice(from, k).every((w) => isTitleWord(w.lower))) {
      // An honorific right before the given name stays with the name ("Democratic Sen. Claire Ames").
      return { start: HONORIFICS.has(words[k - 1].lower) ? k - 1 : k, titled: lastRoleWord >= 0 };
    }
    // "Texas Gov. Greg Abbott", "Tarrow Homicide Capt. Jorn Vell": an honorific inside the run opens the name; the
    // capitals before it (a place, a unit) qualify the title.
    if (k > from && HONORIFICS.has(lower) && !ORGANIZATION_NAME_WORDS.has(words[k + 1].lower)) return { start: k, titled: false };
    if (ROLE_NOUNS.has(lower)) lastRoleWord = k;
  }
  return lastRoleWord >= 0 ? { start: lastRoleWord + 1, titled: true } : { start: from, titled: false };
}

/** Words that name a government agency before its country ("Statistics Canada", "Public Health England"). */
const AGENCY_WORDS: ReadonlySet<string> = new Set(['statistics', 'environment', 'health', 'parks', 'elections', 'transport', 'immigration',
  'fisheries', 'justice', 'finance', 'sport', 'public', 'global', 'affairs', 'employment', 'revenue', 'service', 'services',
  'veterans', 'heritage', 'agriculture', 'industry', 'innovation', 'housing', 'infrastructure', 'defence', 'trade']);

function agencyCandidate(article: ArticleWords, first: number, last: number): NameCandidate {
  const { words } = article;
  const lastWord = words[last - 1];
  const start = words[first].start;
  const end = lastWord.possessive ? lastWord.start + lastWord.text.replace(/['’]s?$/, '').length : lastWord.end;
  return { first, last, start, end, text: article.text.slice(start, end), kind: 'organization', hasGivenName: false, possessive: words[last - 1].possessive, titled: false };
}

/** "Statistics Canada", "Environment Canada", "Public Health England": an agency, not a person or the country. */
function isAgencyName(words: Word[], first: number, last: number): boolean {
  if (last - first < 2 || !isPlaceName(words[last - 1].lower.replace(/['’]s?$/, ''))) return false;
  for (let k = first; k < last - 1; k++) if (!AGENCY_WORDS.has(words[k].lower)) return false;
  return true;
}

/** A capitalised word that only starts a sentence or clause ("The", "But", "Speaking"), not "Frank" of "Frank Lockridge". */
function isNonNameCapital(words: Word[], k: number, runStart: number, runEnd: number): boolean {
  const word = words[k];
  if (NON_NAME_CAPITALS.has(word.lower)) return true;
  const sentenceInitial = k === runStart && (k === 0 || words[k - 1].sentence !== word.sentence);
  const givenNameOfRun = isGivenName(word.lower) && k + 1 < runEnd && couldBeSurname(words[k + 1].lower);
  return sentenceInitial && !givenNameOfRun && isCommonWord(word.lower) && !HONORIFICS.has(word.lower) && !ROLE_NOUNS.has(word.lower) && !hasTag(word.lower, 'Demonym');
}

function isTitleWord(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || HONORIFICS.has(lower) || TITLE_MODIFIERS.has(lower) || AFFILIATION_TERMS.has(lower) || ORGANIZATION_NAME_WORDS.has(lower) || hasTag(lower, 'Demonym');
}

/**
 * Two or more capitals that name a person: an unknown last word (surnames mostly are) after a given name or a word
 * compromise only knows as a bare noun ("Max"); headline capitals ("Signal Progress Being Made") end in common words.
 */
function looksLikePersonName(lowerCore: string[], lowerCaseWords: WordSet): boolean {
  const lastWord = lowerCore[lowerCore.length - 1];
  // Many surnames are also given names ("Chris Christie", "LeBron James").
  // After a given name, a capitalised common word is a surname too ("Melanie Price", "Jeb Bush").
  const afterGivenName = isGivenName(lowerCore[0]) && !isPlaceName(lowerCore[0]) && !NOT_NAMES.has(lastWord) && !isPlaceName(lastWord) && !hasTag(lastWord, 'Demonym');
  if (!afterGivenName && lowerCaseWords.has(lastWord)) return false;
  const lastIsName = afterGivenName || couldBeSurname(lastWord) || hasTag(lastWord, 'LastName', 'Person') || (isGivenName(lastWord) && !NOT_NAMES.has(lastWord));
  if (!lastIsName) return false;
  // A particle after a given name is part of the surname ("Anna de Varrin", "Marta Le Varrin"); elsewhere it may open
  // a title or a street ("Le Monde", "Rue de Castel"), so there it counts as any other word.
  const particleOk = isGivenName(lowerCore[0]);
  return lowerCore.slice(0, -1).every((w, k) => (particleOk && k > 0 && NAME_PARTICLES.has(w)) || isGivenName(w) || !isCommonWord(w) || isBareNoun(w) || w.length === 1);
}

function couldBeSurname(lower: string): boolean {
  if (isCommonWord(lower) || isGivenName(lower) || NOT_NAMES.has(lower)) return false;
  // A plural of a common noun ("Analysts", "Negotiators") is not a surname.
  return !(lower.endsWith('s') && (isCommonWord(lower.slice(0, -1)) || NOT_NAMES.has(lower.slice(0, -1))));
}

function isBareNoun(lower: string): boolean {
  return lexiconTags(lower).every((t) => t === 'Noun' || t === 'Singular');
}

/**
 * "Michael Bloomberg", "Harrison Ford", "Mark Cuban": a given name before a word that also names a company or a people
 * is a person. A common word after it ("Washington Post" aside, "Houston Chronicle") keeps the organization reading.
 */
function givenNameAndBrandSurname(lowerCore: string[]): boolean {
  if (lowerCore.length !== 2) return false;
  const [given, surname] = lowerCore;
  if (!isGivenName(given) || isCommonWord(given) || isPlaceName(given)) return false;
  const demonym = hasTag(surname, 'Demonym');
  return !isPlaceName(surname) && (demonym || BRAND_SURNAMES.has(surname) || hasTag(surname, 'Organization'));
}

/**
 * "Persian Gulf", "Harlow County", "Elm Street", "Central America" (no surname is a country), "Avenue Montaigne";
 * "Caspian Bay" but not "Ricki Lake".
 */
function namesPlace(lowerCore: string[]): boolean {
  const last = lowerCore[lowerCore.length - 1];
  const opening = PLACE_OPENING_WORDS.has(lowerCore[0]) && !isGivenName(lowerCore[0]);
  return opening || STREET_WORDS.has(last) || PLACE_HEAD_WORDS.has(last) || hasTag(last, 'Country') || (PLACE_HEAD_SURNAMES.has(last) && !isGivenName(lowerCore[0]));
}

/**
 * "Arrowhead Stadium", "Shavlik Technologies"; "Tarrow Colts", a team named after its city; not "Charlotte Church".
 */
function namesVenueOrTeam(lowerCore: string[]): boolean {
  if (isGivenName(lowerCore[0])) return false;
  const last = lowerCore[lowerCore.length - 1];
  const home = lowerCore.slice(0, -1).join(' ');
  return VENUE_HEAD_WORDS.has(last) || (last.endsWith('s') && (isPlaceName(lowerCore[0]) || isPlaceName(home)) && lowerCore.length <= 3);
}

/** Company and outlet names that are also surnames; a generic organization word ("College", "Observer") is not one. */
const BRAND_SURNAMES: ReadonlySet<string> = new Set(['bloomberg', 'fox', 'dell', 'ford', 'reuters', 'hill', 'sun', 'star', 'street']);

function isOrganizationName(core: Word[]): boolean {
  if (core.length === 1 && isAcronym(core[0]) && !GOVERNMENT_METONYMS.has(core[0].lower)) return true;
  // "Al Qaeda": the Arabic article before a name the organisation lists know; "Al Ruiz" is a given name and a surname.
  const arabicArticleName = core.some((w, k) => w.lower === 'al' && k + 1 < core.length && AL_ORGANIZATION_NAMES.has(core[k + 1].lower));
  // "Sun-Times", "Post-Dispatch": a paper's name joins two of its words with a hyphen.
  const organizationWord = (lower: string): boolean => ORGANIZATION_NAME_WORDS.has(lower) || hasTag(lower, 'Organization');
  return arabicArticleName || core.some((w) => organizationWord(w.lower) || (w.lower.includes('-') && w.lower.split('-').some((part) => part.length > 2 && organizationWord(part))));
}

function isAcronym(word: Word): boolean {
  const bare = word.text.replace(/['’]s?$/, '').replace(/\./g, '');
  return bare.length >= 2 && bare === bare.toUpperCase() && /\p{Lu}/u.test(bare);
}
