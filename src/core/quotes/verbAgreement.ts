/** Where compromise's word-class lexicon misreads a verb (plural nouns as verbs, past forms as adjectives), by agreement and position. */
import type { Token } from '../article/tokens';
import { ACRONYM, type TokenRange } from './tokenShapes';
import { ROLE_NOUNS } from '../speakers/lexicon';

/** Past forms the lexicon lists only as adjectives ("failed", "closed", "lost"). */
export const PAST_AS_ADJECTIVE = /^(?:[a-z]+ed|lost)$/;
export const FINITE_SUFFIX = /(ed|es|s)$/;

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);
export const PLURAL_QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'few', 'most', 'both', 'all', 'several', 'others']);

/**
 * The lexicon does not know every verb, so a phrase walk may read one as part of the subject ("people misunderstand
 * Trump"): an unknown word right after a noun, itself followed by an object-like word, is the verb.
 */
export function verbInsidePhrase(tokens: readonly Token[], phrase: TokenRange): boolean {
  for (let m = phrase.first + 1; m < phrase.last; m++) {
    const t = tokens[m];
    if (t.kind !== 'word' || t.capitalised) continue;
    if (agreesWithSubject(tokens, m, phrase.last)) return true;
    if (t.wordClass !== 'other') continue;
    // "clinic spokeswoman Ana Pirelli": a job title before a name is the name's title, not a verb taking it as object.
    if (ROLE_NOUNS.has(t.lower) && tokens[m + 1]?.capitalised) continue;
    const before = tokens[m - 1].wordClass;
    if (!(before === 'noun' || before === 'other' || before === 'number' || tokens[m - 1].capitalised)) continue;
    const next = tokens[m + 1];
    if (!next) continue;
    const nextClass = next.kind === 'word' ? next.wordClass : null;
    // "a pollster who worked …": a relative pronoun opens the noun's clause; it is no object.
    const object = nextClass === 'pronoun' && !RELATIVE_PRONOUNS.has(next.lower);
    if (next.capitalised || nextClass === 'determiner' || object || nextClass === 'number' || next.lower === 'that') return true;
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
  const next = tokens[m + 1];
  const nextClass = next?.kind === 'word' ? next.wordClass : null;
  const objectNext = nextClass === 'determiner' || nextClass === 'pronoun' || /['’]s$/.test(next?.lower ?? '');
  // "Some fear the toll", "Many doubt that …": a quantifier standing alone is a plural subject (the lexicon lists it as a
  // determiner, so a bare form after it would read as its noun).
  if (PLURAL_QUANTIFIERS.has(before.lower) && (t.wordClass === 'base' || t.wordClass === 'verb') && !/s$/.test(t.lower) && (objectNext || next?.lower === 'that')) return true;
  const beforeClass = before.wordClass;
  if (!(beforeClass === 'noun' || beforeClass === 'other' || beforeClass === 'base') && !acronym) return false;
  const cls = t.wordClass;
  if (!(cls === 'verb' || cls === 'base' || cls === 'noun')) return false;
  const pluralBefore = !acronym && /[^s'’]s$/.test(before.lower);
  if (/[^s'’]s$/.test(t.lower)) return !pluralBefore && (m === phraseLast - 1 || objectNext);
  return pluralBefore && beforeClass !== 'base' && (nextClass === 'determiner' || nextClass === 'pronoun' || nextClass === 'adjective' || next?.lower === 'that' || next?.lower === 'to');
}

/** "the rules increased the risk": compromise lists many past forms as adjectives; before an object they are verbs. */
export function pastBeforeObject(tokens: readonly Token[], m: number): boolean {
  const t = tokens[m];
  const next = tokens[m + 1];
  if (!t || t.kind !== 'word' || t.capitalised || !t.lower.endsWith('ed') || !next || next.kind !== 'word') return false;
  const nextClass = next.wordClass;
  return nextClass === 'determiner' || nextClass === 'pronoun' || nextClass === 'number' || /['’]s$/.test(next.lower);
}

export function onlyAdverbsSince(tokens: readonly Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (tokens[m].kind !== 'word' || tokens[m].wordClass !== 'adverb') return false;
  return true;
}

