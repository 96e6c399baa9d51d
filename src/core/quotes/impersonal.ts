/**
 * Impersonal passive reports: "It was confirmed that …", "In a statement from her people, it was confirmed, '…'",
 * "It has been announced by the club that …". The passive has no speaker in subject position, so the source is the
 * one a statement is said to come from, or the agent after "by"; without either, the report is unattributed.
 */
import { cueTable } from './lexicon';
import { phraseAfter, type TokenRange } from './phrases';
import { skipAdjuncts } from './adjuncts';
import type { ParagraphTokens } from '../article/model';
import { build, type CueMatch, type FoundAttribution } from './found';
import { contentEnd } from './content';

/** Participles of verbs of saying that news prints in the impersonal passive. */
const IMPERSONAL_PARTICIPLES = new Set(['confirmed', 'announced', 'reported', 'said', 'stated', 'revealed', 'claimed',
  'disclosed', 'alleged', 'noted', 'explained', 'added', 'declared', 'told']);

const IMPERSONAL_AUX: ReadonlySet<string> = new Set(['is', 'was', 'has been', 'had been', 'have been']);

/** Documents that carry a statement: "In a statement from X,", "In a press release by X,". */
const STATEMENT_DOCUMENTS = new Set(['statement', 'release', 'announcement', 'letter', 'post', 'message', 'note', 'email', 'tweet']);

/** Token after the auxiliary of "it was" / "it has been" at `k` ("it"), or -1. */
function afterAuxiliary(p: ParagraphTokens, k: number): number {
  const one = p.tokens[k + 1]?.lower ?? '';
  const two = `${one} ${p.tokens[k + 2]?.lower ?? ''}`;
  if (IMPERSONAL_AUX.has(two)) return k + 3;
  return IMPERSONAL_AUX.has(one) ? k + 2 : -1;
}

/**
 * The source of a statement document at `k` ("in a statement from her representatives"): the phrase after "from" or
 * "by", up to the comma or clause; and the token after the document phrase.
 */
function statementSource(p: ParagraphTokens, k: number, limit: number): { source: TokenRange | null; end: number } | null {
  const { tokens, text } = p;
  if (tokens[k]?.lower !== 'in') return null;
  let m = k + 1;
  while (m < limit && m - k <= 4 && !STATEMENT_DOCUMENTS.has(tokens[m].lower)) {
    if (tokens[m].kind !== 'word') return null;
    m++;
  }
  if (!STATEMENT_DOCUMENTS.has(tokens[m]?.lower ?? '')) return null;
  m++;
  if (tokens[m]?.lower === 'released' || tokens[m]?.lower === 'issued') m++;
  if (tokens[m]?.lower !== 'from' && tokens[m]?.lower !== 'by') return { source: null, end: m };
  const source = phraseAfter(text, tokens, m + 1, limit);
  return source ? { source, end: source.last } : null;
}

/** "It was confirmed …" at `k`; `segmentStart` is where the clause begins, a fronted "In a statement from X," before it. */
export function impersonalReport(p: ParagraphTokens, k: number, segmentStart: number, limit: number): { attribution: FoundAttribution; skipTo: number } | null {
  const { tokens, text } = p;
  const verb = afterAuxiliary(p, k);
  if (verb < 0 || !IMPERSONAL_PARTICIPLES.has(tokens[verb]?.lower ?? '')) return null;
  const entry = cueTable().get(tokens[verb].lower);
  if (!entry) return null;
  let source: TokenRange | null = null;
  // "In a statement from her people, it was confirmed …"
  const fronted = statementSource(p, segmentStart, k);
  if (fronted && fronted.source && tokens[fronted.end]?.lower === ',' && fronted.end + 1 === k) source = fronted.source;
  let from = skipAdjuncts(text, tokens, verb + 1, limit);
  // "… was confirmed in a statement from her people that …", "… was announced by the club that …"
  const after = statementSource(p, from, limit);
  if (after) {
    source ??= after.source;
    from = after.end;
  } else if (tokens[from]?.lower === 'by') {
    const agent = phraseAfter(text, tokens, from + 1, limit);
    if (agent) {
      source ??= agent;
      from = agent.last;
    }
  }
  const opener = tokens[from];
  if (!opener) return null;
  // The reported words: "that …", or a quotation after a comma or colon.
  if (opener.lower === ',' || opener.lower === ':') from++;
  else if (opener.lower !== 'that') return null;
  if (from >= limit || (opener.lower !== 'that' && tokens[from].kind !== 'quote')) return null;
  const cue: CueMatch = { index: verb, end: verb + 1, entry, complements: new Set(), trailing: false, lemma: entry.verbs[0].lemma, cueStart: k + 1, explicitOnly: false };
  const attribution = build(p, cue, source, [{ first: from, last: contentEnd(p, from, limit) }]);
  return attribution ? { attribution, skipTo: attribution.contentTokens[0].last } : null;
}
