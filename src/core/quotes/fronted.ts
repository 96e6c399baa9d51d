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
function subordinateBeforeMain(p: ParagraphTokens, source: TokenRange, sentence: Sentence): 'opening' | 'interrupting' | null {
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
    // "…, which costs a lot, …" is the content's own relative clause.
    if (!isCommaToken(p, m) || RELATIVE_PRONOUNS.has(p.tokens[m + 1]?.lower ?? '')) continue;
    const resumes = position === 'interrupting' ? predicateAt(p, m + 1) : isClauseStart(p.text, p.tokens, m + 1, content.last);
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
