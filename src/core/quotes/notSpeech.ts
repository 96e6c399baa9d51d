/**
 * Verbs of the cue lexicon in uses that report nothing: "found dead", "known as", "showed up", and a participle
 * inside a noun phrase after a count or an article ("40 alleged racketeers", "a key suspected smuggler").
 */
import type { Token } from '../article/tokens';
import type { CueEntry } from './lexicon';

/** States "found" ascribes to a body or a defendant: a finding of fact, not a view anyone holds. */
const FOUND_STATES = new Set(['dead', 'guilty', 'alive', 'unconscious', 'unresponsive', 'innocent', 'liable', 'hanged', 'stabbed', 'shot', 'drowned', 'murdered', 'slain']);

/** Participles news puts before a noun to hedge it ("alleged", "suspected"); a count before "said" is its subject. */
const ATTRIBUTIVE_PARTICIPLES = new Set(['alleged', 'suspected', 'reported', 'rumored', 'rumoured', 'presumed', 'purported', 'accused', 'claimed']);

/** A particle that turns the verb into another one: "known as" names, "showed up" arrives. */
const OTHER_VERB_PARTICLES: Record<string, string> = { know: 'as', show: 'up' };

/** Participles that name a kind of the noun after them: "pledged delegates" are those bound by the primaries. */
const TERMS: Readonly<Record<string, string>> = { pledged: 'delegate', unpledged: 'delegate' };

export function reportsNothing(tokens: readonly Token[], k: number, entry: CueEntry): boolean {
  const lemma = entry.verbs[0].lemma;
  const next = tokens[k + 1];
  if (!next || next.kind !== 'word') return false;
  if (TERMS[tokens[k].lower] !== undefined && next.lower.replace(/s$/, '') === TERMS[tokens[k].lower]) return true;
  if (lemma === 'find' && entry.form === 'past' && FOUND_STATES.has(next.lower)) return true;
  if (OTHER_VERB_PARTICLES[lemma] === next.lower) return true;
  return ATTRIBUTIVE_PARTICIPLES.has(tokens[k].lower) && (countInNounPhrase(tokens, k - 1) || afterArticle(tokens, k - 1)) && ['noun', 'other', 'adjective'].includes(next.wordClass);
}

const ARTICLES = new Set(['a', 'an', 'the']);
/** Nouns the lexicon lists that modify a noun like an adjective ("a key suspect", "the top official"). */
const NOUN_MODIFIERS = new Set(['key', 'top']);

/**
 * "a suspected smuggler", "A key suspected Velmish boss": right after an article, or after an article and one
 * modifier, the participle is inside the noun phrase; an article alone or with an adjective is no subject.
 */
function afterArticle(tokens: readonly Token[], m: number): boolean {
  const before = tokens[m];
  if (before?.kind !== 'word') return false;
  if (ARTICLES.has(before.lower)) return true;
  const modifier = before.wordClass === 'adjective' || NOUN_MODIFIERS.has(before.lower);
  return modifier && tokens[m - 1]?.kind === 'word' && ARTICLES.has(tokens[m - 1].lower);
}

/**
 * "one of 40 alleged racketeers", "the 12 reported cases": a count inside a noun phrase makes the participle after it
 * the noun's modifier; a count opening a clause is its subject ("Of those asked, 40 said …").
 */
function countInNounPhrase(tokens: readonly Token[], m: number): boolean {
  const count = tokens[m];
  const before = tokens[m - 1];
  return count?.kind === 'word' && /^\d[\d,.]*$/.test(count.lower) && before?.kind === 'word' && ['preposition', 'determiner'].includes(before.wordClass);
}
