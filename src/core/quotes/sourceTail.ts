/** Where a source that opens the sentence ends: "According to the poll conducted by Vantel for the Herald, …". */
import type { ParagraphTokens } from '../article/model';
import { isClauseStart } from './clauseStart';
import { RELATIVE_PRONOUNS } from './found';

/** How far past its noun phrase an opening source may run ("a poll conducted by Vantel for the Herald"). */
const SOURCE_TAIL_REACH = 20;

/**
 * "According to first tallies of the survey carried out by Vantel for the Ledger, Orn led …": an opening source runs to
 * the comma before the reported clause, over the participle or prepositional phrase that describes it. Returns that
 * comma, or `from` when the source ends where its noun phrase does.
 */
export function sourceClosingComma(p: ParagraphTokens, from: number, limit: number): number {
  const { tokens } = p;
  const first = tokens[from];
  const describes = first && (first.kind === 'quote' || (first.kind === 'word' && (first.wordClass === 'preposition' || /(ed|ing)$/.test(first.lower))));
  if (!describes) return from;
  for (let m = from + 1; m < limit && m - from <= SOURCE_TAIL_REACH; m++) {
    const t = tokens[m];
    if (t.lower === ',') return isClauseStart(p.text, tokens, m + 1, limit) ? m : from;
    if (t.kind === 'quote') continue;
    if (t.kind !== 'word' || t.wordClass === 'auxiliary' || RELATIVE_PRONOUNS.has(t.lower)) return from;
  }
  return from;
}
