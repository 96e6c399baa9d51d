/**
 * What the clause rules produce, and the helpers that turn token ranges into attributions.
 */
import type { Cue, QuoteType, Span } from '../types';
import type { Token } from '../article/tokens';
import { SUBJECT_PRONOUNS } from '../text/words';
import { OBJECT_REPORT_LEMMAS, STANCE_LEMMAS, type Complement, type CueEntry } from './lexicon';
import type { ParagraphTokens } from '../article/model';
import { isClauseStart } from './clauseStart';
import { afterAside, type TokenRange } from './tokenShapes';

/** An attribution found in a paragraph; offsets relative to the paragraph. */
export interface FoundAttribution {
  type: QuoteType;
  /** Content pieces in text order; a direct quotation split by its attribution has one per quotation. */
  parts: Span[];
  cue?: Cue;
  source?: Span;
  /** Quoted spans (indexes) this attribution reports. */
  quotes: number[];
  /** Token ranges of the content pieces. */
  contentTokens: TokenRange[];
  cueToken: number;
  /** No source in this paragraph: the speaker of the previous attribution speaks on. */
  inheritsSource?: boolean;
  /** A cue and colon ending the paragraph, without content: the next paragraph's quotation is what was said. */
  introducesNext?: boolean;
  /** A stance rather than speech ("backed the bill"): reported only when attitudes are asked for. */
  attitude?: boolean;
}


export interface CueMatch {
  index: number;
  /** Exclusive end token of the cue (particles included). */
  end: number;
  entry: CueEntry;
  complements: Set<Complement>;
  trailing: boolean;
  lemma: string;
  /** Start token of the printed cue when it begins before the verb ("was quoted as saying"). */
  cueStart: number;
  /** The source follows a relative pronoun ("which officials said …"). */
  relativeSubject?: boolean;
  /** The word is as often a noun ("states", "reports", "calls"): only an explicit complement makes it a cue. */
  explicitOnly: boolean;
  /** A cue of stance whatever its lemma (a noun of attitude: "concerns about"). */
  attitude?: boolean;
}

export const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom']);

export const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);

const END_PUNCT = new Set(['.', '!', '?', '…', ';', ':', ',', '—', '–']);

export function spanOf(p: ParagraphTokens, first: number, last: number): Span {
  return { start: p.tokens[first].start, end: p.tokens[last - 1].end };
}

function isVerbWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const cls = token.wordClass;
  return cls === 'auxiliary' || cls === 'verb';
}

function opensBracket(p: ParagraphTokens, first: number, last: number): boolean {
  for (let m = first; m < last; m++) if (p.tokens[m].lower === '(') return true;
  return false;
}

/** "WASHINGTON (AP) — Donald Trump has …": the dateline is the wire's, not the content. */
function afterDateline(p: ParagraphTokens, first: number, last: number): number {
  for (let m = first; m < last && m < first + 8; m++) {
    const t = p.tokens[m];
    if (t.lower === '—' || t.lower === '–' || (t.lower === '-' && t.spaceBefore)) return m > first && m + 1 < last ? m + 1 : first;
    const upper = t.kind === 'word' && p.text.slice(t.start, t.end) === p.text.slice(t.start, t.end).toUpperCase() && /\p{L}/u.test(t.lower);
    if (!(upper || (t.kind === 'punct' && (t.lower === '(' || t.lower === ')' || t.lower === ',' || t.lower === '.')))) return first;
  }
  return first;
}

const LEADING_LINKS = new Set(['but', 'and', 'so', 'yet']);

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** Content that opens as a clause: "that …", a colon or a quotation, or a pronoun and its verb ("announced it had …"). */
function isClausal(p: ParagraphTokens, { first, last }: TokenRange, explicitOnly: boolean): boolean {
  const t = p.tokens[first];
  if (!t) return false;
  if (t.kind === 'quote' || t.lower === 'that' || t.lower === ':') return true;
  // "Welcoming the proposal, Peskov said …": a fronted participle takes an object, a clause only with "that".
  if (explicitOnly) return false;
  const next = p.tokens[first + 1];
  if (PERSONAL_PRONOUNS.has(t.lower)) return next !== undefined && isVerbWord(next) && !next.lower.endsWith('ing');
  // "demanded Ukraine not join …" is a clause; "cited three unnamed people" a noun phrase.
  return t.kind === 'word' && !SUBJECT_PRONOUNS.has(t.lower) && t.wordClass !== 'number' && isClauseStart(p.text, p.tokens, first, last);
}

/** Drops trailing punctuation (and a bracket closed outside the content) and a leading "that" from a content token range. */
function trimContent(p: ParagraphTokens, range: TokenRange, cue: number): TokenRange | null {
  let { first, last } = range;
  while (last > first && p.tokens[last - 1].kind === 'punct' && (END_PUNCT.has(p.tokens[last - 1].lower) || (p.tokens[last - 1].lower === ')' && !opensBracket(p, first, last - 1)))) last--;
  while (first < last && p.tokens[first].kind === 'punct' && END_PUNCT.has(p.tokens[first].lower)) first++;
  first = afterDateline(p, first, last);
  // "But Mrs. Smith would do well to …": a coordinating conjunction links to the writer's previous sentence.
  if (first + 1 < last && LEADING_LINKS.has(p.tokens[first].lower) && p.tokens[first + 1].kind !== 'punct') first++;
  // "…, however, most residents …": nor is the writer's aside.
  first = afterAside(p.tokens, first, last);
  // A leading complementizer is not content; "that won't be true" keeps its demonstrative subject, and so does content
  // before its cue ("That news will come Friday, she said"), which no complementizer of the cue can open.
  if (first + 1 < last && first > cue && p.tokens[first].lower === 'that' && !(isVerbWord(p.tokens[first + 1]) && !p.tokens[first + 1].lower.endsWith('ing'))) first++;
  return last > first ? { first, last } : null;
}

