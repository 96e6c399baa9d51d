/**
 * Noun-phrase and adjunct boundaries over tokens. compromise's chunker would find these too, but only after tagging the
 * whole sentence; news attribution needs just the phrase next to a cue, so a walk over word classes is enough and keeps
 * the cost per cue constant.
 */
import { isUpperStart } from '../text/chars';
import type { Token } from '../text/tokens';
import { SUBJECT_PRONOUNS, wordClass } from '../text/words';

export interface TokenRange {
  first: number;
  last: number;
}

const MAX_PHRASE = 14;
const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'in', 'from', 'on', 'to']);
const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'prof', 'st', 'jr', 'sr', 'u.s', 'u.n', 'u.k', 'maj', 'capt', 'sgt', 'adm', 'rev', 'atty', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'inc', 'corp', 'co', 'ltd']);

/** Adverbs and auxiliaries that may stand between a subject and its reporting verb ("has also repeatedly said"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'did', 'does',
  'do', 'also', 'not', 'never', 'again', 'then', 'later', 'earlier', 'previously', 'reportedly', 'once', 'further', 'now',
  'still', 'already', 'even', 'just', 'often', 'always', 'first', 'last', 'recently', 'initially', 'is', 'was', 'were', 'are',
  'had', 'should', 'must', 'long', 'separately', 'similarly', 'flatly', 'today', 'yesterday', 'privately', 'publicly', 'repeatedly',
  'however', 'too', 'meanwhile', 'instead', 'though', 'likewise']);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const ADVERBIAL_ASIDES = new Set(['for example', 'for instance', 'however', 'meanwhile', 'too', 'though', 'in turn', 'in particular', 'in contrast', 'moreover', 'instead', 'in addition', 'for his part', 'for her part', 'for their part', 'in response', 'in fact', 'indeed', 'again', 'also', 'likewise', 'similarly', 'separately']);

function isAdverbial(tokens: readonly Token[], first: number, last: number): boolean {
  let phrase = '';
  for (let m = first; m < last; m++) phrase += (phrase ? ' ' : '') + tokens[m].lower;
  return ADVERBIAL_ASIDES.has(phrase);
}

/** "Jr", "Mr", "U.S", or an initial such as "R". */
/** "u.s", "d.c": an acronym as tokenised, its final period a token of its own. */
const ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;

function isAbbreviation(token: Token): boolean {
  // An initial ("R."), a title ("Sen.") or an acronym whose last period is its own token ("U.S.", "D.C.").
  return token.kind === 'word' && (TITLE_ABBREVIATIONS.has(token.lower) || (token.lower.length === 1 && /\p{L}/u.test(token.lower)) || ACRONYM.test(token.lower));
}

/** "Mr." in "the upside of using Mr. Clinton would …": the period is the title's, not the clause's end. */
function isAbbreviationPeriod(tokens: readonly Token[], m: number): boolean {
  return tokens[m].lower === '.' && m > 0 && isAbbreviation(tokens[m - 1]) && isWord(tokens[m + 1]) && !tokens[m + 1].lineBefore;
}

export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

function capitalised(text: string, token: Token): boolean {
  return isUpperStart(text[token.start]);
}

function nounLike(text: string, token: Token): boolean {
  if (token.kind !== 'word') return false;
  if (capitalised(text, token)) return true;
  const cls = wordClass(token.lower);
  return cls === 'noun' || cls === 'adjective' || cls === 'number' || cls === 'other' || cls === 'base';
}

/**
 * The opening comma of a circumstance between a subject and its verb — a prepositional phrase ("during a meeting in
 * Columbus, Ohio") or a participle ("speaking on the radio") — closed by the comma at `close`; or -1.
 */
function circumstanceBefore(tokens: readonly Token[], close: number, floor: number): number {
  for (let open = close - 2; open > floor && close - open <= 16; open--) {
    const t = tokens[open];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.lower !== ',' && t.lower !== '.')) return -1;
    if (t.lower !== ',') continue;
    const first = tokens[open + 1];
    const before = tokens[open - 1];
    if (first.kind !== 'word' || first.capitalised || before.kind !== 'word') continue;
    const cls = wordClass(first.lower);
    const participle = first.lower.endsWith('ing') && cls !== 'noun' && !first.lower.startsWith('accord');
    if ((CIRCUMSTANCE_PREPOSITIONS.has(first.lower) || participle) && !SUBJECT_PRONOUNS.has(before.lower)) return open;
  }
  return -1;
}

const CIRCUMSTANCE_PREPOSITIONS = new Set(['during', 'in', 'at', 'on', 'after', 'before', 'while', 'when', 'via', 'through', 'from']);

/** "both", "all", "each" after the subject they quantify ("Ruiz and Vold both said"). */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);

