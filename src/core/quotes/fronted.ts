/**
 * A report in a fronted adverbial clause: "After telling the paper she didn't 'want to race any more', the cyclist
 * entered …". The report ends where the main clause begins, and the main clause's subject is its speaker.
 */
import { phraseAfter, type TokenRange } from './phrases';
import type { ParagraphTokens } from '../article/model';
import { isCommaToken } from './found';

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