function contentSpan(p: ParagraphTokens, range: TokenRange): Span {
  const first = p.tokens[range.first];
  const last = p.tokens[range.last - 1];
  // A reported clause that is only a quotation is that quotation's content, without its marks.
  if (range.last - range.first === 1 && first.kind === 'quote') {
    const q = p.quotes[first.quote!];
    return { start: q.contentStart, end: q.contentEnd };
  }
  return { start: first.start, end: last.end };
}

function quotesIn(p: ParagraphTokens, range: TokenRange): number[] {
  const found: number[] = [];
  for (let m = range.first; m < range.last; m++) if (p.tokens[m].kind === 'quote') found.push(p.tokens[m].quote!);
  return found;
}

function typeOf(p: ParagraphTokens, range: TokenRange): QuoteType {
  const quotes = quotesIn(p, range).length;
  if (quotes === 0) return 'indirect';
  return range.last - range.first === 1 ? 'direct' : 'mixed';
}

export function isSentenceEnd(p: ParagraphTokens, k: number, limit: number): boolean {
  return k >= limit || (p.tokens[k].kind === 'punct' && (p.tokens[k].lower === '.' || p.tokens[k].lower === '!' || p.tokens[k].lower === '?' || p.tokens[k].lower === ';'));
}

export function makeCue(p: ParagraphTokens, cue: CueMatch): Cue {
  const span = spanOf(p, cue.cueStart, cue.end);
  return { ...span, text: p.text.slice(span.start, span.end), lemma: cue.lemma };
}

export function build(p: ParagraphTokens, cue: CueMatch, source: TokenRange | null, pieces: TokenRange[]): FoundAttribution | null {
  const trimmed = pieces.map((range) => trimContent(p, range, cue.index)).filter((range): range is TokenRange => range !== null);
  if (trimmed.length === 0 || asksAnonymity(p, cue, trimmed[0])) return null;
  const types = trimmed.map((range) => typeOf(p, range));
  const allDirect = types.every((type) => type === 'direct');
  const type: QuoteType = allDirect ? 'direct' : types.some((type) => type !== 'indirect') ? 'mixed' : 'indirect';
  const attitude = cue.attitude === true || STANCE_LEMMAS.has(cue.lemma) || (OBJECT_REPORT_LEMMAS.has(cue.lemma) && !isClausal(p, pieces[0], cue.entry.form === 'gerund')) || refusesToSpeak(p, cue, trimmed[0]);
  return {
    ...(attitude ? { attitude } : {}),
    type,
    parts: trimmed.map((range) => contentSpan(p, range)),
    cue: makeCue(p, cue),
    source: source ? spanOf(p, source.first, source.last) : undefined,
    quotes: trimmed.flatMap((range) => quotesIn(p, range)),
    contentTokens: trimmed,
    cueToken: cue.index,
  };
}

const REFUSALS: ReadonlySet<string> = new Set(['decline', 'refuse']);
const SPEAKING: ReadonlySet<string> = new Set(['comment', 'say', 'elaborate', 'discuss', 'speculate', 'answer', 'respond', 'confirm', 'specify', 'identify', 'name', 'detail', 'explain', 'address']);

const ANONYMITY_REQUESTS: ReadonlySet<string> = new Set(['decline', 'refuse', 'ask', 'request']);
const BEING_NAMED: ReadonlySet<string> = new Set(['named', 'identified', 'quoted']);

/** "who declined to be identified", "who asked not to be named": how a source stays anonymous, not what it said. */
function asksAnonymity(p: ParagraphTokens, cue: CueMatch, content: TokenRange): boolean {
  if (!ANONYMITY_REQUESTS.has(cue.lemma)) return false;
  let k = content.first;
  if (p.tokens[k]?.lower === 'not') k++;
  return p.tokens[k]?.lower === 'to' && p.tokens[k + 1]?.lower === 'be' && BEING_NAMED.has(p.tokens[k + 2]?.lower ?? '');
}

/**
 * "declined to comment", "refused to say whether …": a refusal to speak reports no statement, so the product leaves it
 * out; PolNeAR annotates it, so it counts as an attitude (reported in that scope only).
 */
function refusesToSpeak(p: ParagraphTokens, cue: CueMatch, content: TokenRange): boolean {
  return REFUSALS.has(cue.lemma) && p.tokens[content.first]?.lower === 'to' && SPEAKING.has(p.tokens[content.first + 1]?.lower ?? '');
}

/** A finite verb between `first` and `last`; a quotation counts as one unless `quotationsCount` is false (titles). */
export function hasFiniteVerb(p: ParagraphTokens, first: number, last: number, { quotationsCount = true } = {}): boolean {
  for (let m = first; m < last; m++) {
    const t = p.tokens[m];
    if (t.kind === 'quote' && quotationsCount) return true;
    if (t.kind === 'word' && (t.wordClass === 'auxiliary' || (t.wordClass === 'verb' && !t.lower.endsWith('ing')))) return true;
  }
  return false;
}

export function isCommaToken(p: ParagraphTokens, k: number): boolean {
  const token = p.tokens[k];
  if (!token) return false;
  if (token.kind === 'punct') return token.lower === ',';
  return token.kind === 'quote' && /,\s*["'”’»›]*$/.test(p.text.slice(token.start, token.end));
}
