/**
 * Attribution inside one sentence: a reporting cue, the source phrase next to it, and the content it reports —
 * before it ("…, Peskov said."), after it ("Peskov said that …"), or around it ("A, he said, B").
 */
import type { Cue, QuoteType, Span } from '../types';
import type { Token } from '../text/tokens';
import type { Sentence } from '../text/sentences';
import { SUBJECT_PRONOUNS, wordClass } from '../text/words';
import { cueTable, type Complement, type CueEntry } from './lexicon';
import type { QuotedSpan } from './marks';
import { isClauseStart, isWord, phraseAfter, phraseBefore, skipAddressee, skipAdjuncts, subjectEnd, type TokenRange } from './phrases';

/** An attribution found in a paragraph; offsets relative to the paragraph. */
export interface FoundAttribution {
  type: QuoteType;
  /** Content pieces in text order; a direct quotation split by its attribution has one per quotation. */
  parts: Span[];
  cue?: Cue;
  source?: Span;
  /** Quoted spans (indexes) this attribution reports. */
  quotes: number[];
  /** For a split direct quotation: one quote per part. */
  splitDirect: boolean;
  /** Token range covering source, cue and content: for nesting. */
  contentTokens: TokenRange[];
  cueToken: number;
  /** No source in this paragraph: the speaker of the previous attribution speaks on. */
  inheritsSource?: boolean;
  /** A cue and colon ending the paragraph, without content: the next paragraph's quotation is what was said. */
  introducesNext?: boolean;
}

export interface ParagraphTokens {
  text: string;
  tokens: readonly Token[];
  quotes: readonly QuotedSpan[];
}

/** Reporting verbs whose base and -s forms are common nouns ("home state", "news reports", "phone calls"). */
const NOUN_LIKE_LEMMAS = new Set(['state', 'report', 'show', 'claim', 'note', 'comment', 'answer', 'charge', 'estimate', 'call',
  'promise', 'offer', 'post', 'tweet', 'label', 'question', 'order', 'reply', 'project', 'signal', 'figure', 'hold', 'find',
  'count', 'brief', 'press', 'demand', 'vow', 'pledge', 'quote', 'text', 'email', 'blog', 'forecast', 'hint', 'doubt', 'guess',
  'fear', 'hope', 'bet', 'protest', 'object', 'cry', 'laugh', 'sigh', 'snap', 'bark', 'shout', 'yell', 'point', 'address',
  'stress', 'counter', 'repeat', 'muse', 'remark', 'learn', 'read', 'highlight', 'underline', 'signal', 'plead', 'beg']);
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom']);
const TITLE_CASE_CUES = new Set(['says', 'said', 'tells', 'told', 'say']);
const PRONOUN_CONTRACTION = /^(he|she|it|they|we|i|you|who)['’]s$/;
const ROLE_NOUNS_BEFORE_CUE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);
const END_PUNCT = new Set(['.', '!', '?', '…', ';', ':', ',', '—', '–']);

interface CueMatch {
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
}

