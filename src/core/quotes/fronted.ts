/**
 * A report in a fronted adverbial clause: "After telling the paper she didn't 'want to race any more', the cyclist
 * entered …". The report ends where the main clause begins, and the main clause's subject is its speaker. So does a
 * report in a finite subordinate clause: "While both parties say the town must act, they differ on the cost."
 */
import { phraseAfter, type TokenRange } from './phrases';
import type { ParagraphTokens } from '../article/model';
import { hasFiniteVerb, isCommaToken, RELATIVE_PRONOUNS } from './found';
import { isClauseStart } from './clauseStart';
import type { Sentence } from '../article/sentences';
import { isAdverbial, MONTHS } from './tokenShapes';
import { opensWithTime } from './timeOpener';

/** Subordinators that front a participle clause. */
const FRONTING = new Set(['after', 'before', 'while', 'since', 'when', 'upon', 'despite']);

export function opensFrontedClause(p: ParagraphTokens, cueStart: number, sentenceFirst: number): boolean {
  return cueStart === sentenceFirst || (cueStart - 1 === sentenceFirst && FRONTING.has(p.tokens[sentenceFirst].lower));
}

/** The content up to the comma before the main clause, and that clause's subject; null when no main clause follows. */
export function splitAtMainClause(p: ParagraphTokens, content: TokenRange, limit: number): { content: TokenRange; subject: TokenRange } | null {
  const { tokens, text } = p;
  for (let m = content.first + 1; m < limit; m++) {
    if (!isCommaToken(p, m)) continue;
    const subject = phraseAfter(text, tokens, m + 1, limit);
    const verb = subject ? tokens[subject.last] : undefined;
    if (!subject || !verb || verb.kind !== 'word') continue;
    const cls = verb.wordClass;
    if (cls !== 'verb' && cls !== 'auxiliary' && cls !== 'adverb') continue;
    // A comma inside a quotation ("… any more," Mara …) belongs to the quotation, which is content.
    return { content: { first: content.first, last: tokens[m].kind === 'quote' ? m + 1 : m }, subject };
  }
  return null;
}

/** Subordinators of a finite clause: "While both parties say …, they …", "Lund, though she said …, stopped short …". */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'if', 'because', 'when', 'since', 'once', 'unless']);

/**
 * Where the subordinate clause that `source` opens comes before the main clause: at the sentence start ("While Lund
 * said …, …"), or after the main clause's subject ("Lund, though she said …, …"); null for one after the main clause.
 */
function subordinateBeforeMain(p: ParagraphTokens, source: TokenRange, sentence: Sentence): 'opening' | 'interrupting' | 'relative' | null {
  // "Lund, who said …, has since left": a relative clause about the subject of a main clause still to come.
  if (source.last - source.first === 1 && RELATIVE_PRONOUNS.has(p.tokens[source.first].lower)) return hasFiniteVerb(p, sentence.first, source.first) ? null : 'relative';
  const at = source.first - 1;
  if (at < sentence.first || !SUBORDINATORS.has(p.tokens[at].lower)) return null;
  if (at === sentence.first) return 'opening';
  return isCommaToken(p, at - 1) && !hasFiniteVerb(p, sentence.first, at - 1) ? 'interrupting' : null;
}

/**
 * The content of a report whose speaker is the subject of a subordinate clause before the main clause ends where the
 * main clause takes over after a comma: its own subject and verb ("While both parties say …, they differ …"), or the
 * predicate of the subject the clause interrupted ("Lund, though she said …, notably stopped short …").
 */
export function withinSubordinateClause(p: ParagraphTokens, source: TokenRange, sentence: Sentence, content: TokenRange): TokenRange {
  const position = subordinateBeforeMain(p, source, sentence);
  if (!position) return content;
  for (let m = content.first + 1; m < content.last; m++) {
    if (!isCommaToken(p, m)) continue;
    // "…, which costs a lot, …" is the content's own relative clause; in a relative clause, so is any aside the first
    // comma opens ("who said the mayor, a Democrat, was wrong"), whose closing comma a predicate may follow.
    if (position === 'relative' && !predicateAt(p, m + 1)) return content;
    if (RELATIVE_PRONOUNS.has(p.tokens[m + 1]?.lower ?? '')) continue;
    const resumes = position === 'opening' ? isClauseStart(p.text, p.tokens, m + 1, content.last) : predicateAt(p, m + 1);
    if (resumes) return { first: content.first, last: p.tokens[m].kind === 'quote' ? m + 1 : m };
  }
  return content;
}

