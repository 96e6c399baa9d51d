/**
 * Subjects that a clause or phrase after their noun modifies ("Tenants who live near the depot say …", "Those opposed to
 * the plan say …"): the phrase walk left from the cue stops at the modifier's last noun, which is not who spoke.
 */
import type { Token } from '../article/tokens';
import { phraseBefore, type TokenRange } from './phrases';
import { PASSIVE_AUX } from './found';

/** How far before its cue a modifier inside the subject may begin ("who spoke on condition of anonymity"). */
const MODIFIER_REACH = 12;
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but']);
const PERSONAL_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose']);

/**
 * The subject whose restrictive modifier ends at `headIndex`, the token before the cue: the noun with its relative
 * clause ("An official who spoke on condition of anonymity", "Growers whose permits were revoked") or "those" with its
 * participle or preposition ("Those opposed to the plan", "Those around him"); null when the phrase found is the
 * subject itself or no such modifier leads up to the cue.
 */
export function subjectWithPostModifier(text: string, tokens: readonly Token[], cueStart: number, headIndex: number, floor: number, phrase: TokenRange | null): TokenRange | null {
  const reach = Math.max(floor, cueStart - MODIFIER_REACH);
  // "…, said Ferr": a comma before the cue closes content, which is no subject; nor does a subject end in a preposition
  // ("pages of emails") or a passive's auxiliary ("an impact that has been largely ignored").
  const head = tokens[headIndex];
  if (head?.kind !== 'word' || head.wordClass === 'preposition' || PASSIVE_AUX.has(head.lower)) return null;
  // "an official who oversaw the case and described …": a verb coordinated inside a relative clause about a person has
  // that person for its subject; "a review that opened in March and closed" reports nothing of the thing's.
  const coordinated = COORDINATORS.has(head.lower);
  const last = coordinated ? headIndex : headIndex + 1;
  for (let w = headIndex - 1; w > reach; w--) {
    const t = tokens[w];
    if (t.kind !== 'word') return null;
    const described = tokens[w - 1];
    const opens = relativeOpens(tokens, w, headIndex) || (described.lower === 'those' && reducedModifierOpens(tokens, w));
    if (!opens) continue;
    if ((phrase && phrase.first <= w) || (coordinated && !PERSONAL_RELATIVES.has(t.lower))) return null;
    if (described.lower === 'those') return { first: w - 1, last };
    const noun = described.kind === 'word' ? phraseBefore(text, tokens, w - 1, floor) : null;
    return noun ? { first: noun.first, last } : null;
  }
  return null;
}

/**
 * A relative clause about the word before `w` opens at `w`: "who" or "that" and its verb ("others who want to …",
 * "voters who oppose the tax", "tenants who live near …"), or "whose" and its noun with a verb before the cue.
 */
function relativeOpens(tokens: readonly Token[], w: number, headIndex: number): boolean {
  const lower = tokens[w].lower;
  const described = tokens[w - 1];
  if (lower === 'whose') return described.kind === 'word' && hasVerb(tokens, w + 2, headIndex + 1);
  if (lower !== 'who' && !(lower === 'that' && nounBeforeThat(tokens, w - 1))) return false;
  const verb = tokens[w + 1];
  if (verb?.kind !== 'word' || verb.capitalised) return false;
  // The lexicon lists some plain verbs as neither ("favor" is "other") or as adjectives ("live"); after "who" nothing
  // else of those classes stands. After "that" such a word opens the subject of a clause ("a strike that company
  // executives said …"), and a bare form is the verb only before its object ("firms that oppose the rule").
  const cls = verb.wordClass;
  if (lower === 'that') return cls === 'verb' || cls === 'auxiliary' || (cls === 'base' && ['determiner', 'pronoun'].includes(tokens[w + 2]?.wordClass ?? ''));
  return ['verb', 'auxiliary', 'base', 'other', 'adjective'].includes(cls) || /ed$/.test(verb.lower);
}

/** After "those": a participle ("opposed to", "hurt by", "living near") or a preposition ("around him", "in the room"). */
function reducedModifierOpens(tokens: readonly Token[], w: number): boolean {
  const t = tokens[w];
  if (t.kind !== 'word' || t.capitalised) return false;
  if (t.wordClass === 'preposition') return true;
  return (/(ed|ing)$/.test(t.lower) && ['verb', 'adjective'].includes(t.wordClass)) && tokens[w + 1]?.wordClass === 'preposition';
}

/**
 * "a deadline that …", "several firms that …": a noun before "that" makes it a relative pronoun, not a complementizer;
 * the lexicon lists plurals after a modifier as verbs ("firms").
 */
function nounBeforeThat(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'word') return false;
  if (['noun', 'other', 'base'].includes(t.wordClass)) return true;
  const modifier = tokens[k - 1];
  return t.wordClass === 'verb' && /[^s]s$/.test(t.lower) && modifier?.kind === 'word' && ['determiner', 'adjective', 'number'].includes(modifier.wordClass);
}

function hasVerb(tokens: readonly Token[], first: number, last: number): boolean {
  for (let m = first; m < last; m++) if (tokens[m].kind === 'word' && ['verb', 'auxiliary'].includes(tokens[m].wordClass)) return true;
  return false;
}