function matchCue(p: ParagraphTokens, k: number, sentence: Sentence): CueMatch | null {
  const { tokens } = p;
  const token = tokens[k];
  if (token.kind !== 'word') return null;
  const entry = cueTable().get(token.lower);
  if (!entry) return null;
  const previous = k > sentence.first ? tokens[k - 1] : undefined;
  // Title case ("Russia, Ukraine Signal Progress") capitalises verbs that are not cues; "Trump Says …" is one all the same.
  if (previous && /\p{Lu}/u.test(p.text[token.start]) && !TITLE_CASE_CUES.has(token.lower)) return null;
  if (entry.form === 'gerund' && previous && !gerundIsVerb(p, previous)) return null;
  // A determiner or possessive before the word makes it a noun or an adjective: "the report", "his claims", "the stated aim".
  if (previous && previous.kind === 'word' && (ROLE_NOUNS_BEFORE_CUE.has(previous.lower) || (/['’]s$/.test(previous.lower) && !PRONOUN_CONTRACTION.test(previous.lower)))) return null;
  // "to say", "declined to comment": an infinitive is not itself the report.
  if (previous && previous.lower === 'to') return null;
  let cueStart = k;
  // Passive voice has no speaker in subject position; "was quoted as saying" is the one passive cue news uses for speech.
  if (previous && PASSIVE_AUX.has(previous.lower) && entry.form !== 'gerund') return null;
  if (entry.form === 'gerund' && previous?.lower === 'as' && tokens[k - 2]?.lower === 'quoted') {
    cueStart = k - 2;
    if (PASSIVE_AUX.has(tokens[k - 3]?.lower ?? '')) cueStart = k - 3;
  }
  if (entry.form === 'base' && previous && previous.kind === 'word') {
    // "say" is a present-tense cue after a subject or an auxiliary ("Analysts say", "they say", "will say"), not after a
    // preposition or determiner ("have a say", "for report").
    const cls = wordClass(previous.lower);
    if (cls === 'preposition' || cls === 'determiner' || cls === 'conjunction') return null;
  }
  const complements = new Set<Complement>();
  let end = k + 1;
  let lemma = entry.verbs[0].lemma;
  let trailing = false;
  for (const verb of entry.verbs) {
    if (verb.particle) {
      if (tokens[k + 1]?.lower === verb.particle) {
        end = k + 2;
        lemma = `${verb.lemma} ${verb.particle}`;
        verb.complements.forEach((c) => complements.add(c));
        trailing ||= verb.trailing;
      }
      continue;
    }
    verb.complements.forEach((c) => complements.add(c));
    trailing ||= verb.trailing;
    if (end === k + 1) lemma = verb.lemma;
  }
  if (complements.size === 0) return null;
  // After a name or a pronoun ("The Financial Times reports", "she states") the verb reading is the likely one.
  const afterName = previous !== undefined && previous.kind === 'word' && (/\p{Lu}/u.test(p.text[previous.start]) || wordClass(previous.lower) === 'pronoun');
  const explicitOnly = (entry.form === 'base' || entry.form === 'present') && NOUN_LIKE_LEMMAS.has(entry.verbs[0].lemma) && !afterName;
  return { index: k, end, entry, complements, trailing, lemma, cueStart, explicitOnly };
}

/**
 * What makes "shows", "states", "calls" a verb: "that", a quotation, a colon before one, a pronoun, or a determiner or name
 * opening the object ("a survey shows the mayor …"); a noun is followed by other things ("home state of Ohio").
 */
function explicitComplement(p: ParagraphTokens, k: number): boolean {
  const t = p.tokens[k];
  if (!t) return false;
  if (t.lower === 'that' || t.kind === 'quote' || SUBJECT_PRONOUNS.has(t.lower)) return true;
  if (t.lower === ':') return p.tokens[k + 1]?.kind === 'quote';
  return t.kind === 'word' && (t.capitalised || wordClass(t.lower) === 'determiner');
}

/** Words before a gerund that make it a verb ("…, adding", "is urging", "by saying") rather than a noun ("a briefing", "in writing"). */
const BEFORE_GERUND = new Set([',', '—', '–', 'and', 'by', 'while', 'after', 'before', 'as', 'when', 'is', 'was', 'are', 'were', 'been', 'be', 'also', 'still', 'repeatedly', 'again', 'not', 'publicly', 'even', 'without', 'quoted', ';', ':']);

function gerundIsVerb(p: ParagraphTokens, previous: Token): boolean {
  if (BEFORE_GERUND.has(previous.lower)) return true;
  // "… ''expansionist,'' accusing it of …": the comma is inside the quotation.
  if (previous.kind === 'quote') return /,\s*["'”’»›]*$/.test(p.text.slice(previous.start, previous.end));
  return previous.kind === 'word' && previous.lower.endsWith('ly') && wordClass(previous.lower) === 'adverb';
}

function spanOf(p: ParagraphTokens, first: number, last: number): Span {
  return { start: p.tokens[first].start, end: p.tokens[last - 1].end };
}

function isVerbWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const cls = wordClass(token.lower);
  return cls === 'auxiliary' || cls === 'verb';
}

/** Drops trailing punctuation and a leading "that" from a content token range. */
function trimContent(p: ParagraphTokens, range: TokenRange): TokenRange | null {
  let { first, last } = range;
  while (last > first && p.tokens[last - 1].kind === 'punct' && END_PUNCT.has(p.tokens[last - 1].lower)) last--;
  while (first < last && p.tokens[first].kind === 'punct' && END_PUNCT.has(p.tokens[first].lower)) first++;
  // A leading complementizer is not content; "that won't be true" keeps its demonstrative subject.
  if (first + 1 < last && p.tokens[first].lower === 'that' && !isVerbWord(p.tokens[first + 1])) first++;
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

function isSentenceEnd(p: ParagraphTokens, k: number, limit: number): boolean {
  return k >= limit || (p.tokens[k].kind === 'punct' && (p.tokens[k].lower === '.' || p.tokens[k].lower === '!' || p.tokens[k].lower === '?' || p.tokens[k].lower === ';'));
}

/** Reported content longer than this many tokens is cut: keeps hostile endless sentences linear. */
const MAX_CONTENT_TOKENS = 300;
/** Conjunctions after which a new attribution starts rather than the reported clause going on. */
const CLAUSE_LINKS = new Set(['while', 'although', 'though', 'whereas', 'but', 'and', 'yet']);

/** A subject (with an optional appositive) followed by a reporting verb at `from`: ", Chaly, a negotiator, said". */
function attributionAt(p: ParagraphTokens, from: number, limit: number): { cue: number } | null {
  const { tokens } = p;
  const subject = phraseAfter(p.text, tokens, from, limit);
  if (!subject || subject.last - subject.first > 8) return null;
  let at = subject.last;
  if (tokens[at]?.lower === ',') {
    const appositive = phraseAfter(p.text, tokens, at + 1, limit);
    if (appositive && tokens[appositive.last]?.lower === ',') at = appositive.last + 1;
    else if (appositive && tokens[appositive.last]?.kind === 'word' && cueTable().has(tokens[appositive.last].lower)) at = appositive.last;
  }
  at = skipAdjuncts(p.text, tokens, at, limit);
  if (tokens[at]?.lower === '(') {
    let close = at + 1;
    while (close < limit && close - at < 8 && tokens[close].lower !== ')') close++;
    if (tokens[close]?.lower === ')') at = close + 1;
  }
  const token = tokens[at];
  if (!token || token.kind !== 'word') return null;
  const entry = cueTable().get(token.lower);
  return entry && entry.form !== 'gerund' ? { cue: at } : null;
}

const WRITER_CONTINUATIONS = new Set(['although', 'though', 'whereas', 'despite']);
/** After ", and" a pronoun usually continues the reported speaker's own clause ("…, and they would …"). */
const SUBJECT_PRONOUNS_CONTINUING = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

function hasCommaBefore(tokens: readonly Token[], from: number, end: number): boolean {
  for (let m = from; m < end; m++) if (tokens[m].lower === ',') return true;
  return false;
}

/**
 * Where reported content that starts at `start` ends: the sentence end, or before ", adding …" / ", according to …" /
 * ", X said" / ", while X said …" that open another attribution.
 */
function contentEnd(p: ParagraphTokens, start: number, limit: number): number {
  const { tokens } = p;
  const end = Math.min(limit, start + MAX_CONTENT_TOKENS);
  for (let m = start; m < end; m++) {
    const token = tokens[m];
    const quoteEndsInComma = token.kind === 'quote' && m > start && /,\s*$/.test(p.text.slice(p.quotes[token.quote!].contentStart, p.quotes[token.quote!].contentEnd));
    if (token.lower !== ',' && token.lower !== '—' && !quoteEndsInComma) {
      // "… and Ukrainian officials said …", "… but noted that …": a coordinated attribution.
      if (m > start && token.kind === 'word' && CLAUSE_LINKS.has(token.lower)) {
        const next = tokens[m + 1];
        const nextEntry = next && next.kind === 'word' ? cueTable().get(next.lower) : undefined;
        // "and pledge to …" coordinates the reported verbs; "and added that …" / "but noted that …" is a new report.
        const newReport = nextEntry && (token.lower === 'and' ? nextEntry.form === 'past' || nextEntry.form === 'present' : nextEntry.form !== 'gerund');
        if (newReport || (token.lower !== 'and' && attributionAt(p, m + 1, end))) return tokens[m - 1].lower === ',' ? m - 1 : m;
      }
      continue;
    }
    const boundary = quoteEndsInComma ? m + 1 : m;
    const next = tokens[m + 1];
    if (!next || next.kind !== 'word') continue;
    if (next.lower === 'according' && tokens[m + 2]?.lower === 'to') return boundary;
    // ", said Sherman, a …" — an inverted attribution.
    const inverted = cueTable().get(next.lower);
    if (inverted && (inverted.form === 'past' || inverted.form === 'present') && phraseAfter(p.text, tokens, m + 2, end)) return boundary;
    const entry = cueTable().get(next.lower);
    if (entry && entry.form === 'gerund' && !quoteEndsInComma) return m;
    if (CLAUSE_LINKS.has(next.lower) && next.lower !== 'and' && attributionAt(p, m + 2, end)) return m;
    // The writer's own continuation: ", although …", ", which would mean …" running to the sentence end, ", and NEW SUBJECT VERB …".
    if (!quoteEndsInComma && WRITER_CONTINUATIONS.has(next.lower)) return m;
    if (!quoteEndsInComma && next.lower === 'which' && !hasCommaBefore(tokens, m + 2, end)) return m;
    if (!quoteEndsInComma && next.lower === 'and' && tokens[m + 2]?.kind === 'word' && !SUBJECT_PRONOUNS_CONTINUING.has(tokens[m + 2].lower) && isClauseStart(p.text, tokens, m + 2, end)) return m;
    // ", he said" / ", Peskov said" / ", Chaly, a negotiator, said" closing the clause.
    if (attributionAt(p, m + 1, end)) return boundary;
  }
  return end;
}

interface Lead {
  content: TokenRange;
}

/** Content introduced after the cue (and its addressee and adjuncts), per the verb's complements. */
function leadingContent(p: ParagraphTokens, cue: CueMatch, limit: number): Lead | null {
  const { tokens, text } = p;
  let k = skipAdjuncts(text, tokens, cue.end, limit);
  const c = cue.complements;
  if (cue.explicitOnly && !explicitComplement(p, k)) return null;
  // "promised they would …": a clause right after the verb, before any addressee is looked for.
  if (c.has('clause') && tokens[k] && tokens[k].kind === 'word' && tokens[k].lower !== 'that' && isClauseStart(text, tokens, k, limit)) {
    return { content: { first: k, last: contentEnd(p, k, limit) } };
  }
  if (c.has('addressee') || c.has('objectTo')) {
    const afterObject = skipAddressee(text, tokens, k, limit);
    if (c.has('objectTo') && tokens[afterObject]?.lower === 'to' && afterObject > k) {
      return { content: { first: k, last: contentEnd(p, afterObject, limit) } };
    }
    if (c.has('addressee')) k = skipAdjuncts(text, tokens, afterObject, limit);
  }
  const t = tokens[k];
  if (!t) return null;
  if (cue.explicitOnly && !explicitComplement(p, k)) return null;
  // "a deadline that insiders said went unnoticed": the relative clause's verb follows the cue directly.
  if (cue.relativeSubject && t.kind === 'word' && (wordClass(t.lower) === 'auxiliary' || (wordClass(t.lower) === 'verb' && !t.lower.endsWith('ing')))) {
    return { content: { first: k, last: contentEnd(p, k, limit) } };
  }
  if (t.lower === 'that' && k + 1 < limit) return { content: { first: k, last: contentEnd(p, k + 1, limit) } };
  if (t.lower === ':' && k + 1 < limit) return { content: { first: k + 1, last: contentEnd(p, k + 1, limit) } };
  if (t.lower === ',' && tokens[k + 1]?.kind === 'quote') return { content: { first: k + 1, last: contentEnd(p, k + 1, limit) } };
  if (t.kind === 'quote') return { content: { first: k, last: contentEnd(p, k, limit) } };
  if (c.has('question') && QUESTION_WORDS.has(t.lower)) return { content: { first: k, last: contentEnd(p, k, limit) } };
  if (c.has('to') && t.lower === 'to' && startsVerbPhrase(tokens[k + 1])) return { content: { first: k, last: contentEnd(p, k, limit) } };
  if (c.has('at') && (t.lower === 'at' || wordClass(t.lower) === 'verb')) {
    const from = t.lower === 'at' ? k + 1 : k;
    return from < limit ? { content: { first: from, last: contentEnd(p, from, limit) } } : null;
  }
  if (c.has('predicate')) {
    // "called the talks “constructive”", "called Mrs. Smith an ''Aunt Tom''", "described the protests as peaceful".
    const objectPronoun = tokens[k]?.kind === 'word' && OBJECT_PRONOUNS.has(tokens[k].lower);
    const object = objectPronoun ? { first: k, last: k + 1 } : phraseAfter(text, tokens, k, limit);
    const after = object ? object.last : k;
    const predicate = tokens[after]?.lower === 'as' ? after + 1 : after;
    const next = tokens[predicate];
    if (object && next && next.kind === 'quote') return { content: { first: k, last: predicate + 1 } };
    if (object && next && next.kind === 'word' && predicate < limit) {
      const cls = wordClass(next.lower);
      const nounPredicate = cls === 'determiner' || cls === 'adjective' || (predicate > after && cls !== 'preposition' && cls !== 'verb');
      if (nounPredicate) return { content: { first: k, last: contentEnd(p, predicate, limit) } };
    }
  }
  if ((c.has('clause') || c.has('addressee')) && isClauseStart(text, tokens, k, limit)) {
    return { content: { first: k, last: contentEnd(p, k, limit) } };
  }
  if (c.has('object') && startsObject(p, k, limit)) return { content: { first: k, last: contentEnd(p, k, limit) } };
  return null;
}

const QUESTION_WORDS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'himself', 'herself', 'themselves', 'itself']);

/** A noun phrase object: a determiner, a name, a pronoun or a noun, not a preposition or a verb. */
function startsObject(p: ParagraphTokens, k: number, limit: number): boolean {
  const token = p.tokens[k];
  if (!token || k >= limit || token.kind !== 'word') return false;
  if (OBJECT_PRONOUNS.has(token.lower)) return true;
  return phraseAfter(p.text, p.tokens, k, limit) !== null;
}

/** "to accept" but not "to the Western powers". */
function startsVerbPhrase(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const cls = wordClass(token.lower);
  return cls !== 'determiner' && cls !== 'pronoun' && cls !== 'number' && cls !== 'preposition' && token.lower === token.lower.toLowerCase();
}

function makeCue(p: ParagraphTokens, cue: CueMatch): Cue {
  const span = spanOf(p, cue.cueStart, cue.end);
  return { ...span, text: p.text.slice(span.start, span.end), lemma: cue.lemma };
}

function build(p: ParagraphTokens, cue: CueMatch, source: TokenRange | null, pieces: TokenRange[]): FoundAttribution | null {
  const trimmed = pieces.map((range) => trimContent(p, range)).filter((range): range is TokenRange => range !== null);
  if (trimmed.length === 0) return null;
  const types = trimmed.map((range) => typeOf(p, range));
  const allDirect = types.every((type) => type === 'direct');
  const type: QuoteType = allDirect ? 'direct' : types.some((type) => type !== 'indirect') ? 'mixed' : 'indirect';
  return {
    type,
    parts: trimmed.map((range) => contentSpan(p, range)),
    cue: makeCue(p, cue),
    source: source ? spanOf(p, source.first, source.last) : undefined,
    quotes: trimmed.flatMap((range) => quotesIn(p, range)),
    splitDirect: allDirect && trimmed.length > 1,
    contentTokens: trimmed,
    cueToken: cue.index,
  };
}

/**
 * After a trailing cue only circumstances may follow before the clause ends ("…," he said of Cruz. / "…," Trump added to
 * Variety on Monday.): no "that", no finite verb, no content.
 */
function closesAttribution(p: ParagraphTokens, from: number, limit: number): boolean {
  for (let m = from; m < limit && m < from + 14; m++) {
    const t = p.tokens[m];
    if (isSentenceEnd(p, m, limit) || t.lower === ',' || t.kind === 'quote' || t.lower === ':' || t.lower === '—') return true;
    if (t.kind !== 'word') continue;
    if (t.lower === 'that') return false;
    const cls = wordClass(t.lower);
    // "…," Trump told a meeting being held in a church. — participles describe; a finite verb starts new content.
    if ((cls === 'auxiliary' && t.lower !== 'being' && t.lower !== 'having') || (cls === 'verb' && !t.lower.endsWith('ed') && !t.lower.endsWith('ing'))) return false;
  }
  return from >= limit;
}

function hasFiniteVerb(p: ParagraphTokens, first: number, last: number): boolean {
  for (let m = first; m < last; m++) {
    const t = p.tokens[m];
    if (t.kind === 'quote') return true;
    if (t.kind === 'word' && (wordClass(t.lower) === 'auxiliary' || (wordClass(t.lower) === 'verb' && !t.lower.endsWith('ing')))) return true;
  }
  return false;
}

function isCommaToken(p: ParagraphTokens, k: number): boolean {
  const token = p.tokens[k];
  if (!token) return false;
  if (token.kind === 'punct') return token.lower === ',';
  return token.kind === 'quote' && /,\s*["'”’»›]*$/.test(p.text.slice(token.start, token.end));
}

/** Content before a trailing cue: a quotation, or at least two words that are not a sentence adverb ("Instead,"). */
function substantial(p: ParagraphTokens, first: number, last: number): boolean {
  let words = 0;
  for (let m = first; m < last; m++) {
    if (p.tokens[m].kind === 'quote') return true;
    if (p.tokens[m].kind === 'word') words++;
  }
  return words >= 2;
}

/** "…," said Peskov. — the source after the cue, up to the clause end. */
function invertedSource(p: ParagraphTokens, cue: CueMatch, limit: number): TokenRange | null {
  const source = phraseAfter(p.text, p.tokens, cue.end, limit);
  if (!source) return null;
  const after = skipAdjuncts(p.text, p.tokens, source.last, limit);
  const next = p.tokens[after];
  if (after >= limit || next.lower === ',' || next.kind === 'quote' || isSentenceEnd(p, after, limit)) return source;
  return null;
}

/** The second piece after a trailing attribution: `"A," he said, "B."` or `A, he said, B.` */
function continuation(p: ParagraphTokens, from: number, limit: number, subjectOnly = false): TokenRange | null {
  const { tokens } = p;
  let k = skipAdjuncts(p.text, tokens, from, limit);
  if (k >= limit) return null;
  if (tokens[k].lower === ',' || tokens[k].lower === ':' || tokens[k].lower === '—') k++;
  else if (!(tokens[k].kind === 'quote')) return null;
  if (k >= limit) return null;
  const next = tokens[k];
  // "The plan, economists say, limited the recovery": before the cue stood only the subject, so the rest is the predicate.
  if (subjectOnly && next.kind === 'word' && !isSentenceEnd(p, k, limit)) return { first: k, last: contentEnd(p, k, limit) };
  if (next.kind === 'word') {
    if (cueTable().get(next.lower)?.form === 'gerund' || next.lower === 'according' || next.lower === 'which' || next.lower === 'who') return null;
    // The rest of the clause ("…, he said, was even more popular") goes on; an appositive that runs to the sentence end
    // ("…, said Reed, a strategist at the firm.") does not.
    const appositive = phraseAfter(p.text, tokens, k, limit);
    const afterAppositive = appositive ? tokens[appositive.last] : undefined;
    const describes = !afterAppositive || isSentenceEnd(p, appositive!.last, limit) || afterAppositive.lower === ',' || RELATIVE_PRONOUNS.has(afterAppositive.lower) || afterAppositive.lower === 'whose' || afterAppositive.lower === 'where';
    if (appositive && describes && !isClauseStart(p.text, tokens, k, limit)) return null;
  }
  const last = contentEnd(p, k, limit);
  // Content goes on with a verb or a quotation; ", a negotiator, on Tuesday after the talks." is description.
  for (let m = k; m < last; m++) {
    const t = tokens[m];
    if (t.kind === 'quote') return { first: k, last };
    if (t.kind === 'word') {
      const cls = wordClass(t.lower);
      if (cls === 'auxiliary' || cls === 'verb' || cls === 'base') return { first: k, last };
    }
  }
  return null;
}

/** Finds the attributions of one sentence, in text order of their cues. */
export function attributeSentence(p: ParagraphTokens, sentence: Sentence): FoundAttribution[] {
  const { tokens, text } = p;
  const found: FoundAttribution[] = [];
  const limit = sentence.last;
  let segmentStart = sentence.first;
  for (let k = sentence.first; k < limit; k++) {
    const token = tokens[k];
    if (token.kind !== 'word') continue;
    if ((token.lower === 'according' && tokens[k + 1]?.lower === 'to') || token.lower === 'in') {
      const result = token.lower === 'in' ? documentSource(p, k, segmentStart, limit) : accordingTo(p, k, segmentStart, limit);
      if (result) {
        found.push(result.attribution);
        segmentStart = Math.max(segmentStart, result.resume);
        k = Math.max(k, result.skipTo - 1);
      }
      continue;
    }
    if (SPEECH_NOUNS.has(token.lower) && tokens[k + 1]?.lower === 'that') {
      const claim = possessedClaim(p, k, sentence, limit);
      if (claim) {
        found.push(claim);
        continue;
      }
    }
    if (token.lower === 'asked' && isPassiveQuestion(p, k, sentence)) {
      const asked = askedQuestion(p, k, limit);
      if (asked) {
        found.push(asked);
        // The question is not the content of the clause that follows it ("…, Trump replied.").
        const after = asked.contentTokens[0].last;
        segmentStart = tokens[after]?.lower === ',' ? after + 1 : after;
        k = segmentStart - 1;
        continue;
      }
    }
    const cue = matchCue(p, k, sentence);
    if (!cue) continue;
    const headIndex = subjectEnd(tokens, cue.cueStart, segmentStart);
    // "is urging" is finite and has a subject; "…, adding" continues the previous speaker.
    let progressive = false;
    if (cue.entry.form === 'gerund') for (let m = k - 1; m > headIndex; m--) if (PASSIVE_AUX.has(tokens[m].lower)) progressive = true;
    const finite = cue.entry.form !== 'gerund' || progressive || cue.cueStart !== k;
    // "with Ukraine repeatedly insisting that …": a noun right before the gerund is its subject.
    const gerundSubject = !finite && tokens[headIndex]?.kind === 'word' && headIndex >= segmentStart && tokens[headIndex].lower !== 'and' && wordClass(tokens[headIndex].lower) !== 'preposition' && wordClass(tokens[headIndex].lower) !== 'conjunction';
    let source = finite || gerundSubject ? phraseBefore(text, tokens, headIndex, segmentStart) : null;
    const relative = source && source.first > segmentStart ? tokens[source.first - 1] : undefined;
    // "which officials said went …"; "that" is a relative pronoun only after a noun ("a deadline that …").
    if (relative && RELATIVE_PRONOUNS.has(relative.lower) && (relative.lower !== 'that' || nounBefore(p, source!.first - 2))) cue.relativeSubject = true;
    const lead = leadingContent(p, cue, limit);
    // Trailing: `CONTENT, SOURCE said` or `CONTENT, said SOURCE` — the content precedes.
    let before = source ? source.first - 1 : cue.cueStart - 1;
    // "…, another negotiator at the talks, Oleksandr Chaly said.": the role before the name belongs to the source.
    const role = source && tokens[before]?.lower === ',' ? phraseBefore(text, tokens, before - 1, segmentStart) : null;
    if (source && role && role.last === before && role.last - role.first <= 8 && role.first - 1 > segmentStart && isCommaToken(p, role.first - 1) && tokens[role.first].kind === 'word') {
      source = { first: role.first, last: source.last };
      before = role.first - 1;
    }
    const boundary = tokens[before];
    const boundaryOk = boundary && before >= segmentStart && (boundary.lower === ',' || boundary.kind === 'quote' || boundary.lower === '—');
    // `Welcoming the plan, Peskov said, "…"` leads; `"A," Peskov said, "B."` trails: the content before must be a quotation
    // when the cue also has content after it.
    if (cue.trailing && boundaryOk && (!lead || boundary.kind === 'quote') && (substantial(p, segmentStart, boundary.kind === 'quote' ? before + 1 : before) || tokens[cue.end]?.lower === ',')) {
      const contentLast = boundary.kind === 'quote' ? before + 1 : before;
      let inverted: TokenRange | null = null;
      if (!source) inverted = invertedSource(p, cue, limit);
      const who = source ?? inverted;
      let afterCue = skipAdjuncts(text, tokens, inverted ? inverted.last : cue.end, limit);
      // "…, he told the court in a filing."
      if (cue.complements.has('addressee') && !inverted) afterCue = skipAdjuncts(text, tokens, skipAddressee(text, tokens, afterCue, limit), limit);
      const closes = closesAttribution(p, afterCue, limit);
      if (who && closes && contentLast > segmentStart) {
        const resumeAt = inverted ? inverted.last : cue.end;
        const second = continuation(p, resumeAt, limit, !hasFiniteVerb(p, segmentStart, contentLast));
        const pieces = second ? [{ first: segmentStart, last: contentLast }, second] : [{ first: segmentStart, last: contentLast }];
        const attribution = build(p, cue, who, pieces);
        if (attribution) {
          found.push(attribution);
          const end = second ? second.last : resumeAt;
          segmentStart = end;
          k = Math.max(k, end - 1);
          continue;
        }
      }
    }
    if (!lead) {
      // "He told the crowd:" closing the paragraph introduces the quotation of the next one.
      let colon = skipAdjuncts(text, tokens, cue.end, limit);
      if (cue.complements.has('addressee')) colon = skipAdjuncts(text, tokens, skipAddressee(text, tokens, colon, limit), limit);
      if (source && tokens[colon]?.lower === ':' && colon + 1 >= tokens.length) {
        found.push({ type: 'direct', parts: [], cue: makeCue(p, cue), source: spanOf(p, source.first, source.last), quotes: [], splitDirect: false, contentTokens: [], cueToken: cue.index, introducesNext: true });
      }
      continue;
    }
    const link = tokens[cue.cueStart - 1];
    const coordinated = !source && finite && link && (link.lower === 'and' || link.lower === 'but');
    // "Her campaign announced new support … and said …": the subject of the first verb speaks.
    const sentenceSubject = coordinated && found.length === 0 ? subjectOfSentence(p, sentence, cue.cueStart) : null;
    if (!source && finite && !(coordinated && (found.length > 0 || sentenceSubject))) continue;
    const attribution = build(p, cue, source ?? sentenceSubject, [lead.content]);
    if (!attribution) continue;
    if (!source && !sentenceSubject) {
      // "…, adding that …": the speaker is the previous attribution's in this sentence, else the sentence's subject
      // ("She released a statement, insisting that …"), else the previous speaker, possibly in an earlier paragraph.
      const subject = found.length === 0 ? subjectOfSentence(p, sentence, cue.cueStart) : null;
      const inherited = found.length > 0 ? found[found.length - 1].source : subject ? spanOf(p, subject.first, subject.last) : undefined;
      if (inherited) attribution.source = inherited;
      else attribution.inheritsSource = true;
    }
    found.push(attribution);
    // Later cues inside this content are relayed speech and are found by continuing the scan inside it.
  }
  // "Highlighting that …, Kirby said …": a fronted participle takes the subject of the clause after it.
  for (let i = 0; i < found.length - 1; i++) {
    const a = found[i];
    const next = found[i + 1];
    if (a.inheritsSource && next.source && a.cueToken < next.cueToken && a.parts[a.parts.length - 1].end <= next.source.start) {
      a.source = next.source;
      a.inheritsSource = false;
    }
  }
  return found;
}

function nounBefore(p: ParagraphTokens, k: number): boolean {
  const token = p.tokens[k];
  if (!token || token.kind !== 'word') return false;
  const cls = wordClass(token.lower);
  return cls === 'noun' || cls === 'other' || cls === 'base';
}

/** The subject noun phrase at the start of the sentence (after an introductory phrase and comma), if a verb follows it. */
function subjectOfSentence(p: ParagraphTokens, sentence: Sentence, before: number): TokenRange | null {
  const { tokens, text } = p;
  let start = sentence.first;
  for (let m = start; m < Math.min(before, start + 10); m++) {
    if (tokens[m].lower === ',') {
      start = m + 1;
      break;
    }
  }
  if (tokens[start]?.kind === 'word' && wordClass(tokens[start].lower) === 'conjunction') start++;
  const subject = phraseAfter(text, tokens, start, before);
  if (!subject) return null;
  const next = tokens[subject.last];
  if (!next || next.kind !== 'word') return null;
  const cls = wordClass(next.lower);
  return cls === 'verb' || cls === 'auxiliary' || cls === 'adverb' || cls === 'other' ? subject : null;
}

/** Nouns of saying that take a that-clause: "Clinton's claim that …", "his warning that …". */
const SPEECH_NOUNS = new Set(['claim', 'claims', 'statement', 'assertion', 'argument', 'warning', 'promise', 'pledge',
  'suggestion', 'insistence', 'allegation', 'accusation', 'charge', 'announcement', 'admission', 'prediction', 'assurance',
  'vow', 'threat', 'contention', 'declaration', 'complaint', 'denial', 'remark', 'comment', 'boast', 'reminder', 'estimate']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** "Clinton's claim that …": the possessor said it. Without a possessor nobody is named, and nothing is reported. */
function possessedClaim(p: ParagraphTokens, k: number, sentence: Sentence, limit: number): FoundAttribution | null {
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

/**
 * "Clinton's claim that 90 percent were in the system is her camp's calculation": the noun's clause ends where the
 * sentence's own verb comes back — a second finite verb right after a noun.
 */
function clauseBeforeMainVerb(p: ParagraphTokens, first: number, last: number): number {
  const { tokens } = p;
  let seenVerb = false;
  for (let m = first; m < last; m++) {
    const t = tokens[m];
    if (t.kind !== 'word') continue;
    const cls = wordClass(t.lower);
    const finite = cls === 'auxiliary' || (cls === 'verb' && !t.lower.endsWith('ing'));
    if (!finite) continue;
    const before = tokens[m - 1];
    // Not the same verb group ("has been saying") and not a new clause ("and was", "that is", "who said").
    const sameGroup = before && before.kind === 'word' && (wordClass(before.lower) === 'auxiliary' || wordClass(before.lower) === 'adverb');
    const linked = before && before.kind === 'word' && (wordClass(before.lower) === 'conjunction' || RELATIVE_PRONOUNS.has(before.lower) || before.lower === 'to' || wordClass(before.lower) === 'pronoun');
    if (seenVerb && before && before.kind === 'word' && !sameGroup && !linked) return m;
    seenVerb = true;
  }
  return last;
}

/** "When asked by a reporter whether …, Trump replied": the question is reported speech of the asker. */
function isPassiveQuestion(p: ParagraphTokens, k: number, sentence: Sentence): boolean {
  const previous = k > sentence.first ? p.tokens[k - 1] : undefined;
  return !previous || previous.lower === 'when' || previous.lower === 'was' || previous.lower === 'were' || previous.lower === 'if' || previous.lower === 'after' || previous.lower === ',';
}

function askedQuestion(p: ParagraphTokens, k: number, limit: number): FoundAttribution | null {
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
function documentSource(p: ParagraphTokens, k: number, segmentStart: number, limit: number): { attribution: FoundAttribution; resume: number; skipTo: number } | null {
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

function accordingTo(p: ParagraphTokens, k: number, segmentStart: number, limit: number): { attribution: FoundAttribution; resume: number; skipTo: number } | null {
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
