/**
 * "Her agent Nils Aalto released a statement on Tuesday." or "Hanna agreed." followed by the words in quotation
 * marks, in the next sentence or the next paragraph: the sentence names who speaks but reports no content, so the
 * quotation after it, which has no cue of its own, is that speaker's.
 */
import type { Sentence } from '../article/sentences';
import type { ParagraphTokens } from '../article/model';
import { isSentenceEnd, type FoundAttribution } from './found';
import { skipAdjuncts } from './adjuncts';
import { phraseBefore, subjectEnd } from './phrases';

const ISSUING = new Set(['released', 'issued', 'gave', 'posted', 'shared', 'sent', 'provided', 'emailed', 'put', 'offered', 'releases', 'issues', 'posts', 'shares']);
const STATEMENTS = new Set(['statement', 'comment', 'message', 'note', 'response', 'reply']);
/** Words between the verb and the noun: "a brief statement", "out a written statement", "her own statement". */
const BETWEEN = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'out', 'brief', 'short', 'written', 'joint', 'lengthy', 'own', 'new', 'formal', 'official', 'emailed', 'prepared']);
const MAX_BETWEEN = 3;

/** "Hanna agreed." / "The senator replied on Twitter.": a verb of answering that closes its sentence without content. */
const ANSWERING = new Set(['agreed', 'agrees', 'disagreed', 'disagrees', 'responded', 'responds', 'replied', 'replies', 'countered',
  'counters', 'concurred', 'explained', 'explains', 'elaborated', 'added', 'adds', 'recalled', 'recalls', 'warned', 'cautioned']);

/**
 * The sentence's "SOURCE released a statement" or "SOURCE agreed.", as an attribution whose content comes after it;
 * null when it has none.
 */
export function statementEvent(p: ParagraphTokens, sentence: Sentence): FoundAttribution | null {
  const { tokens } = p;
  for (let k = sentence.first + 1; k < sentence.last; k++) {
    if (tokens[k].kind !== 'word') continue;
    if (ISSUING.has(tokens[k].lower)) {
      let noun = k + 1;
      while (noun < sentence.last && noun - k <= MAX_BETWEEN && BETWEEN.has(tokens[noun].lower)) noun++;
      if (STATEMENTS.has(tokens[noun]?.lower ?? '')) return announced(p, sentence, k, noun + 1);
    }
    if (ANSWERING.has(tokens[k].lower) && isSentenceEnd(p, skipAdjuncts(p.text, tokens, k + 1, sentence.last), sentence.last)) return announced(p, sentence, k, k + 1);
  }
  return null;
}

function announced(p: ParagraphTokens, sentence: Sentence, verb: number, end: number): FoundAttribution | null {
  const { tokens, text } = p;
  const source = phraseBefore(text, tokens, subjectEnd(tokens, verb, sentence.first), sentence.first);
  if (!source) return null;
  const cue = { start: tokens[verb].start, end: tokens[end - 1].end, text: text.slice(tokens[verb].start, tokens[end - 1].end), lemma: 'say' };
  return { type: 'direct', parts: [], cue, source: { start: tokens[source.first].start, end: tokens[source.last - 1].end }, quotes: [], contentTokens: [], cueToken: verb, introducesNext: true };
}

/** A sentence that is nothing but a quotation (and its closing punctuation): the token of the quotation, or -1. */
export function lonePlainQuotation(p: ParagraphTokens, sentence: Sentence): number {
  let quote = -1;
  for (let k = sentence.first; k < sentence.last; k++) {
    const t = p.tokens[k];
    if (t.kind === 'quote' && quote < 0) quote = k;
    else if (t.kind !== 'punct') return -1;
  }
  return quote;
}