/** How many tokens of a time adjunct end at `k` ("last year", "this week", "in the past", "in particular"), else 0. */
function timeAdjunctBefore(tokens: readonly Token[], k: number, floor: number): number {
  const lower = tokens[k].lower;
  const previous = tokens[k - 1]?.lower;
  if (TIME_NOUNS.has(lower) && k - 1 >= floor && TIME_DETERMINERS.has(previous ?? '')) return 2;
  if (lower === 'particular' && previous === 'in') return 2;
  if (lower === 'past' && previous === 'the' && k - 2 >= floor && tokens[k - 2].lower === 'in') return 3;
  return 0;
}

/** Index of the last token of the subject before a cue at `cue`, skipping adverbs, auxiliaries and "on Tuesday". */
export function subjectEnd(tokens: readonly Token[], cue: number, floor: number): number {
  let k = cue - 1;
  while (k >= floor) {
    const lower = tokens[k].lower;
    if (tokens[k].kind === 'word' && !tokens[k].capitalised && (BETWEEN_SUBJECT_AND_VERB.has(lower) || (lower.endsWith('ly') && wordClass(lower) === 'adverb'))) k--;
    // "who last year threatened", "who has in the past described"
    else if (timeAdjunctBefore(tokens, k, floor) > 0) k -= timeAdjunctBefore(tokens, k, floor);
    // "Ruiz and Vold both condemned"
    else if (FLOATING_QUANTIFIERS.has(lower) && k - 1 >= floor && tokens[k - 1].kind === 'word' && wordClass(tokens[k - 1].lower) !== 'determiner') k--;
    else if (WEEKDAYS.has(lower)) k -= k - 1 >= floor && tokens[k - 1].lower === 'on' ? 2 : 1;
    else if (lower === '.' && k - 1 >= floor && isAbbreviation(tokens[k - 1])) {
      // "Joseph R. Biden Jr. said": the period belongs to the name.
      return k - 1;
    }
    else if (lower === ',' && k - 1 >= floor) {
      // "Murphy, for example, said" / "officials, however, said"
      let open = k - 1;
      while (open >= floor && k - open <= 4 && tokens[open].lower !== ',') open--;
      if (open >= floor && tokens[open].lower === ',' && isAdverbial(tokens, open + 1, k)) {
        k = open - 1;
        continue;
      }
      // "Clinton, during a town hall in Columbus, Ohio, said" / "De Blasio, speaking on the radio, called"
      open = circumstanceBefore(tokens, k, floor);
      if (open < 0) break;
      k = open - 1;
    } else if (lower === '—' || lower === '–') {
      // "Murphy — after a knock-on-wood gesture — told me"
      let open = k - 1;
      while (open >= floor && k - open < 14 && tokens[open].lower !== lower) open--;
      if (open < floor || tokens[open].lower !== lower) break;
      k = open - 1;
    } else if (lower === ')') {
      // "Kirby on Tuesday (local time) said"
      let open = k - 1;
      while (open >= floor && k - open < 8 && tokens[open].lower !== '(') open--;
      if (open < floor || tokens[open].lower !== '(') break;
      k = open - 1;
    } else break;
  }
  return k;
}

/**
 * The noun phrase ending at token `head` (inclusive), walking left: "Kremlin spokesman Dmitry Peskov",
 * "Russian and Ukrainian officials", "three people familiar with the talks", "the mayor of Chernihiv", "he".
 * "X, who" and "X, ROLE," give X with its appositive.
 */