/** A finite verb, possibly after adverbs: "notably stopped", "has". */
function predicateAt(p: ParagraphTokens, k: number): boolean {
  let m = k;
  while (p.tokens[m]?.kind === 'word' && p.tokens[m].wordClass === 'adverb') m++;
  const t = p.tokens[m];
  return t?.kind === 'word' && !t.capitalised && (t.wordClass === 'auxiliary' || (t.wordClass === 'verb' && !t.lower.endsWith('ing')));
}

/**
 * "In the end", "Six months ago", "In addition", "With prices rising": a phrase without a finite verb or a quotation
 * that opens with a preposition, an adverb, a participle or a time tells when or how, and is no subject ("The plan,
 * economists say, …" is one).
 */
export function isVerblessAdverbial(p: ParagraphTokens, first: number, last: number): boolean {
  const opener = p.tokens[first];
  if (opener?.kind !== 'word' || opener.lower.startsWith('accord') || hasVerbOfItsOwn(p, first, last)) return false;
  // "But the ferry sails at dawn": a link to the sentence before tells nothing; what follows it decides ("But in the end").
  if (LINKS.has(opener.lower) && first + 1 < last) return isVerblessAdverbial(p, isCommaToken(p, first + 1) ? first + 2 : first + 1, last);
  if (opensWithTime(p.tokens, first) || isAdverbial(p.tokens, first, last)) return true;
  const participle = /ing$/.test(opener.lower) && opener.wordClass === 'verb';
  return participle || ['preposition', 'adverb', 'conjunction'].includes(opener.wordClass) || (COMPOUND_PREPOSITIONS[opener.lower] ?? '') === (p.tokens[first + 1]?.lower ?? '-');
}

const LINKS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so']);

/** Prepositions of two words whose first the lexicon reads otherwise ("thanks" a verb, "ahead" an adjective). */
const COMPOUND_PREPOSITIONS: Readonly<Record<string, string>> = { thanks: 'to', ahead: 'of', due: 'to', instead: 'of', along: 'with' };

/** A finite verb of the phrase itself, not a month ("in late May") or an infinitive ("a plan to cut costs"). */
function hasVerbOfItsOwn(p: ParagraphTokens, first: number, last: number): boolean {
  for (let m = first; m < last; m++) {
    const t = p.tokens[m];
    if (hasFiniteVerb(p, m, m + 1) && !(t.capitalised && MONTHS.has(t.lower)) && p.tokens[m - 1]?.lower !== 'to') return true;
  }
  return false;
}

/** Subordinators of an adverbial clause that sets the scene for a main clause. */
const SCENE_SUBORDINATORS = new Set([...SUBORDINATORS, 'as', 'after', 'before', 'until']);
/** Words before a subordinator that leave it one: "but even as …", "not long after …", "back when …". */
const BEFORE_SUBORDINATOR = new Set(['but', 'and', 'yet', 'even', 'just', 'only', 'not', 'long', 'shortly', 'soon', 'back', 'right']);

/**
 * "As the vote got under way", "Though turnout was low": a subordinate clause with no main clause of its own in the
 * piece only sets the scene for the clause after it. "After"/"before"/"since" open one only before a clause ("after
 * the vote" is a phrase).
 */
export function isSubordinateOnly(p: ParagraphTokens, first: number, last: number): boolean {
  const { tokens, text } = p;
  let k = first;
  while (k < last && k - first < 3 && BEFORE_SUBORDINATOR.has(tokens[k].lower)) k++;
  const subordinator = tokens[k];
  if (!subordinator || !SCENE_SUBORDINATORS.has(subordinator.lower)) return false;
  if (subordinator.wordClass === 'preposition' && !isClauseStart(text, tokens, k + 1, last)) return false;
  // A quotation, or words after a comma, may be the main clause ("As prices rise, families cut back").
  for (let m = k + 1; m < last; m++) if (tokens[m].kind === 'quote' || (isCommaToken(p, m) && tokens[m + 1]?.kind === 'word')) return false;
  return true;
}
