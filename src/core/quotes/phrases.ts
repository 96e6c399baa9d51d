/**
 * Noun-phrase boundaries over tokens. compromise's chunker would find these too, but only after tagging the whole
 * sentence; news attribution needs just the phrase next to a cue, so a walk over word classes is enough and keeps the
 * cost per cue constant.
 */
import type { Token } from '../article/tokens';
import { ratioLength } from '../text/ratios';
import { CONTRACTED_SUBJECT, SUBJECT_PRONOUNS } from '../text/words';
import { ACRONYM, capitalised, isAbbreviation, isAdverbial, isCapitalAcronym, isWord, nounLike, TIME_DETERMINERS, TIME_NOUNS, WEEKDAYS, type TokenRange } from './tokenShapes';
import { agreesWithSubject, PAST_AS_ADJECTIVE, pastBeforeObject } from './verbAgreement';

export type { TokenRange } from './tokenShapes';

const MAX_PHRASE = 14;
const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'in', 'from', 'on', 'to']);

/** Adverbs and auxiliaries that may stand between a subject and its reporting verb ("has also repeatedly said"). */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(['itself', 'himself', 'herself', 'themselves', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'did', 'does',
  'do', 'also', 'not', 'never', 'again', 'then', 'later', 'earlier', 'previously', 'reportedly', 'once', 'further', 'now',
  'still', 'already', 'even', 'just', 'often', 'always', 'first', 'last', 'recently', 'initially', 'is', 'was', 'were', 'are',
  'had', 'should', 'must', 'long', 'separately', 'similarly', 'flatly', 'today', 'yesterday', 'privately', 'publicly', 'repeatedly',
  'however', 'too', 'meanwhile', 'instead', 'though', 'likewise', 'nevertheless', 'nonetheless', 'indeed', 'thus', 'therefore', 'soon']);



/**
 * The opening comma of a circumstance between a subject and its verb — a prepositional phrase ("during a meeting in
 * Columbus, Ohio") or a participle ("speaking on the radio") — closed by the comma at `close`; or -1.
 */
function circumstanceBefore(tokens: readonly Token[], close: number, floor: number): number {
  for (let open = close - 2; open > floor && close - open <= CIRCUMSTANCE_REACH; open--) {
    const t = tokens[open];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.lower !== ',' && t.lower !== '.')) return -1;
    if (t.lower !== ',') continue;
    const first = tokens[open + 1];
    const before = tokens[open - 1];
    if (first.kind !== 'word' || first.capitalised || before.kind !== 'word') continue;
    const cls = first.wordClass;
    // "Mr. Orn, asked about the ships, said": a passive question set off like the -ing participle.
    const participle = (first.lower.endsWith('ing') && cls !== 'noun' && !first.lower.startsWith('accord')) || first.lower === 'asked';
    if ((CIRCUMSTANCE_PREPOSITIONS.has(first.lower) || participle) && !SUBJECT_PRONOUNS.has(before.lower)) return open;
  }
  return -1;
}

/** "…, speaking without their names because the port board had not yet cleared them to talk about the case, said": two dozen tokens. */
const CIRCUMSTANCE_REACH = 24;
const CIRCUMSTANCE_PREPOSITIONS = new Set(['during', 'in', 'at', 'on', 'after', 'before', 'while', 'when', 'via', 'through', 'from']);

/** "both", "all", "each" after the subject they quantify ("Ruiz and Vold both said"). */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);

/** How many tokens of a time adjunct end at `k` ("last year", "this week", "in the past", "in particular"), else 0. */
export function timeAdjunctBefore(tokens: readonly Token[], k: number, floor: number): number {
  const lower = tokens[k].lower;
  const previous = tokens[k - 1]?.lower;
  if (TIME_NOUNS.has(lower) && k - 1 >= floor && TIME_DETERMINERS.has(previous ?? '')) return 2;
  // "this past week", "the coming year"
  if (TIME_NOUNS.has(lower) && k - 2 >= floor && ['past', 'coming'].includes(previous ?? '') && ['this', 'the'].includes(tokens[k - 2].lower)) return 3;
  if (lower === 'particular' && previous === 'in') return 2;
  if (lower === 'past' && previous === 'the' && k - 2 >= floor && tokens[k - 2].lower === 'in') return 3;
  return 0;
}

