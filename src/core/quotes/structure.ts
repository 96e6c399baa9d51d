/**
 * A bound on what one sentence can report, so that text without sentence structure cannot flood the output.
 *
 * The clause rules read a cue's content up to the clause or sentence end and its source back to the last comma. In
 * prose that is a clause; in a run of words with no sentence marks (200,000 capitalised words) or a list (words and
 * commas) every cue word opens a "clause", and each gave a report: thousands of quotes from text holding one. Such a
 * run is no sentence, so only quotations, whose marks delimit the content without any clause reading, are reported in
 * it, each with the few words around it that name its cue and source.
 */
import type { Sentence } from '../article/sentences';
import { attributeSentence } from './clauses';
import type { ParagraphTokens } from '../article/model';
import type { FoundAttribution } from './found';

/** Longer than any sentence of news: the longest of PolNeAR train's 28,000 sentences has 148 words. */
export const MAX_SENTENCE_WORDS = 200;

/** More commas than one per two words makes a list: no PolNeAR train sentence of 20 words or more reaches it. */
const LIST_COMMA_SHARE = 0.5;
const LIST_MIN_WORDS = 20;

/** More reports than a sentence holds: PolNeAR train has at most 5 cues in a sentence (3 in 999 of 1,000). */
export const MAX_ATTRIBUTIONS_PER_SENTENCE = 6;

/**
 * A statement continued over more quotations than this in one paragraph ("A," he said. "B." "C.") is a run of quotation
 * marks, not speech: PolNeAR train has at most 3 quotations to one statement.
 */
export const MAX_QUOTATIONS_PER_STATEMENT = 6;

/** Quotations nobody is named for in a paragraph: PolNeAR train has at most one to a paragraph. */
export const MAX_UNATTRIBUTED_PER_PARAGRAPH = 3;

/** Tokens on each side of a quotation that may hold its attribution ("…," the former minister told reporters.). */
const QUOTATION_REACH = 8;

function hasSentenceStructure(p: ParagraphTokens, sentence: Sentence): boolean {
  let words = 0;
  let commas = 0;
  for (let k = sentence.first; k < sentence.last; k++) {
    const token = p.tokens[k];
    if (token.kind === 'word') words++;
    else if (token.lower === ',') commas++;
  }
  if (words > MAX_SENTENCE_WORDS) return false;
  return words < LIST_MIN_WORDS || commas < LIST_COMMA_SHARE * words;
}

/**
 * The quotation at token `q` attributed inside a window around it: the cue after it ("…," she said) or before it (she
 * said, "…"), the content being the quotation alone.
 */
function attributeQuotation(p: ParagraphTokens, q: number, from: number, to: number): FoundAttribution | null {
  const windows: Sentence[] = [
    { first: q, last: Math.min(to, q + 1 + QUOTATION_REACH) },
    { first: Math.max(from, q - QUOTATION_REACH), last: q + 1 },
  ];
  for (const window of windows) {
    const quotation = p.quotes[p.tokens[q].quote!];
    const direct = attributeSentence(p, window).find((found) => found.type === 'direct' && found.parts.length === 1 && found.parts[0].start === quotation.contentStart);
    if (direct) return direct;
  }
  return null;
}

function quotationsOnly(p: ParagraphTokens, sentence: Sentence): FoundAttribution[] {
  const found: FoundAttribution[] = [];
  let from = sentence.first;
  for (let k = sentence.first; k < sentence.last; k++) {
    if (p.tokens[k].kind !== 'quote') continue;
    const attribution = attributeQuotation(p, k, from, sentence.last);
    if (!attribution) continue;
    found.push(attribution);
    from = k + 1;
  }
  return found;
}

/** The attributions of one sentence, or, where it has no sentence structure, of its quotations alone. */
export function attributeBounded(p: ParagraphTokens, sentence: Sentence): FoundAttribution[] {
  if (!hasSentenceStructure(p, sentence)) return quotationsOnly(p, sentence);
  const found = attributeSentence(p, sentence);
  return found.length > MAX_ATTRIBUTIONS_PER_SENTENCE ? quotationsOnly(p, sentence) : found;
}
