/**
 * Reported speech inside one paragraph. The result depends on the paragraph's text alone (offsets relative to it),
 * so it can be cached by content: an edit re-analyzes only the paragraphs it touched.
 */
import type { Span } from '../types';
import type { ParagraphGrammar, ParagraphModel, ParagraphTokens } from '../article/model';
import type { Sentence } from '../article/sentences';
import type { Token } from '../article/tokens';
import type { FoundAttribution } from './found';
import { ADJECTIVAL_STANCE_WORDS, APPARENT_VERBS, FINDING_DOCUMENTS, NOMINAL_STANCE_NOUNS } from './phrasal';
import { labelledSpeech } from './labelled';
import { signedSpeech } from './signed';
import { lonePlainQuotation, statementEvent } from './statementEvent';
import { isQuotedTitle } from './titles';
import { ATTITUDE_LEMMAS, cueTable } from './lexicon';
import type { QuotedSpan } from '../article/marks';
import { phraseAfter } from './phrases';
import { skipAdjuncts } from './adjuncts';
import { closesAttribution } from './closing';
import { attributeBounded, MAX_QUOTATIONS_PER_STATEMENT, MAX_UNATTRIBUTED_PER_PARAGRAPH } from './structure';

export interface ParagraphFindings {
  attributions: FoundAttribution[];
  scareQuotes: Span[];
  /** The paragraph's last quotation has no closing mark (it may continue in the next paragraph). */
  endsOpen: boolean;
  /** The paragraph begins with a quotation's opening mark. */
  startsWithQuote: boolean;
  /** The paragraph begins inside a quotation opened in an earlier one (see `QuotedSpan.continued`). */
  startsInsideQuote: boolean;
  /** The paragraph ends by introducing the next one's quotation ("He told the crowd:"). */
  introduction?: FoundAttribution;
}