/** Index of the last token of the subject before a cue at `cue`, skipping adverbs, auxiliaries and "on Tuesday". */
export function subjectEnd(tokens: readonly Token[], cue: number, floor: number): number {
  let k = cue - 1;
  while (k >= floor) {
    const lower = tokens[k].lower;
    if (tokens[k].kind === 'word' && !tokens[k].capitalised && (BETWEEN_SUBJECT_AND_VERB.has(lower) || (lower.endsWith('ly') && tokens[k].wordClass === 'adverb'))) k--;
    // "who last year threatened", "who has in the past described"
    else if (timeAdjunctBefore(tokens, k, floor) > 0) k -= timeAdjunctBefore(tokens, k, floor);
    // "Ruiz and Vold both condemned", "Sen. Vold (R-Ore.) both …"
    // "But both said": after a conjunction the quantifier is the subject itself.
    else if (FLOATING_QUANTIFIERS.has(lower) && k - 1 >= floor && ((tokens[k - 1].kind === 'word' && !['determiner', 'conjunction'].includes(tokens[k - 1].wordClass)) || tokens[k - 1].lower === ')')) k--;
    // "have in fact reported"
    else if (lower === 'fact' && k - 1 >= floor && tokens[k - 1].lower === 'in') k -= 2;
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
      // "Lind, who lost her shop in Bergen, Norway, in March 2019, said": the commas belong to the relative clause.
      if (relativeCommaBefore(tokens, k, floor) >= 0) break;
      // "Clinton, during a town hall in Columbus, Ohio, said" / "De Blasio, speaking on the radio, called"
      open = circumstanceBefore(tokens, k, floor);
      if (open < 0) break;
      k = open - 1;
    } else if (lower === '—' || lower === '–' || (lower === '-' && tokens[k].spaceBefore)) {
      // "Ruiz — after a long pause at the window — told me"
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
  if (isComma(text, tokens[head])) return appositiveBefore(text, tokens, head, floor);
  const shaped = shapedPhraseBefore(text, tokens, head, floor);
  return shaped !== undefined ? shaped : nounPhraseBefore(text, tokens, head, floor);
}

/** Phrases of a shape of their own ending at `head`: a parenthetical, a percentage, a pronoun, "those polled"; undefined for none. */
function shapedPhraseBefore(text: string, tokens: readonly Token[], head: number, floor: number): TokenRange | null | undefined {
  const token = tokens[head];
  if (token.lower === ')') {
    // "Sen. Rob Portman (R-Ohio)"
    let open = head - 1;
    while (open > floor && head - open < 8 && tokens[open].lower !== '(') open--;
    if (open < floor || tokens[open].lower !== '(') return null;
    const name = phraseBefore(text, tokens, open - 1, floor);
    return name ? { first: name.first, last: head + 1 } : null;
  }
  // "42% say …"
  if (token.lower === '%' && head - 1 >= floor && /^\d/.test(tokens[head - 1].lower)) return { first: head - 1, last: head + 1 };
  if (token.kind !== 'word') return null;
  // "…, who said": the relative pronoun is the mention (both gold conventions record it); resolution finds its antecedent.
  if (token.lower === 'who' || token.lower === 'which') return { first: head, last: head + 1 };
  if (SUBJECT_PRONOUNS.has(token.lower) || CONTRACTED_SUBJECT.test(token.lower)) return { first: head, last: head + 1 };
  // "a person close to her", "officials familiar with him"
  if (OBJECT_PRONOUNS_AFTER.has(token.lower) && head - 2 >= floor && NP_PREPOSITIONS.has(tokens[head - 1].lower) && tokens[head - 2].kind === 'word' && tokens[head - 2].wordClass === 'adjective') {
    const holder = phraseBefore(text, tokens, head - 2, floor);
    if (holder && holder.first < head - 2) return { first: holder.first, last: head + 1 };
  }
  // "those surveyed said", "those polled"
  if (token.lower.endsWith('ed') && head - 1 >= floor && tokens[head - 1].lower === 'those') return { first: head - 1, last: head + 1 };
  // "most of them", "some of us"
  if ((token.lower === 'them' || token.lower === 'us' || token.lower === 'those') && tokens[head - 1]?.lower === 'of' && head - 2 >= floor && tokens[head - 2].kind === 'word') {
    return { first: head - 2, last: head + 1 };
  }
  return undefined;
}

/** The noun phrase ending at `head`, walking left over modifiers, determiners and "of"/"and" links. */
function nounPhraseBefore(text: string, tokens: readonly Token[], head: number, floor: number): TokenRange | null {
  const token = tokens[head];
  // "Romney's associates said", "the meeting says": compromise lists many plurals and -ing nouns as verbs; after a
  // modifier they are nouns.
  const modifier = tokens[head - 1];
  const pluralHead = token.wordClass === 'verb' && /[^s]s$|ing$/.test(token.lower) && head - 1 >= floor && modifier.kind === 'word' && (/['’]s$/.test(modifier.lower) || modifier.capitalised || ['determiner', 'adjective', 'noun', 'number'].includes(modifier.wordClass));
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
    const cls = t.wordClass;
    if (m === floor && capitalised(text, t) && (cls === 'conjunction' || cls === 'preposition' || cls === 'adverb')) break;
    // "a rule that officials said": after a noun, "that" is a relative pronoun, not the subject's determiner.
    if (t.lower === 'that' && m - 1 >= floor && tokens[m - 1].kind === 'word' && nounLike(text, tokens[m - 1]) && tokens[m - 1].wordClass !== 'verb') break;
    // "said that the audit found": after a verb, "that" is the complementizer.
    if (t.lower === 'that' && m - 1 >= floor && tokens[m - 1].kind === 'word' && tokens[m - 1].wordClass === 'verb') break;
    if (cls === 'determiner') {
      first = m;
      continue;
    }
    // "six in 10 voters", "three out of four adults": the ratio counts the noun after it.
    const ratioStart = (t.lower === 'in' ? m - 1 : t.lower === 'of' ? m - 2 : -1);
    if (ratioStart >= floor && ratioLength((i) => (i <= head ? tokens[i].lower : undefined), ratioStart) === m + 2 - ratioStart) {
      first = ratioStart;
      m = ratioStart;
      continue;
    }
    // "US Senator Ana Brisk": an acronym in capitals is a name, though its lower case is a pronoun.
    if ((nounLike(text, t) && cls !== 'verb' && cls !== 'auxiliary' && cls !== 'pronoun' && cls !== 'conjunction' && cls !== 'preposition') || (cls === 'pronoun' && isCapitalAcronym(text, t))) {
      first = m;
      continue;
    }
    if ((NP_PREPOSITIONS.has(t.lower) || t.lower === 'and') && m - 1 >= floor && nounLike(text, tokens[m - 1]) && tokens[m - 1].wordClass !== 'verb') {
      first = m;
      continue;
    }
    break;
  }
  while (first < head && (NP_PREPOSITIONS.has(tokens[first].lower) || tokens[first].lower === 'and' || tokens[first].kind === 'punct')) first++;
  return withReducedRelative(text, tokens, { first, last: head + 1 }, floor);
}

/**
 * "Pickets marching along the quay chanted", "a letter obtained by the Clarion warns": the phrase found is the
 * participle's object; the subject is the noun the participle describes.
 */
function withReducedRelative(text: string, tokens: readonly Token[], phrase: TokenRange, floor: number): TokenRange {
  const preposition = tokens[phrase.first - 1];
  const participle = tokens[phrase.first - 2];
  if (phrase.first - 3 < floor || !preposition || preposition.kind !== 'word' || preposition.wordClass !== 'preposition') return phrase;
  if (!participle || participle.kind !== 'word' || participle.capitalised) return phrase;
  // "A letter from the union obtained by the Clarion warns": a passive participle with its agent describes the noun too.
  const passive = preposition.lower === 'by' && (participle.lower.endsWith('ed') || AGENT_PARTICIPLES.has(participle.lower));
  if (!passive && (!participle.lower.endsWith('ing') || !['verb', 'other'].includes(participle.wordClass))) return phrase;
  const at = phrase.first - 3;
  const described = tokens[at];
  // "Parents of those hurt by the floods urged": "those" stands for the people described, owned by the noun before it.
  if (described.lower === 'those') {
    const owner = tokens[at - 1]?.lower === 'of' && at - 2 >= floor ? phraseBefore(text, tokens, at - 2, floor) : null;
    return { first: owner ? owner.first : at, last: phrase.last };
  }
  if (described.kind !== 'word' || !nounLike(text, described) || described.wordClass === 'verb') return phrase;
  const subject = phraseBefore(text, tokens, at, floor);
  return subject ? { first: subject.first, last: phrase.last } : phrase;
}

/** Past participles without "-ed" that take an agent ("hurt by the floods", "hit by the strike"). */
const AGENT_PARTICIPLES: ReadonlySet<string> = new Set(['hurt', 'hit', 'struck', 'caught', 'held', 'taken', 'chosen', 'driven', 'shaken', 'beaten', 'bitten', 'known', 'seen', 'shown', 'written', 'led', 'left', 'won', 'paid', 'sent', 'built', 'made', 'run']);

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
  const relative = relativeClauseBefore(text, tokens, comma, floor);
  if (relative) return relative;
  let fallback: TokenRange | null = null;
  for (let c = comma - 1; c >= floor && comma - c < 32; c--) {
    const t = tokens[c];
    if (!isComma(text, t)) continue;
    const name = phraseBefore(text, tokens, c - 1, floor);
    // "Jeffrey Salkin, a Hollywood, Fla., rabbi, said": a comma inside the appositive; try the one before it.
    if (!name || tokens[name.first].kind !== 'word') continue;
    const inner = tokens[c + 1];
    if (!inner || inner.kind !== 'word') return fallback;
    // "The organisers, led by steward Petra Lund, told": a participle with its agent describes the subject.
    const ledBy = /ed$/.test(inner.lower) && tokens[c + 2]?.lower === 'by';
    // Its agent is someone else, not a name of the subject.
    if (ledBy) return name;
    // "Cory Dane, 22, of Salem, Ore., said": an age or a hometown is the appositive of a name before it.
    if (ageOrHometown(text, tokens, name)) continue;
    const relative = inner.lower === 'who' || inner.lower === 'whose' || inner.lower === 'which' || APPOSITIVE_OPENERS.has(inner.lower) || /^\d+$/.test(inner.lower) || ((inner.lower === 'of' || inner.lower === 'from') && tokens[c + 2] !== undefined && capitalised(text, tokens[c + 2]));
    if (!relative) {
      // The appositive is a noun phrase, possibly with its own relative clause ("a Republican who became governor in 2014").
      const cls = inner.wordClass;
      // "ranking member of …", "acting director", "retired general": a participle before a noun modifies it.
      const modifier = /(ing|ed)$/.test(inner.lower) && tokens[c + 2] !== undefined && nounLike(text, tokens[c + 2]) && tokens[c + 2].wordClass !== 'verb';
      if (!modifier && (!(cls === 'determiner' || nounLike(text, inner)) || cls === 'verb')) return fallback;
      // "In Tarrow, the plant is under pressure, said Ferr": a clause between the commas is content, not an appositive.
      if (hasOwnVerb(tokens, c + 1, comma)) return fallback;
    }
    // A name opens the phrase; "a Hollywood, Fla., rabbi" may still be inside the appositive of an earlier name.
    if (tokens[name.first].wordClass !== 'determiner') return { first: name.first, last: comma };
    fallback ??= { first: name.first, last: comma };
  }
  return fallback;
}

/** "who", "whose", "who's": what opens a relative clause about a person. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'whose', "who's", 'who’s']);

/** How far before a comma the comma opening a relative clause may stand. */
const RELATIVE_CLAUSE_REACH = 32;

/** The comma followed by "who"/"whose" within reach before `comma`, with no quotation or sentence mark between; or -1. */
function relativeCommaBefore(tokens: readonly Token[], comma: number, floor: number): number {
  for (let c = comma - 1; c >= floor && comma - c < RELATIVE_CLAUSE_REACH; c--) {
    const t = tokens[c];
    if (t.kind === 'quote' || (t.kind === 'punct' && !['.', ',', '-', '(', ')'].includes(t.lower))) return -1;
    if (t.lower === ',' && RELATIVE_OPENERS.has(tokens[c + 1]?.lower ?? '')) return c;
  }
  return -1;
}

/**
 * "Okafor, who served in Ghana, Kenya and Peru, praised …": the name before the comma that opens a relative
 * clause, which may itself hold commas (a list, "Bergen, Norway,").
 */
function relativeClauseBefore(text: string, tokens: readonly Token[], comma: number, floor: number): TokenRange | null {
  const c = relativeCommaBefore(tokens, comma, floor);
  if (c < 0) return null;
  let name = phraseBefore(text, tokens, c - 1, floor);
  // "Woody Benn, 58, who lives in Salem, says": the name before the age.
  if (name && ageOrHometown(text, tokens, name)) name = phraseBefore(text, tokens, name.first - (tokens[name.first - 1].lower === ',' ? 2 : 3), floor);
  return name && tokens[name.first].kind === 'word' ? { first: name.first, last: comma } : null;
}

/** "…, 58," or "…, of Salem": a phrase set off by a comma that is an age or a hometown, not a name. */
function ageOrHometown(text: string, tokens: readonly Token[], phrase: TokenRange): boolean {
  const before = tokens[phrase.first - 1];
  if (!before) return false;
  if (phrase.last - phrase.first === 1 && /^\d{1,3}$/.test(tokens[phrase.first].lower)) return isComma(text, before);
  return (before.lower === 'of' || before.lower === 'from') && tokens[phrase.first - 2] !== undefined && isComma(text, tokens[phrase.first - 2]);
}

/** An auxiliary before any relative pronoun: the words from `first` to `last` are a clause of their own. */
function hasOwnVerb(tokens: readonly Token[], first: number, last: number): boolean {
  for (let m = first; m < last; m++) {
    const lower = tokens[m].lower;
    if (lower === 'who' || lower === 'which' || lower === 'that' || lower === 'whose') return false;
    if (tokens[m].kind === 'word' && tokens[m].wordClass === 'auxiliary') return true;
  }
  return false;
}

/**
 * "Lanti, alleged head of the ring, escaped …": a comma at `k`, then a finite verb, makes the phrase before the
 * comma its subject's appositive, so a participle opening that phrase ("alleged") is an adjective, not an inverted cue.
 */
export function appositiveBeforePredicate(tokens: readonly Token[], k: number, limit: number): boolean {
  const token = tokens[k + 1];
  if (tokens[k]?.lower !== ',' || k + 1 >= limit || token?.kind !== 'word' || token.capitalised || token.lower.endsWith('ing')) return false;
  return token.wordClass === 'verb' || token.wordClass === 'auxiliary' || (token.wordClass === 'adjective' && token.lower.endsWith('ed') && tokens[k + 2]?.wordClass === 'preposition');
}

/** The noun phrase starting at `start`, walking right ("said Peskov", "according to the report"). */
export function phraseAfter(text: string, tokens: readonly Token[], start: number, limit: number): TokenRange | null {
  const token = tokens[start];
  if (!token || start >= limit || token.kind !== 'word') return null;
  const cls = token.wordClass;
  if ((SUBJECT_PRONOUNS.has(token.lower) && cls === 'pronoun') || CONTRACTED_SUBJECT.test(token.lower)) return { first: start, last: start + 1 };
  // compromise lists many plural nouns as present-tense verbs ("stocks", "states"); before a noun phrase's own
  // continuation they are nouns.
  const pluralNoun = cls === 'verb' && /[^s]s$/.test(token.lower) && !/(ed|ing)$/.test(token.lower) && tokens[start + 1]?.wordClass !== 'determiner';
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
    const tcls = t.wordClass;
    if (t.lower === 'that' || t.lower === 'who' || t.lower === 'which') break;
    // "49 percent of Republicans say the same": a verb agreeing with the noun before it ends the phrase.
    if (!t.capitalised && (agreesWithSubject(tokens, m, m + 2) || (m > start + 1 && pastBeforeObject(tokens, m)))) break;
    // "the plan failed": a past form listed as an adjective ends the phrase unless a noun follows it ("failed bid").
    if (!t.capitalised && tcls === 'adjective' && PAST_AS_ADJECTIVE.test(t.lower) && !(tokens[m + 1] && m + 1 < limit && nounLike(text, tokens[m + 1]))) break;
    // After a determiner comes a noun even where the lexicon knows the word as a verb ("the talks", "its demands").
    const afterDeterminer = tokens[m - 1].wordClass === 'determiner' || /['’]s$/.test(tokens[m - 1].lower);
    if ((nounLike(text, t) && tcls !== 'auxiliary' && tcls !== 'verb') || (afterDeterminer && tcls === 'verb')) {
      last = m + 1;
      continue;
    }
    if (tcls === 'determiner') {
      // "the incident a reason": a determiner after a noun opens the next phrase.
      const previousClass = tokens[m - 1].wordClass;
      if (tokens[m - 1].kind === 'word' && (previousClass === 'noun' || previousClass === 'other' || previousClass === 'base' || tokens[m - 1].capitalised) && previousClass !== 'determiner') break;
      continue;
    }
    const following = tokens[m + 1];
    if ((NP_PREPOSITIONS.has(t.lower) || t.lower === 'and') && following && m + 1 < limit) {
      // "to" joins a phrase only before a determiner or a name ("close to the talks"), never before a verb ("the US to enforce").
      const joins = t.lower === 'to' ? following.wordClass === 'determiner' || capitalised(text, following) : nounLike(text, following) || following.wordClass === 'determiner';
      if (joins) continue;
    }
    break;
  }
  return { first: start, last };
}
