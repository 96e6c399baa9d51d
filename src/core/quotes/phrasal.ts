/**
 * Attributions carried by a phrase rather than a subject and its reporting verb: "according to X", "in a new poll",
 * "Clinton's claim that …", "when asked by a reporter whether …".
 */
import type { Sentence } from '../text/sentences';
import { wordClass } from '../text/words';
import { isClauseStart, isWord, phraseAfter, phraseBefore, skipAdjuncts, type TokenRange } from './phrases';
import { build, isSentenceEnd, type CueMatch, type FoundAttribution, type ParagraphTokens } from './found';
import { clauseBeforeMainVerb, contentEnd, QUESTION_WORDS } from './content';

/** Nouns of saying that take a that-clause: "Clinton's claim that …", "his warning that …". */
export const SPEECH_NOUNS = new Set(['claim', 'claims', 'statement', 'assertion', 'argument', 'warning', 'promise', 'pledge',
  'suggestion', 'insistence', 'allegation', 'accusation', 'charge', 'announcement', 'admission', 'prediction', 'assurance',
  'vow', 'threat', 'contention', 'declaration', 'complaint', 'denial', 'remark', 'comment', 'boast', 'reminder', 'estimate']);

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** "Clinton's claim that …": the possessor said it. Without a possessor nobody is named, and nothing is reported. */
export function possessedClaim(p: ParagraphTokens, k: number, sentence: Sentence, limit: number): FoundAttribution | null {
  const { tokens, text } = p;
  let owner = k - 1;
  while (owner >= sentence.first && tokens[owner].kind === 'word' && wordClass(tokens[owner].lower) === 'adjective') owner--;
  const possessor = tokens[owner];
  if (!possessor || owner < sentence.first || possessor.kind !== 'word') return null;
  let source: TokenRange | null = null;
  if (POSSESSIVE_PRONOUNS.has(possessor.lower)) source = { first: owner, last: owner + 1 };
  else if (/['’]s$/.test(possessor.lower) || /s['’]$/.test(possessor.lower)) source = phraseBefore(text, tokens, owner, sentence.first);
  if (!source || !isClauseStart(text, tokens, k + 2, limit)) return null;
  const cue: CueMatch = { index: k, end: k + 1, entry: { verbs: [], form: 'base' }, complements: new Set(), trailing: false, lemma: tokens[k].lower.replace(/s$/, ''), cueStart: k, explicitOnly: false };
  return build(p, cue, source, [{ first: k + 1, last: clauseBeforeMainVerb(p, k + 2, contentEnd(p, k + 2, limit)) }]);
}

/** "When asked by a reporter whether …, Trump replied": the question is reported speech of the asker. */
export function isPassiveQuestion(p: ParagraphTokens, k: number, sentence: Sentence): boolean {
  const previous = k > sentence.first ? p.tokens[k - 1] : undefined;
  return !previous || previous.lower === 'when' || previous.lower === 'was' || previous.lower === 'were' || previous.lower === 'if' || previous.lower === 'after' || previous.lower === ',';
}

export function askedQuestion(p: ParagraphTokens, k: number, limit: number): FoundAttribution | null {
  const { tokens, text } = p;
  let at = k + 1;
  let asker: TokenRange | null = null;
  if (tokens[at]?.lower === 'by') {
    asker = phraseAfter(text, tokens, at + 1, limit);
    if (!asker) return null;
    at = asker.last;
  }
  at = skipAdjuncts(text, tokens, at, limit);
  const opener = tokens[at];
  if (!opener || !(QUESTION_WORDS.has(opener.lower) || opener.lower === 'about' || opener.lower === 'to')) return null;
  let last = at;
  while (last < limit && tokens[last].lower !== ',') last++;
  const content = { first: opener.lower === 'about' ? at + 1 : at, last };
  if (content.last <= content.first) return null;
  const cue: CueMatch = { index: k, end: k + 1, entry: { verbs: [], form: 'past' }, complements: new Set(), trailing: false, lemma: 'ask', cueStart: k, explicitOnly: false };
  return build(p, cue, asker, [content]);
}

/** Documents that state findings of their own: "In a Fox poll, Cruz had 38 percent", "…, in the latest survey." */
export const FINDING_DOCUMENTS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'analysis', 'average', 'data',
  'audit', 'census', 'ranking', 'rankings', 'tally', 'projection', 'projections', 'forecast', 'forecasts', 'estimates']);

/** "In a new poll," at a clause start, or ", in the latest survey." closing one. */
export function documentSource(p: ParagraphTokens, k: number, segmentStart: number, limit: number): { attribution: FoundAttribution; resume: number; skipTo: number } | null {
  const { tokens, text } = p;
  const atStart = k === segmentStart;
  if (!atStart && tokens[k - 1]?.lower !== ',') return null;
  const source = phraseAfter(text, tokens, k + 1, limit);
  if (!source) return null;
  let found = false;
  for (let m = source.first; m < source.last; m++) if (FINDING_DOCUMENTS.has(tokens[m].lower)) found = true;
  if (!found) return null;
  // The phrase may run on ("poll released Sunday"); it must end the clause or be followed by its comma.
  let end = source.last;
  while (end < limit && end - source.last < 6 && tokens[end].lower !== ',' && !isSentenceEnd(p, end, limit)) end++;
  if (end >= limit && !atStart) return null;
  if (!(end >= limit || tokens[end].lower === ',' || isSentenceEnd(p, end, limit))) return null;
  return sourcedContent(p, k, 1, 'in', { first: source.first, last: end }, segmentStart, limit);
}

export function accordingTo(p: ParagraphTokens, k: number, segmentStart: number, limit: number): { attribution: FoundAttribution; resume: number; skipTo: number } | null {
  const source = phraseAfter(p.text, p.tokens, k + 2, limit);
  if (!source) return null;
  return sourcedContent(p, k, 2, 'according to', source, segmentStart, limit);
}

/** Content around a prepositional cue ("according to X", "in a poll"): after it at a clause start, else before it. */
function sourcedContent(p: ParagraphTokens, k: number, cueLength: number, lemma: string, source: TokenRange, segmentStart: number, limit: number): { attribution: FoundAttribution; resume: number; skipTo: number } | null {
  const { tokens } = p;
  const cue: CueMatch = { index: k, end: k + cueLength, entry: { verbs: [], form: 'base' }, complements: new Set(), trailing: true, lemma, cueStart: k, explicitOnly: false };
  const afterSource = source.last;
  const previous = tokens[k - 1];
  const atStart = k === segmentStart || (k - 1 === segmentStart && isWord(previous) && wordClass(previous.lower) === 'conjunction');
  if (atStart) {
    let from = afterSource;
    if (tokens[from]?.lower === ',') from++;
    if (from >= limit) return null;
    const attribution = build(p, cue, source, [{ first: from, last: contentEnd(p, from, limit) }]);
    return attribution ? { attribution, resume: segmentStart, skipTo: from } : null;
  }
  if (k <= segmentStart) return null;
  const first: TokenRange = { first: segmentStart, last: previous?.lower === ',' ? k - 1 : k };
  // "G4S receives, according to one report, $234 million …": the rest of the clause, whatever its shape.
  const second = tokens[afterSource]?.lower === ',' && afterSource + 1 < limit && !isSentenceEnd(p, afterSource + 1, limit) ? { first: afterSource + 1, last: contentEnd(p, afterSource + 1, limit) } : null;
  const attribution = build(p, cue, source, second ? [first, second] : [first]);
  if (!attribution) return null;
  const end = second ? second.last : afterSource;
  return { attribution, resume: end, skipTo: end };
}