const TERMINAL = /[.!?…]["'”’»›]*\s*$/;

/** Long or sentence-like quoted text is somebody's speech; a word or two without a cue is a scare quote or a title. */
function isSpeechLike(text: string, quote: QuotedSpan): boolean {
  const content = text.slice(quote.contentStart, quote.contentEnd);
  let words = 0;
  for (const piece of content.split(/\s+/)) if (piece) words++;
  return words >= 6 || (words >= 3 && TERMINAL.test(content));
}

/**
 * `"It's taxing," O'Donnell said. "Big time."`: a quotation of a word or two that is a sentence of its own, right after
 * an attributed direct quotation, is the same speaker going on, not a scare quote.
 */
function continuesDirectSpeech(p: ParagraphTokens, quote: QuotedSpan, previous: FoundAttribution | undefined): boolean {
  const content = p.text.slice(quote.contentStart, quote.contentEnd);
  if (!TERMINAL.test(content) || !/\p{L}/u.test(content)) return false;
  let end = quote.open;
  while (end > 0 && /\s/.test(p.text[end - 1])) end--;
  if (!/[.!?]["'”’»›]*$/.test(p.text.slice(Math.max(0, end - 8), end))) return false;
  return previous !== undefined && previous.type === 'direct' && previous.source !== undefined && quote.open - previous.parts[previous.parts.length - 1].end < 80;
}

function attributionFollows(p: ParagraphTokens, next: number): boolean {
  const subject = phraseAfter(p.text, p.tokens, next, p.tokens.length);
  let at = subject ? subject.last : next;
  // `"… today?" Moreno, a retired teacher, said …`: the name's appositive stands between.
  if (subject && p.tokens[at]?.lower === ',' && at - next <= 6) at = afterAppositive(p, at + 1);
  const token = p.tokens[at];
  if (!(token !== undefined && token.kind === 'word' && cueTable().has(token.lower) && (at - next <= 6 || p.tokens[at - 1]?.lower === ','))) return false;
  // `"…." He added, "…"` / `"…." She says they …`: a cue with content of its own starts a new sentence.
  const after = skipAdjuncts(p.text, p.tokens, at + 1, p.tokens.length);
  const opens = p.tokens[after]?.lower === ',' || p.tokens[after]?.lower === ':';
  return !(opens && p.tokens[after + 1]?.kind === 'quote') && closesAttribution(p, after, p.tokens.length);
}

/** The token after an appositive that starts at `from` and closes with a comma, or `from - 1` (the comma) when none does. */
function afterAppositive(p: ParagraphTokens, from: number): number {
  const appositive = phraseAfter(p.text, p.tokens, from, p.tokens.length);
  return appositive && p.tokens[appositive.last]?.lower === ',' && appositive.last - from <= 12 ? appositive.last + 1 : from - 1;
}

function mayCarrySpeech(tokens: readonly Token[], first: number, last: number): boolean {
  const table = cueTable();
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' || (t.kind === 'word' && (table.has(t.lower) || t.lower === 'according' || FINDING_DOCUMENTS.has(t.lower) || APPARENT_VERBS.has(t.lower) || NOMINAL_STANCE_NOUNS.has(t.lower) || ADJECTIVAL_STANCE_WORDS.has(t.lower)))) return true;
  }
  return false;
}

/**
 * "Kirby said he believes this is a repositioning", "said the US intends to …", "said she was convinced that …": a
 * belief or stance reported inside someone's speech is part of that speech, not a second statement; with
 * `onlySaidNested`, so is any report inside it but one a verb of saying relays.
 */
function dropNestedReports(attributions: FoundAttribution[], onlySaidNested: boolean): void {
  for (let i = attributions.length - 1; i >= 0; i--) {
    const inner = attributions[i];
    if (!inner.cue) continue;
    // Whatever carries the stance: a verb, a noun ("her concern that …"), an adjective ("is convinced that …").
    const stance = ATTITUDE_LEMMAS.has(inner.cue.lemma) || inner.attitude;
    if (!stance && !(onlySaidNested && !RELAYED_SAYING.has(inner.cue.lemma))) continue;
    const cueStart = inner.cue.start;
    // Nested attributions come from the same sentence, next to each other in cue order: a window keeps this linear.
    let nested = false;
    for (let j = Math.max(0, i - 8); j < Math.min(attributions.length, i + 9) && !nested; j++) {
      if (j !== i) nested = attributions[j].parts.some((part) => part.start <= cueStart && cueStart < part.end);
    }
    if (nested) attributions.splice(i, 1);
  }
}

/** Verbs of saying plainly: what they relay inside another report is an attribution of its own. */
const RELAYED_SAYING: ReadonlySet<string> = new Set(['say', 'tell']);

export interface ParagraphOptions {
  /**
   * In the scope of every attribution, a report inside another's content is kept only where a verb of saying relays
   * it ("the paper reported that Klein said …"); other cues inside reported content (its "asked", "called", "found")
   * are far more often part of what is reported than an attribution of their own (on PolNeAR train, about 3 of 4).
   */
  onlySaidNested?: boolean;
}

/** Connectives that carry a report on into the next sentence. */
const CONTINUING = new Set(['in return', 'in addition', 'moreover', 'also', 'furthermore', 'under the plan', 'in exchange', 'meanwhile', 'besides', 'additionally']);

function continuesReport(tokens: readonly Token[], first: number): boolean {
  let phrase = '';
  for (let k = first; k < tokens.length && k < first + 4; k++) {
    if (tokens[k].lower === ',') return CONTINUING.has(phrase);
    phrase += (phrase ? ' ' : '') + tokens[k].lower;
  }
  return false;
}

/** What the article model needs from the quote finder's lexicon (see `ParagraphGrammar`). */
export const SPEECH_GRAMMAR: ParagraphGrammar = {
  isKnownWord: (lower) => cueTable().has(lower),
  attributionFollows,
};

export function analyzeParagraph(model: ParagraphModel, options: ParagraphOptions = {}): ParagraphFindings {
  const p = model.clauses;
  const { quotes } = p;
  const { attributions, introduction } = attributeSentences(p, model.sentences);
  const signed = signedSpeech(p);
  if (signed) {
    // The signature names who said the paragraph's quotations, whatever a clause around them seemed to say.
    const claimedBySignature = new Set(signed.quotes);
    for (let i = attributions.length - 1; i >= 0; i--) if (attributions[i].quotes.some((q) => claimedBySignature.has(q))) attributions.splice(i, 1);
    attributions.push(signed);
  }
  dropNestedReports(attributions, Boolean(options.onlySaidNested));
  attributions.sort((a, b) => a.parts[0].start - b.parts[0].start);
  const { scareQuotes, unattributed } = placeQuotations(p, attributions);
  attributions.push(...unattributed);
  attributions.sort((a, b) => a.parts[0].start - b.parts[0].start);
  const last = quotes[quotes.length - 1];
  return {
    attributions,
    scareQuotes,
    endsOpen: last !== undefined && last.unclosed,
    startsWithQuote: quotes.length > 0 && quotes[0].open === 0,
    startsInsideQuote: quotes.length > 0 && quotes[0].continued === true,
    ...(introduction ? { introduction } : {}),
  };
}

/** The attributions of each sentence, and a closing cue that introduces the next paragraph's quotation. */
function attributeSentences(p: ParagraphTokens, sentences: readonly Sentence[]): { attributions: FoundAttribution[]; introduction?: FoundAttribution } {
  const { tokens } = p;
  const attributions: FoundAttribution[] = [];
  const labelled = labelledSpeech(p);
  if (labelled) attributions.push(labelled);
  let introduction: FoundAttribution | undefined;
  let extendable: FoundAttribution | undefined;
  let issued: FoundAttribution | null = null;
  for (const sentence of sentences) {
    const statement = issued && statementQuoted(p, issued, sentence);
    issued = null;
    if (statement) {
      attributions.push(statement);
      continue;
    }
    const inSentence = mayCarrySpeech(tokens, sentence.first, sentence.last) ? attributeBounded(p, sentence) : [];
    if (inSentence.length === 0) {
      issued = statementEvent(p, sentence);
      // "According to the report, the plan would … In return, Ukraine would …": the report's content goes on.
      if (extendable && continuesReport(tokens, sentence.first)) extendToSentenceEnd(p, extendable, sentence);
      else extendable = undefined;
      continue;
    }
    extendable = undefined;
    for (const found of inSentence) {
      if (found.introducesNext) introduction = found;
      else attributions.push(found);
    }
    const last = attributions[attributions.length - 1];
    if (last && last.cue?.lemma === 'according to' && last.contentTokens.length === 1 && last.contentTokens[0].last >= sentence.last - 1 && last.cueToken === sentence.first) extendable = last;
  }
  // "… released a statement on Tuesday." closing the paragraph: the next paragraph's quotation is the statement.
  introduction ??= issued ?? undefined;
  return { attributions, ...(introduction ? { introduction } : {}) };
}

/** The statement an issuing sentence announced, when the sentence after it is its quotation alone. */
function statementQuoted(p: ParagraphTokens, issued: FoundAttribution, sentence: Sentence): FoundAttribution | null {
  const at = lonePlainQuotation(p, sentence);
  if (at < 0) return null;
  const quote = p.quotes[p.tokens[at].quote!];
  return { ...issued, introducesNext: undefined, parts: [{ start: quote.contentStart, end: quote.contentEnd }], quotes: [p.tokens[at].quote!], contentTokens: [{ first: at, last: at + 1 }] };
}

function extendToSentenceEnd(p: ParagraphTokens, attribution: FoundAttribution, sentence: Sentence): void {
  const last = attribution.parts[attribution.parts.length - 1];
  let end = sentence.last;
  while (end > sentence.first && p.tokens[end - 1].kind === 'punct') end--;
  if (end > sentence.first) attribution.parts[attribution.parts.length - 1] = { start: last.start, end: p.tokens[end - 1].end };
}

/**
 * Quotations no attribution claimed: more of the direct quotation before them ("A," he said. "B."), speech of the
 * previous speaker or of one named in an earlier paragraph, or scare quotes and titles.
 */
function placeQuotations(p: ParagraphTokens, attributions: FoundAttribution[]): { scareQuotes: Span[]; unattributed: FoundAttribution[] } {
  const claimed = new Set<number>();
  for (const a of attributions) for (const q of a.quotes) claimed.add(q);
  const scareQuotes: Span[] = [];
  const unattributed: FoundAttribution[] = [];
  let passed = 0;
  p.quotes.forEach((quote, index) => {
    if (claimed.has(index)) return;
    // Attributions are in text order and so are quotations: a pointer finds the last attribution before this quotation.
    while (passed < attributions.length && attributions[passed].parts[0].start < quote.open) passed++;
    if ((!isSpeechLike(p.text, quote) && !continuesDirectSpeech(p, quote, attributions[passed - 1])) || isQuotedTitle(p.text, quote)) {
      scareQuotes.push({ start: quote.contentStart, end: quote.contentEnd });
      return;
    }
    let previous = attributionBefore(p.text, attributions, passed, quote);
    const lastUnattributed = unattributed[unattributed.length - 1];
    if (lastUnattributed && (!previous || lastUnattributed.parts[0].start > previous.parts[0].start)) previous = lastUnattributed;
    const part = { start: quote.contentStart, end: quote.contentEnd };
    if (previous && previous.type === 'direct') {
      // "A," he said. "B." — the second quotation continues the attributed one; a run of them is no statement.
      if (previous.parts.length >= MAX_QUOTATIONS_PER_STATEMENT) return;
      previous.parts.push(part);
      previous.quotes.push(index);
      return;
    }
    if (unattributed.length >= MAX_UNATTRIBUTED_PER_PARAGRAPH) return;
    unattributed.push({
      type: 'direct',
      parts: [part],
      cue: previous?.cue,
      source: previous?.source,
      quotes: [index],
      contentTokens: [],
      cueToken: -1,
      inheritsSource: previous ? previous.inheritsSource : true,
    });
  });
  return { scareQuotes, unattributed };
}

/**
 * `"A," said Ruiz, who has accused the board of lying. "B."`: an attribution inside the description of a direct
 * quotation's speaker (its cue after the speaker, in the same sentence) reports what the description says.
 */
function describesSpeaker(text: string, a: FoundAttribution, before: FoundAttribution): boolean {
  if (before.type !== 'direct' || !before.source || !a.cue || a.cue.start < before.source.end) return false;
  return !/[.!?]["'”’]*\s/.test(text.slice(before.source.end, a.cue.start));
}

/** The last attribution ending before the quotation, among the few before `passed`. */
function attributionBefore(text: string, attributions: readonly FoundAttribution[], passed: number, quote: QuotedSpan): FoundAttribution | undefined {
  for (let j = passed - 1; j >= 0 && j >= passed - 8; j--) {
    const a = attributions[j];
    if (j > 0 && describesSpeaker(text, a, attributions[j - 1])) continue;
    // "…," the owner told the paper when asked if she had met the minister. "…": the question names nobody who goes on speaking.
    if (!a.source && !a.inheritsSource && a.cue?.lemma === 'ask') continue;
    // `"…," Weller said as she accepted her award. "…"`: a stance after a direct quotation's attribution does not speak on.
    if (a.attitude && j > 0 && attributions[j - 1].type === 'direct' && attributions[j - 1].source) continue;
    if (a.parts[a.parts.length - 1].end <= quote.open) return a;
  }
  return undefined;
}
