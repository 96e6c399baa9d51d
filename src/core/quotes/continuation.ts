/**
 * The second piece of a trailing attribution's content (`"A," he said, "B."`, `A, he said, B.`), and the words after
 * an attribution's closing comma that are no such piece: a description of the speaker, how the speaker spoke.
 */
import { SUBJECT_PRONOUNS } from '../text/words';
import type { ParagraphTokens } from '../article/model';
import { cueTable } from './lexicon';
import { phraseAfter, type TokenRange } from './phrases';
import { skipAdjuncts } from './adjuncts';
import { isClauseStart } from './clauseStart';
import { isSentenceEnd, RELATIVE_PRONOUNS } from './found';
import { contentEnd } from './content';

const CIRCUMSTANCE_OPENERS = new Set(['when', 'after', 'before', 'while', 'as', 'if']);
/** Words that are a subject on their own ("another said …") or a determiner before a noun ("another veteran"). */
const QUANTIFIERS = new Set(['another', 'some', 'many', 'both', 'one', 'few', 'most', 'all', 'none', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/**
 * "…," said Ruiz, another veteran of the board: a quantifier before a noun (or "one of …") opens a noun phrase that
 * describes the name, not a clause with the quantifier as its subject ("another said").
 */
function quantifiedDescription(p: ParagraphTokens, k: number): boolean {
  const next = p.tokens[k + 1];
  if (!QUANTIFIERS.has(p.tokens[k].lower) || next?.kind !== 'word') return false;
  return next.lower === 'of' || !(next.wordClass === 'verb' || next.wordClass === 'auxiliary' || next.wordClass === 'base' || next.wordClass === 'adverb');
}

/**
 * Whether words after the comma closing an attribution go on with its content. `"…," Ruiz said, smiling at the
 * crowd`: a participle tells how the speaker spoke. `"…," said Ruiz, a pollster working for …`, `"…," said Ruiz,
 * chairman of …`: after a name that follows its cue, a description of the name opens with a determiner or a lower-case
 * noun; more content opens as a clause of its own ("and it will …", "Vold wants …").
 */
function continuesAfterComma(p: ParagraphTokens, k: number, limit: number, afterInvertedSource: boolean): boolean {
  const token = p.tokens[k];
  // "…, she added, revoking the permits would be harsh": a gerund with a verb of its own is the clause's subject.
  const participle = !token.capitalised && token.wordClass === 'verb' && token.lower.endsWith('ing') && token.lower !== 'including';
  if (participle && !isClauseStart(p.text, p.tokens, k, limit)) return false;
  if (!afterInvertedSource || token.wordClass === 'conjunction') return true;
  if (SUBJECT_PRONOUNS.has(token.lower)) return !quantifiedDescription(p, k);
  return token.capitalised && isClauseStart(p.text, p.tokens, k, limit);
}

export interface ContinuationContext {
  /** Before the cue stood only the subject ("The plan, economists say, limited …"). */
  subjectOnly?: boolean;
  /** The source came after its cue ("…," said Ruiz, …). */
  afterInvertedSource?: boolean;
  /** The content before the cue was a quotation. */
  afterQuotation?: boolean;
}

/** Words that open the scene of a quotation's delivery: "as the crowd cheered", "with a smile", "in reply to …". */
const SCENE_OPENERS = new Set([...CIRCUMSTANCE_OPENERS, 'with', 'in', 'during', 'amid', 'not']);

/**
 * `"…," Ruiz said, as the crowd cheered.`: after a quotation, words with no quotation of their own that open with a
 * circumstance or a participle tell how it was said, not more of it.
 */
function setsTheScene(p: ParagraphTokens, first: number, last: number): boolean {
  for (let m = first; m < last; m++) if (p.tokens[m].kind === 'quote') return false;
  const t = p.tokens[first];
  return t.kind === 'word' && (SCENE_OPENERS.has(t.lower) || (t.wordClass === 'verb' && /(ing|ed)$/.test(t.lower)));
}

/** The second piece after a trailing attribution: `"A," he said, "B."` or `A, he said, B.` */
export function continuation(p: ParagraphTokens, from: number, limit: number, { subjectOnly = false, afterInvertedSource = false, afterQuotation = false }: ContinuationContext = {}): TokenRange | null {
  const { tokens } = p;
  let k = skipAdjuncts(p.text, tokens, from, limit);
  if (k >= limit) return null;
  if (tokens[k].lower === ',' || tokens[k].lower === ':' || tokens[k].lower === '—') k++;
  else if (!(tokens[k].kind === 'quote')) return null;
  if (k >= limit) return null;
  const next = tokens[k];
  // "The plan, economists say, limited the recovery": before the cue stood only the subject, so the rest is the predicate.
  if (subjectOnly && next.kind === 'word' && !(afterInvertedSource && next.wordClass === 'determiner') && !isSentenceEnd(p, k, limit)) return { first: k, last: contentEnd(p, k, limit) };
  if (next.kind === 'word') {
    if (!continuesAfterComma(p, k, limit, afterInvertedSource)) return null;
    if (cueTable().get(next.lower)?.form === 'gerund' || next.lower === 'according' || next.lower === 'which' || next.lower === 'who') return null;
    // "…," he told Reuters when asked whether …: the circumstance of the answer, not more of it.
    if (CIRCUMSTANCE_OPENERS.has(next.lower) && /(ed|ing)$/.test(tokens[k + 1]?.lower ?? '')) return null;
    // The rest of the clause ("…, he said, was even more popular") goes on; an appositive that runs to the sentence end
    // ("…, said Reed, a strategist at the firm.") does not.
    const appositive = phraseAfter(p.text, tokens, k, limit);
    const afterAppositive = appositive ? tokens[appositive.last] : undefined;
    // "…," said Berg, a host on the show “Harbour Nights.”: a title in quotation marks ending the appositive is its name.
    const titleEnds = afterAppositive?.kind === 'quote' && (isSentenceEnd(p, appositive!.last + 1, limit) || tokens[appositive!.last + 1]?.lower === ',');
    if (appositive && titleEnds) return null;
    const describes = !afterAppositive || isSentenceEnd(p, appositive!.last, limit) || afterAppositive.lower === ',' || RELATIVE_PRONOUNS.has(afterAppositive.lower) || afterAppositive.lower === 'whose' || afterAppositive.lower === 'where';
    if (appositive && describes && (quantifiedDescription(p, k) || !isClauseStart(p.text, tokens, k, limit))) return null;
  }
  const last = contentEnd(p, k, limit);
  if (afterQuotation && setsTheScene(p, k, last)) return null;
  // Content goes on with a verb or a quotation; ", a negotiator, on Tuesday after the talks." is description.
  for (let m = k; m < last; m++) {
    const t = tokens[m];
    if (t.kind === 'quote') return { first: k, last };
    if (t.kind === 'word') {
      const cls = t.wordClass;
      // "…," said Ruiz, the only senator to back the plan.": an infinitive describes, it does not go on with the content.
      // A word after a determiner is a noun ("to back the plan").
      const previous = tokens[m - 1];
      const verbal = (cls === 'verb' || cls === 'base') && previous?.lower !== 'to' && !(previous?.kind === 'word' && previous.wordClass === 'determiner');
      if (cls === 'auxiliary' || verbal) return { first: k, last };
    }
  }
  return null;
}
