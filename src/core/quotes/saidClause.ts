/**
 * "Halvorsen said the night ferry never shut its doors", "The ledger said her $2.1 billion fortune … was being written
 * down": after a verb that reports little else than clauses ("say", "tell" past its addressee), a noun phrase with a
 * finite verb later in the clause is the reported clause's subject, even where the word-class lexicon misreads its
 * verb ("shut" as an adjective) or where punctuation ("$", "Mr.") or a coordination ("private and public grants")
 * hides it from the stricter clause test. On PolNeAR train, such clauses made up most of the said/says/told reports
 * found nowhere.
 */
import type { Token } from '../article/tokens';
import { contentEnd } from './content';
import type { ParagraphTokens } from '../article/model';
import type { CueMatch } from './found';
import { skipAddressee, skipAdjuncts } from './adjuncts';
import type { TokenRange } from './tokenShapes';

/** Verbs whose complement is almost always a clause: an object after them ("said so") is the exception listed below. */
const CLAUSAL_LEMMAS: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'claim', 'insist', 'argue', 'contend', 'assert', 'predict', 'write', 'explain', 'acknowledge', 'admit', 'warn', 'note', 'stress']);

/** "said so", "said the same", "said nothing", "said yes": objects, not clauses. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['so', 'nothing', 'something', 'anything', 'everything', 'yes', 'no', 'it', 'this', 'these', 'those', 'much', 'little', 'more', 'less', 'goodbye', 'hello', 'thanks', 'otherwise', 'stories', 'story', 'lies', 'reporters', 'him', 'them', 'you', 'what', 'whatever', 'such']);

const CONTENT_WORDS_AT_LEAST = 3;

function opensNounPhrase(p: ParagraphTokens, k: number): boolean {
  const token = p.tokens[k];
  if (!token) return false;
  if (token.kind === 'punct') return token.lower === '$';
  if (token.kind !== 'word' || OBJECT_OPENERS.has(token.lower)) return false;
  if (token.lower === 'the' && p.tokens[k + 1]?.lower === 'same') return false;
  const cls = token.wordClass;
  return token.capitalised || cls === 'determiner' || cls === 'number' || cls === 'noun' || cls === 'other' || cls === 'adjective' || cls === 'base';
}

/**
 * A finite verb after the subject's first word: an auxiliary, a finite verb form, a past form the lexicon lists as an
 * adjective, or a word it does not know as a verb right after a noun and before what follows a verb ("success depends
 * on", "Ruiz put cost").
 */
function finiteVerbAfter(p: ParagraphTokens, first: number, last: number): boolean {
  for (let m = first + 1; m < last; m++) {
    const t = p.tokens[m];
    if (t.kind !== 'word' || t.capitalised) continue;
    const cls = t.wordClass;
    if (cls === 'auxiliary' || (cls === 'verb' && !t.lower.endsWith('ing'))) return true;
    if (cls === 'adjective' && /ed$/.test(t.lower) && p.tokens[m - 1]?.wordClass !== 'determiner') return true;
    if (unlistedVerb(p, m) || (IRREGULAR_PASTS.has(t.lower) && m > first && subjectWordBefore(p, m))) return true;
    // "the night ferry never shut its doors": after a negation or a frequency adverb comes the verb.
    if (VERB_ADVERBS.has(p.tokens[m - 1]?.lower ?? '') && ['adjective', 'other', 'base', 'noun'].includes(cls)) return true;
  }
  return false;
}

/** Past forms the lexicon lists as nouns or adjectives ("profits rose", "the storm left"): verbs right after a subject. */
const IRREGULAR_PASTS: ReadonlySet<string> = new Set(['rose', 'left', 'hit', 'cut', 'put', 'set', 'lost', 'drew', 'shut', 'split', 'spread', 'quit', 'cost', 'hurt', 'let']);

function subjectWordBefore(p: ParagraphTokens, m: number): boolean {
  const before = p.tokens[m - 1];
  return before?.kind === 'word' && (before.capitalised || ['noun', 'other', 'pronoun', 'number'].includes(before.wordClass));
}

const VERB_ADVERBS = new Set(['never', 'not', 'also', 'still', 'already', 'always', 'often', 'rarely', 'recently', 'just', 'once', 'finally']);

const AFTER_VERB = new Set(['preposition', 'determiner', 'pronoun', 'adverb', 'number']);

function unlistedVerb(p: ParagraphTokens, m: number): boolean {
  const [before, word, after] = [p.tokens[m - 1], p.tokens[m], p.tokens[m + 1]];
  if (!before || before.kind !== 'word' || !after || after.kind !== 'word') return false;
  const cls = word.wordClass;
  if (!['other', 'base', 'noun'].includes(cls) || (cls !== 'base' && !/(s|ed)$/.test(word.lower))) return false;
  const subjectEnds = before.capitalised || ['noun', 'other'].includes(before.wordClass);
  const objectFollows = AFTER_VERB.has(after.wordClass) || (cls === 'base' && after.wordClass === 'noun');
  return subjectEnds && objectFollows;
}

const ADDRESSEE_REACH = 12;

function thatWithin(p: ParagraphTokens, from: number, limit: number): number {
  for (let m = from; m < limit && m - from < ADDRESSEE_REACH; m++) {
    const t = p.tokens[m];
    if (t.lower === 'that') return m;
    if (t.kind !== 'word' && t.lower !== ',') return from;
  }
  return from;
}

/**
 * "told delegates at the party congress that …" (an addressee the lexicon misreads: "delegates" as a
 * verb), "said in one of a series of radio messages that …" (circumstances too long for the adjunct walk): the
 * "that" after them, or `k` where there is none.
 */
function thatAfterCircumstances(p: ParagraphTokens, cue: CueMatch, k: number, limit: number): number {
  const isPreposition = (token: Token | undefined): boolean => token?.kind === 'word' && token.wordClass === 'preposition';
  if (cue.complements.has('addressee') || isPreposition(p.tokens[k])) return thatWithin(p, k, limit);
  if (!opensNounPhrase(p, k) && isPreposition(p.tokens[cue.end])) return thatWithin(p, cue.end, limit);
  return k;
}

/** The clause a saying verb with a named speaker reports, read leniently; null where the verb takes an object. */
export function saidClause(p: ParagraphTokens, cue: CueMatch, limit: number): TokenRange | null {
  if (!CLAUSAL_LEMMAS.has(cue.lemma) || cue.explicitOnly) return null;
  let k = skipAdjuncts(p.text, p.tokens, cue.end, limit);
  if (cue.complements.has('addressee')) {
    const afterAddressee = skipAdjuncts(p.text, p.tokens, skipAddressee(p.text, p.tokens, k, limit), limit);
    if (afterAddressee === k && thatWithin(p, k, limit) === k) return null;
    k = afterAddressee;
  }
  if (p.tokens[k]?.lower !== 'that') k = thatAfterCircumstances(p, cue, k, limit);
  if (p.tokens[k]?.lower === 'that') k++;
  if (!opensNounPhrase(p, k)) return null;
  const last = contentEnd(p, k, limit);
  let words = 0;
  for (let m = k; m < last; m++) if (p.tokens[m].kind === 'word') words++;
  if (words < CONTENT_WORDS_AT_LEAST || !finiteVerbAfter(p, k, last)) return null;
  return { first: k, last };
}
