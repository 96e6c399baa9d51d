/** Where a source that opens the sentence ends: "According to the poll conducted by Vantel for the Herald, …". */
import type { ParagraphTokens } from '../article/model';
import { isClauseStart } from './clauseStart';
import { isSentenceEnd, RELATIVE_PRONOUNS } from './found';
import { afterAside, isAbbreviationPeriod } from './tokenShapes';

/** How far past its noun phrase an opening source may run ("a poll conducted by Vantel for the Herald"). */
const SOURCE_TAIL_REACH = 20;

/**
 * Where an opening source ends (its closing comma, or `from`) and its reported clause begins, past an aside of the
 * writer's ("According to the poll, however, most …").
 */
export function openingSourceEnd(p: ParagraphTokens, from: number, limit: number): { closing: number; from: number } {
  const { tokens } = p;
  const closing = sourceClosingComma(p, from, limit);
  return { closing, from: afterAside(tokens, tokens[closing]?.lower === ',' ? closing + 1 : closing, limit) };
}

/**
 * "According to first tallies of the survey carried out by Vantel for the Ledger, Orn led …": an opening source runs to
 * the comma before the reported clause, over the participle or prepositional phrase that describes it. Returns that
 * comma, or `from` when the source ends where its noun phrase does.
 */
function sourceClosingComma(p: ParagraphTokens, from: number, limit: number): number {
  const { tokens } = p;
  // "In the survey, taken May 2-5, most …": a participle phrase set off after the source's own comma describes it too.
  if (tokens[from]?.lower === ',' && tokens[from + 1]?.kind === 'word') {
    const closing = participleAfter(p, from + 1, limit);
    if (closing !== null) return closing;
  }
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

/** The comma closing a participle phrase that starts at `from` ("taken May 2-5"), when a clause follows it. */
function participleAfter(p: ParagraphTokens, from: number, limit: number): number | null {
  const { tokens } = p;
  if (!/(ed|en)$/.test(tokens[from].lower) || tokens[from].wordClass !== 'verb') return null;
  for (let m = from + 1; m < limit && m - from <= SOURCE_TAIL_REACH; m++) {
    const t = tokens[m];
    if (t.lower === ',') return isClauseStart(p.text, tokens, m + 1, limit) ? m : null;
    if (t.kind === 'quote' || (isSentenceEnd(p, m, limit) && !isAbbreviationPeriod(tokens, m))) return null;
  }
  return null;
}