export function phraseBefore(text: string, tokens: readonly Token[], head: number, floor: number): TokenRange | null {
  if (head < floor) return null;
  const token = tokens[head];
  if (isComma(text, token)) return appositiveBefore(text, tokens, head, floor);
  if (token.lower === ')') {
    // "Sen. Rob Portman (R-Ohio)"
    let open = head - 1;
    while (open > floor && head - open < 8 && tokens[open].lower !== '(') open--;
    if (tokens[open].lower !== '(') return null;
    const name = phraseBefore(text, tokens, open - 1, floor);
    return name ? { first: name.first, last: head + 1 } : null;
  }
  // "42% say …"
  if (token.lower === '%' && head - 1 >= floor && /^\d/.test(tokens[head - 1].lower)) return { first: head - 1, last: head + 1 };
  if (token.kind !== 'word') return null;
  // "…, who said": the relative pronoun is the mention (both gold conventions record it); resolution finds its antecedent.
  if (token.lower === 'who' || token.lower === 'which') return { first: head, last: head + 1 };
  if (SUBJECT_PRONOUNS.has(token.lower)) return { first: head, last: head + 1 };
  // "a person close to her", "officials familiar with him"
  if (OBJECT_PRONOUNS_AFTER.has(token.lower) && head - 2 >= floor && NP_PREPOSITIONS.has(tokens[head - 1].lower) && tokens[head - 2].kind === 'word' && wordClass(tokens[head - 2].lower) === 'adjective') {
    const holder = phraseBefore(text, tokens, head - 2, floor);
    if (holder && holder.first < head - 2) return { first: holder.first, last: head + 1 };
  }
  // "those surveyed said", "those polled"
  if (token.lower.endsWith('ed') && head - 1 >= floor && tokens[head - 1].lower === 'those') return { first: head - 1, last: head + 1 };
  // "most of them", "some of us"
  if ((token.lower === 'them' || token.lower === 'us' || token.lower === 'those') && tokens[head - 1]?.lower === 'of' && head - 2 >= floor && tokens[head - 2].kind === 'word') {
    return { first: head - 2, last: head + 1 };
  }
  // "Romney's associates said", "the meeting says": compromise lists many plurals and -ing nouns as verbs; after a
  // modifier they are nouns.
  const modifier = tokens[head - 1];
  const pluralHead = wordClass(token.lower) === 'verb' && /[^s]s$|ing$/.test(token.lower) && head - 1 >= floor && modifier.kind === 'word' && (/['’]s$/.test(modifier.lower) || modifier.capitalised || ['determiner', 'adjective', 'noun', 'number'].includes(wordClass(modifier.lower)));
  if (!nounLike(text, token) && !pluralHead) return null;
  let first = head;
  for (let m = head - 1; m >= floor && head - m < MAX_PHRASE; m--) {
    const t = tokens[m];
    if (t.kind === 'punct') {
      if (t.lower === '.' && tokens[m - 1] && isAbbreviation(tokens[m - 1])) continue;
      if (t.lower === ')') {
        // "Sen. Johnny Isakson (R-Ga.)"
        let open = m - 1;
        while (open > floor && m - open < 8 && tokens[open].lower !== '(') open--;
        if (tokens[open].lower === '(' && open - 1 >= floor && tokens[open - 1].kind === 'word') {
          m = open;
          continue;
        }
      }
      if ((t.lower === '-' || t.lower === '‐') && !t.spaceBefore) continue;
      break;
    }
    if (t.kind !== 'word') break;
    const cls = wordClass(t.lower);
    if (m === floor && capitalised(text, t) && (cls === 'conjunction' || cls === 'preposition' || cls === 'adverb')) break;
    // "a rule that officials said": after a noun, "that" is a relative pronoun, not the subject's determiner.
    if (t.lower === 'that' && m - 1 >= floor && tokens[m - 1].kind === 'word' && nounLike(text, tokens[m - 1]) && wordClass(tokens[m - 1].lower) !== 'verb') break;
    // "said that the audit found": after a verb, "that" is the complementizer.
    if (t.lower === 'that' && m - 1 >= floor && tokens[m - 1].kind === 'word' && wordClass(tokens[m - 1].lower) === 'verb') break;
    if (cls === 'determiner') {
      first = m;
      continue;
    }
    if (nounLike(text, t) && cls !== 'verb' && cls !== 'auxiliary' && cls !== 'pronoun' && cls !== 'conjunction' && cls !== 'preposition') {
      first = m;
      continue;
    }
    if ((NP_PREPOSITIONS.has(t.lower) || t.lower === 'and') && m - 1 >= floor && nounLike(text, tokens[m - 1]) && wordClass(tokens[m - 1].lower) !== 'verb') {
      first = m;
      continue;
    }
    break;
  }
  while (first < head && (NP_PREPOSITIONS.has(tokens[first].lower) || tokens[first].lower === 'and' || tokens[first].kind === 'punct')) first++;
  return withReducedRelative(text, tokens, { first, last: head + 1 }, floor);
}

/**
 * "Protesters marching through the streets chanted": the phrase found is the participle's object; the subject is the
 * noun the participle describes.
 */
function withReducedRelative(text: string, tokens: readonly Token[], phrase: TokenRange, floor: number): TokenRange {
  const preposition = tokens[phrase.first - 1];
  const participle = tokens[phrase.first - 2];
  if (phrase.first - 3 < floor || !preposition || preposition.kind !== 'word' || wordClass(preposition.lower) !== 'preposition') return phrase;
  if (!participle || participle.kind !== 'word' || participle.capitalised || !participle.lower.endsWith('ing') || !['verb', 'other'].includes(wordClass(participle.lower))) return phrase;
  const described = tokens[phrase.first - 3];
  if (described.kind !== 'word' || !nounLike(text, described) || wordClass(described.lower) === 'verb') return phrase;
  const subject = phraseBefore(text, tokens, phrase.first - 3, floor);
  return subject ? { first: subject.first, last: phrase.last } : phrase;
}

const OBJECT_PRONOUNS_AFTER = new Set(['her', 'him', 'them', 'us', 'me']);

/** Asides between a subject and its verb that are not noun phrases ("economists, like their rivals, say"). */
const APPOSITIVE_OPENERS = new Set(['like', 'unlike', 'including', 'along', 'together', 'as', 'too', 'both', 'among', 'in', 'for', 'then', 'now', 'formerly', 'once']);

/** A comma, or a quotation whose closing mark follows a comma (“sociopath,”). */
function isComma(text: string, token: Token): boolean {
  if (token.kind === 'punct') return token.lower === ',';
  if (token.kind !== 'quote') return false;
  let k = token.end - 1;
  while (k > token.start && /["'”’»›]/.test(text[k])) k--;
  return text[k] === ',';
}

/** "Ihor Zhovkva, deputy head of the office," before a cue: the name with its appositive. */
function appositiveBefore(text: string, tokens: readonly Token[], comma: number, floor: number): TokenRange | null {
  let fallback: TokenRange | null = null;
  for (let c = comma - 1; c >= floor && comma - c < 32; c--) {
    const t = tokens[c];
    if (!isComma(text, t)) continue;
    const name = phraseBefore(text, tokens, c - 1, floor);
    // "Jeffrey Salkin, a Hollywood, Fla., rabbi, said": a comma inside the appositive; try the one before it.
    if (!name || tokens[name.first].kind !== 'word') continue;
    const inner = tokens[c + 1];
    if (!inner || inner.kind !== 'word') return fallback;
    const relative = inner.lower === 'who' || inner.lower === 'whose' || inner.lower === 'which' || APPOSITIVE_OPENERS.has(inner.lower);
    if (!relative) {
      // The appositive is a noun phrase, possibly with its own relative clause ("a Republican who became governor in 2014").
      const cls = wordClass(inner.lower);
      if (!(cls === 'determiner' || nounLike(text, inner)) || cls === 'verb') return fallback;
      // "In Tarrow, the plant is under pressure, said Ferr": a clause between the commas is content, not an appositive.
      if (hasOwnVerb(tokens, c + 1, comma)) return fallback;
    }
    // A name opens the phrase; "a Hollywood, Fla., rabbi" may still be inside the appositive of an earlier name.
    if (wordClass(tokens[name.first].lower) !== 'determiner') return { first: name.first, last: comma };
    fallback ??= { first: name.first, last: comma };
  }
  return fallback;
}

/** An auxiliary before any relative pronoun: the words from `first` to `last` are a clause of their own. */
function hasOwnVerb(tokens: readonly Token[], first: number, last: number): boolean {
  for (let m = first; m < last; m++) {
    const lower = tokens[m].lower;
    if (lower === 'who' || lower === 'which' || lower === 'that' || lower === 'whose') return false;
    if (tokens[m].kind === 'word' && wordClass(lower) === 'auxiliary') return true;
  }
  return false;
}

/** The noun phrase starting at `start`, walking right ("said Peskov", "according to the report"). */
export function phraseAfter(text: string, tokens: readonly Token[], start: number, limit: number): TokenRange | null {
  const token = tokens[start];
  if (!token || start >= limit || token.kind !== 'word') return null;
  const cls = wordClass(token.lower);
  if (SUBJECT_PRONOUNS.has(token.lower) && cls === 'pronoun') return { first: start, last: start + 1 };
  // compromise lists many plural nouns as present-tense verbs ("stocks", "states"); before a noun phrase's own
  // continuation they are nouns.
  const pluralNoun = cls === 'verb' && /[^s]s$/.test(token.lower) && !/(ed|ing)$/.test(token.lower) && wordClass(tokens[start + 1]?.lower ?? '') !== 'determiner';
  if (!(cls === 'determiner' || nounLike(text, token) || pluralNoun) || (cls === 'verb' && !pluralNoun)) return null;
  let last = start + 1;
  for (let m = start + 1; m < limit && m - start < MAX_PHRASE; m++) {
    const t = tokens[m];
    if (t.kind === 'punct') {
      if (t.lower === '.' && isAbbreviation(tokens[m - 1]) && m + 1 < limit && isWord(tokens[m + 1]) && !tokens[m + 1].lineBefore) {
        // "the U.S. needs …": an acronym's period is part of the phrase, whose verb may follow it.
        if (ACRONYM.test(tokens[m - 1].lower)) last = m + 1;
        continue;
      }
      if ((t.lower === '-' || t.lower === '‐' || t.lower === '/') && !t.spaceBefore) continue;
      break;
    }
    if (t.kind !== 'word') break;
    const tcls = wordClass(t.lower);
    if (t.lower === 'that' || t.lower === 'who' || t.lower === 'which') break;
    // "49 percent of Republicans say the same": a verb agreeing with the noun before it ends the phrase.
    if (!t.capitalised && (agreesWithSubject(tokens, m, m + 2) || (m > start + 1 && pastBeforeObject(tokens, m)))) break;
    // "the plan failed": a past form listed as an adjective ends the phrase unless a noun follows it ("failed bid").
    if (!t.capitalised && tcls === 'adjective' && PAST_AS_ADJECTIVE.test(t.lower) && !(tokens[m + 1] && m + 1 < limit && nounLike(text, tokens[m + 1]))) break;
    // After a determiner comes a noun even where the lexicon knows the word as a verb ("the talks", "its demands").
    const afterDeterminer = wordClass(tokens[m - 1].lower) === 'determiner' || /['’]s$/.test(tokens[m - 1].lower);
    if ((nounLike(text, t) && tcls !== 'auxiliary' && tcls !== 'verb') || (afterDeterminer && tcls === 'verb')) {
      last = m + 1;
      continue;
    }
    if (tcls === 'determiner') {
      // "the incident a reason": a determiner after a noun opens the next phrase.
      const previousClass = wordClass(tokens[m - 1].lower);
      if (tokens[m - 1].kind === 'word' && (previousClass === 'noun' || previousClass === 'other' || previousClass === 'base' || tokens[m - 1].capitalised) && previousClass !== 'determiner') break;
      continue;
    }
    const following = tokens[m + 1];
    if ((NP_PREPOSITIONS.has(t.lower) || t.lower === 'and') && following && m + 1 < limit) {
      // "to" joins a phrase only before a determiner or a name ("close to the talks"), never before a verb ("the US to enforce").
      const joins = t.lower === 'to' ? wordClass(following.lower) === 'determiner' || capitalised(text, following) : nounLike(text, following) || wordClass(following.lower) === 'determiner';
      if (joins) continue;
    }
    break;
  }
  return { first: start, last };
}

const TIME_DETERMINERS = new Set(['this', 'last', 'next', 'that', 'early', 'late']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter', 'time']);
const TIME_WORDS = new Set([...WEEKDAYS, 'here', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'previously', 'again',
  'also', 'then', 'once', 'repeatedly', 'publicly', 'privately', 'separately', 'flatly', 'bluntly', 'frankly', 'openly', 'explicitly']);
/** Nouns that make a prepositional phrase an adjunct of saying ("in a statement", "at a news conference"). */
const SPEECH_EVENTS = new Set(['statement', 'statements', 'interview', 'interviews', 'tweet', 'tweets', 'post', 'posts',
  'briefing', 'conference', 'email', 'e-mail', 'letter', 'speech', 'remarks', 'hearing', 'memo', 'report', 'message', 'release',
  'call', 'appearance', 'broadcast', 'show', 'twitter', 'facebook', 'television', 'radio', 'podcast', 'op-ed', 'column', 'blog',
  'video', 'press', 'reporters', 'journalists', 'telegram', 'instagram', 'session', 'meeting', 'address', 'rally', 'event', 'program',
  'programme', 'debate', 'testimony', 'filing', 'document', 'documents', 'snippet', 'writing', 'person', 'response', 'reply',
  'note', 'summit', 'forum', 'panel', 'audience', 'crowd', 'supporters', 'congress', 'parliament', 'lawmakers']);
const ADJUNCT_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'to', 'with', 'via', 'over', 'after', 'before', 'from', 'through', 'late', 'early', 'earlier', 'last', 'this', 'while']);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** "Wednesday", "March 30", "Tuesday night": a date ends where the next noun phrase begins ("on Wednesday more weapons"). */
function timePhrase(tokens: readonly Token[], start: number, limit: number): TokenRange | null {
  let k = start;
  if (tokens[k]?.lower === 'the') k++;
  const first = tokens[k];
  if (!first || !(WEEKDAYS.has(first.lower) || MONTHS.has(first.lower))) return null;
  k++;
  while (k < limit && k - start < 5 && (/^\d/.test(tokens[k].lower) || TIME_WORDS.has(tokens[k].lower) || tokens[k].lower === ',' && /^\d/.test(tokens[k + 1]?.lower ?? ''))) k++;
  return { first: start, last: k };
}

/**
 * Skips adjuncts after a cue ("on Wednesday", "in an interview with PBS, which aired on Wednesday,", "earlier") and
 * returns the index of the first token after them.
 */
export function skipAdjuncts(text: string, tokens: readonly Token[], start: number, limit: number): number {
  let k = start;
  for (let round = 0; round < 4 && k < limit; round++) {
    const t = tokens[k];
    // "acknowledged, however, “…”"
    if (t.lower === ',' && tokens[k + 1]?.kind === 'word') {
      let close = k + 1;
      while (close < limit && close - k <= 4 && tokens[close].lower !== ',') close++;
      if (close < limit && tokens[close].lower === ',' && isAdverbial(tokens, k + 1, close)) {
        k = close;
        if (tokens[k + 1]?.kind !== 'quote') k++;
        continue;
      }
    }
    if (t.kind !== 'word') break;
    if (TIME_DETERMINERS.has(t.lower)) {
      // "this week", "last month"; "this is …" is the reported clause.
      if (TIME_NOUNS.has(tokens[k + 1]?.lower ?? '') || WEEKDAYS.has(tokens[k + 1]?.lower ?? '')) {
        k += 2;
        continue;
      }
      break;
    }
    if (TIME_WORDS.has(t.lower)) {
      // "Wednesday morning"
      k += WEEKDAYS.has(t.lower) && TIME_NOUNS.has(tokens[k + 1]?.lower ?? '') ? 2 : 1;
      continue;
    }
    // "said of the senator, “…”": whom the words were about.
    if (t.lower === 'of' && k === start) {
      const about = phraseAfter(text, tokens, k + 1, limit);
      if (about && (tokens[about.last]?.lower === ',' || tokens[about.last]?.lower === ':') && (tokens[about.last + 1]?.kind === 'quote' || tokens[about.last + 1]?.lower === 'that')) {
        k = about.last;
        continue;
      }
      break;
    }
    if (!ADJUNCT_PREPOSITIONS.has(t.lower)) break;
    const single = tokens[k + 1] && SPEECH_EVENTS.has(tokens[k + 1].lower) ? { first: k + 1, last: k + 2 } : null;
    const date = timePhrase(tokens, k + 1, limit);
    const phrase = date ?? phraseAfter(text, tokens, k + 1, limit) ?? single;
    if (!phrase) break;
    // "in April", "on March 3" are dates by their month or weekday.
    let eventful = date !== null;
    for (let m = phrase.first; m < phrase.last; m++) if (SPEECH_EVENTS.has(tokens[m].lower) || TIME_WORDS.has(tokens[m].lower) || /^\d/.test(tokens[m].lower)) eventful = true;
    if (!eventful) break;
    k = phrase.last;
    // ", which aired on Wednesday," — a relative clause between commas belongs to the adjunct.
    if (k + 1 < limit && tokens[k].lower === ',' && (tokens[k + 1].lower === 'which' || tokens[k + 1].lower === 'who')) {
      let c = k + 2;
      while (c < limit && c - k < 16 && tokens[c].lower !== ',' && tokens[c].kind !== 'quote') c++;
      if (c < limit && tokens[c].lower === ',') k = c + 1;
    }
  }
  return k;
}

/** An addressee after tell/inform ("PBS", "reporters", "The New York Times", "Zelenskyy"): no prepositions, few words. */
export function skipAddressee(text: string, tokens: readonly Token[], start: number, limit: number): number {
  let k = start;
  if (tokens[k]?.kind === 'word' && (wordClass(tokens[k].lower) === 'determiner' || tokens[k].lower === 'him' || tokens[k].lower === 'her' || tokens[k].lower === 'them' || tokens[k].lower === 'us' || tokens[k].lower === 'me')) k++;
  while (k < limit && k - start < 8) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.lower === '.' && TITLE_ABBREVIATIONS.has(tokens[k - 1]?.lower ?? '')) {
      k++;
      continue;
    }
    if (t.kind !== 'word' || t.lower === 'that') break;
    if ((t.lower === 'of' || t.lower === 'and') && k > start && tokens[k + 1] && (capitalised(text, tokens[k + 1]) || (t.lower === 'of' && tokens[k + 1].lower === 'the'))) {
      k++;
      continue;
    }
    const cls = wordClass(t.lower);
    if (!(capitalised(text, t) || cls === 'noun' || cls === 'other' || cls === 'adjective' || cls === 'base' || cls === 'number') || cls === 'preposition') break;
    k++;
  }
  return k;
}

const PRONOUN_CONTRACTION = /^(he|she|it|they|we|i|you|that|there|who)['’](s|re|ve|ll|d|m)$/;
/** A reported clause may open with a subordinate clause ("said if he were president, …"). */
const SUBORDINATORS = new Set(['if', 'when', 'because', 'while', 'although', 'though', 'once', 'unless', 'after', 'before', 'since']);
const PREPOSITIONAL_SUBORDINATORS = new Set(['after', 'before', 'since']);
const QUESTION_OPENERS = new Set(['whether', 'how', 'why', 'what', 'where', 'who']);
const LEADING_ADVERBS = new Set(['too', 'so', 'only', 'even', 'just', 'not', 'perhaps', 'maybe', 'now', 'then', 'still', 'also', 'already', 'nearly', 'almost', 'about', 'roughly']);
const COMPARATIVE_QUANTIFIERS = new Set(['more', 'less', 'fewer']);
/** Past forms the lexicon lists only as adjectives ("failed", "closed", "lost"). */
const PAST_AS_ADJECTIVE = /^(?:[a-z]+ed|lost)$/;
const FINITE_SUFFIX = /(ed|es|s)$/;

/**
 * The lexicon does not know every verb, so a phrase walk may read one as part of the subject ("people misunderstand
 * Trump"): an unknown word right after a noun, itself followed by an object-like word, is the verb.
 */
function verbInsidePhrase(tokens: readonly Token[], phrase: TokenRange): boolean {
  for (let m = phrase.first + 1; m < phrase.last; m++) {
    const t = tokens[m];
    if (t.kind !== 'word' || t.capitalised) continue;
    if (agreesWithSubject(tokens, m, phrase.last)) return true;
    if (wordClass(t.lower) !== 'other') continue;
    const before = wordClass(tokens[m - 1].lower);
    if (!(before === 'noun' || before === 'other' || before === 'number' || tokens[m - 1].capitalised)) continue;
    const next = tokens[m + 1];
    if (!next) continue;
    const nextClass = next.kind === 'word' ? wordClass(next.lower) : null;
    if (next.capitalised || nextClass === 'determiner' || nextClass === 'pronoun' || nextClass === 'number' || next.lower === 'that') return true;
    // "the plan failed in …": a past ending before a preposition or an adverb (an -s ending is as often a plural noun).
    if (t.lower.endsWith('ed') && (nextClass === 'preposition' || nextClass === 'adverb')) return true;
  }
  return false;
}

/**
 * compromise lists "works", "addresses" as plural nouns and "feel" as a singular one, so the phrase walk reads them into
 * the subject ("the plan works", "his friends feel the same"). A word agreeing with the noun before it as a present-tense
 * verb is the verb: an -s form after a singular noun ending the phrase, a bare form after a plural noun before an object.
 */
export function agreesWithSubject(tokens: readonly Token[], m: number, phraseLast: number): boolean {
  const t = tokens[m];
  // "the U.S. needs": an acronym is a singular noun, its period no end of the phrase.
  const acronym = tokens[m - 1].lower === '.' && m >= 2 && ACRONYM.test(tokens[m - 2].lower);
  const before = acronym ? tokens[m - 2] : tokens[m - 1];
  if (before.kind !== 'word' || t.kind !== 'word' || t.capitalised) return false;
  const beforeClass = wordClass(before.lower);
  if (!(beforeClass === 'noun' || beforeClass === 'other' || beforeClass === 'base') && !acronym) return false;
  const cls = wordClass(t.lower);
  if (!(cls === 'verb' || cls === 'base' || cls === 'noun')) return false;
  const pluralBefore = !acronym && /[^s'’]s$/.test(before.lower);
  const next = tokens[m + 1];
  const nextClass = next?.kind === 'word' ? wordClass(next.lower) : null;
  const objectNext = nextClass === 'determiner' || nextClass === 'pronoun' || /['’]s$/.test(next?.lower ?? '');
  if (/[^s'’]s$/.test(t.lower)) return !pluralBefore && (m === phraseLast - 1 || objectNext);
  return pluralBefore && beforeClass !== 'base' && (nextClass === 'determiner' || nextClass === 'pronoun' || nextClass === 'adjective' || next?.lower === 'that' || next?.lower === 'to');
}

/** "the rules increased the risk": compromise lists many past forms as adjectives; before an object they are verbs. */
function pastBeforeObject(tokens: readonly Token[], m: number): boolean {
  const t = tokens[m];
  const next = tokens[m + 1];
  if (!t || t.kind !== 'word' || t.capitalised || !t.lower.endsWith('ed') || !next || next.kind !== 'word') return false;
  const nextClass = wordClass(next.lower);
  return nextClass === 'determiner' || nextClass === 'pronoun' || nextClass === 'number' || /['’]s$/.test(next.lower);
}

function onlyAdverbsSince(tokens: readonly Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (tokens[m].kind !== 'word' || wordClass(tokens[m].lower) !== 'adverb') return false;
  return true;
}

/**
 * Whether a clause (subject and finite verb) starts at `start`: "he was confident", "the decision, which …, illustrates",
 * "if he were president, …". The subject's finite verb is looked for within a dozen words, across one parenthetical.
 */
export function isClauseStart(text: string, tokens: readonly Token[], start: number, limit: number, depth = 0): boolean {
  let k = start;
  while (k < limit && tokens[k].kind === 'word' && LEADING_ADVERBS.has(tokens[k].lower) && k - start < 3) k++;
  if (tokens[k]?.lower === 'at' && (tokens[k + 1]?.lower === 'least' || tokens[k + 1]?.lower === 'most')) k += 2;
  // "more than 1 million donors made …"
  if (COMPARATIVE_QUANTIFIERS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'than') k += 2;
  const t = tokens[k];
  if (!t) return false;
  if (t.kind === 'quote') return true;
  if (t.kind !== 'word') return false;
  if (SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'there' || PRONOUN_CONTRACTION.test(t.lower)) return true;
  if (QUESTION_OPENERS.has(t.lower)) return true;
  // "having Trump at the top of the ticket puts …": a gerund phrase as subject, then a finite verb.
  if (t.lower.endsWith('ing') && !t.capitalised && t.lower !== 'being' && wordClass(t.lower) !== 'noun') {
    for (let m = k + 1; m < limit && m < k + 15; m++) {
      if (isAbbreviationPeriod(tokens, m)) continue;
      if (tokens[m].kind !== 'word') return false;
      const cls = wordClass(tokens[m].lower);
      if (cls === 'auxiliary' || (cls === 'verb' && !tokens[m].lower.endsWith('ing') && !tokens[m].lower.endsWith('ed'))) return true;
    }
    return false;
  }
  // "said if elected president he could …": a subordinate clause may be reduced; "before invading" is a preposition's.
  if (SUBORDINATORS.has(t.lower)) return !PREPOSITIONAL_SUBORDINATORS.has(t.lower) || (depth < 2 && isClauseStart(text, tokens, k + 1, limit, depth + 1));
  // "under the proposed deal, Ukraine would …": a fronted phrase, then the clause.
  if (wordClass(t.lower) === 'preposition' && t.lower !== 'to' && depth === 0) {
    for (let m = k + 1; m < limit && m < k + 10; m++) {
      if (tokens[m].lower === ',') return isClauseStart(text, tokens, m + 1, limit, 1);
      if (tokens[m].kind !== 'word' || wordClass(tokens[m].lower) === 'verb') break;
    }
    return false;
  }
  const subject = phraseAfter(text, tokens, k, limit);
  if (!subject) return false;
  if (verbInsidePhrase(tokens, subject) || (subject.last < limit && (agreesWithSubject(tokens, subject.last, subject.last + 2) || pastBeforeObject(tokens, subject.last)))) return true;
  // After the subject: a finite verb, possibly behind adverbs, a prepositional phrase ("the upside of using …") or one
  // parenthetical between commas ("the decision, which struck down …, illustrates").
  let inParenthetical = false;
  let parentheticals = 0;
  for (let m = subject.last; m < limit && m < subject.last + 16; m++) {
    const token = tokens[m];
    if (isAbbreviationPeriod(tokens, m)) continue;
    if (token.kind !== 'word') {
      // "the tone of the debate “was because …”": the quotation carries the verb.
      if (token.kind === 'quote' && !inParenthetical) return true;
      if (token.lower === ',') {
        if (!inParenthetical && parentheticals > 0) return false;
        inParenthetical = !inParenthetical;
        parentheticals++;
        continue;
      }
      if (inParenthetical || token.lower === '-' || token.lower === '(' || token.lower === ')') continue;
      return false;
    }
    if (inParenthetical) continue;
    const cls = wordClass(token.lower);
    if (cls === 'auxiliary') return true;
    // "the only senator to endorse her": a verb after "to" is an infinitive, not the clause's own verb.
    if (cls === 'verb' && !token.lower.endsWith('ing') && tokens[m - 1]?.lower !== 'to') return true;
    if ((cls === 'base' || (cls === 'other' && FINITE_SUFFIX.test(token.lower))) && onlyAdverbsSince(tokens, subject.last, m)) return true;
    // "the plan failed", "Clinton lost": the lexicon lists these past forms as adjectives, but right after the subject
    // an adjective would come only behind a copula.
    if (cls === 'adjective' && PAST_AS_ADJECTIVE.test(token.lower) && onlyAdverbsSince(tokens, subject.last, m)) return true;
    if (token.lower === 'and' || token.lower === 'or') {
      // "comments from Rice, Rhodes and Petraeus were …" coordinates names, "from becoming … and winning …" gerunds;
      // "neutrality and accepts limits" a verb.
      const following = tokens[m + 1];
      if (following && following.kind === 'word' && (capitalised(text, following) || wordClass(following.lower) === 'determiner' || following.lower.endsWith('ing'))) continue;
    }
    // "a former governor who is close to …" is a noun phrase with a relative clause, not a clause.
    if (cls === 'conjunction' || token.lower === 'that' || token.lower === 'who' || token.lower === 'which' || token.lower === 'whose' || token.lower === 'whom') return false;
  }
  return false;
}
