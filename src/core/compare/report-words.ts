/**
 * The words of a quotation as the comparison reads them, with their offsets, in the normalised forms it works on:
 * `norm` (lower case, curly and straight apostrophes alike) decides verbatim and variant wording,
 * `stem` (content words only) decides paraphrase.
 *
 * They are a view of the article tokenizer's word tokens: a report word is a run of letters and digits, joined only
 * by an apostrophe before letters ("don't", "Zelenskyy’s"), so "ex-minister", "U.S." and "4,210" are two words
 * each, which lets "ex-minister" and "former minister" share one.
 */
import { codePointTest, isAsciiAlphanumeric, isAsciiLetter, scanWordPieces, wordsByRule, type WordRule } from '../article/pieces';
import type { Span } from '../types';
import { buildLexicon, PARTICLES } from './lexicon';
import { americanSpelling } from './spelling';
import { stem } from './stem';

export interface ReportWord {
  /** Offsets into the analyzed article's text. */
  start: number;
  end: number;
  norm: string;
  /** Undefined for function words, which carry no content of their own. */
  stem?: string;
  negator: boolean;
  /** A negator precedes it in its clause: "no" in "no breakthroughs were made", "not" in "a repositioning, not a withdrawal". */
  negated: boolean;
  /**
   * One of the first content words a negator governs ("approve" in "would not approve the budget", "real
   * withdrawal" in "not a real withdrawal"): the words whose polarity decides what the report claims.
   */
  negationHead: boolean;
  /** A capitalised word inside a sentence: a name says whom a claim is about, not what it claims. */
  name: boolean;
  /**
   * How much the word carries the report's claim: words before a contrastive "but" in the same sentence are
   * background ("forces moved away, but it is a repositioning" claims the repositioning), and so, a little, are
   * words late in the report.
   */
  salience: number;
}

export const REPORT_WORD: WordRule = {
  isPart: codePointTest(isAsciiAlphanumeric, /[\p{L}\p{N}]/u),
  joiners: new Set(["'", '’']),
  isPartAfterJoiner: codePointTest(isAsciiLetter, /\p{L}/u),
};

/** Spans of the report words of `text`, in order, tokenized from the string (see `./model-words` for the model's). */
export function wordSpans(text: string): Span[] {
  return wordsByRule(text, scanWordPieces(text), REPORT_WORD);
}

const NEGATORS = new Set([
  'not', 'no', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor', 'without', 'cannot', 'nowhere', 'noone',
]);

const FUNCTION_WORDS = new Set(
  `a an the and or but if then than so as at by for from in into of off on onto out over to up upon with within
  about above after against along among around before behind below beneath beside between beyond during except
  inside like near past since through throughout till toward towards under until via
  i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers
  herself it its itself they them their theirs themselves this that these those who whom whose which what
  whatever whoever whichever where when why how there here
  am is are was were be been being have has had having do does did doing will would shall should can could may
  might must ought
  all any both each either every few many more most much other others own same some such
  also just only even still yet very too quite rather already again ever
  now well really because while although though whether however therefore thus
  one ones s t re ve ll d m`.split(/\s+/),
);

/** Punctuation that ends a clause for the scope of a negator. */
const CLAUSE_BREAK = /[.;:?!,()\u2013\u2014]|\s-+\s/;
const SENTENCE_BREAK = /[.;?!]/;
const CONTRAST = new Set(['but', 'however', 'yet']);
/** Conjunctions that start a new claim, out of reach of an earlier negator ("no breakthroughs and much work remains"). */
const SCOPE_END = new Set(['and', 'but', 'yet', 'while', 'whereas', 'although', 'though', 'because']);
/** Content words after a negator that it governs directly. */
const NEGATION_HEADS = 2;
const BACKGROUND_SALIENCE = 0.5;

/** Stems by word: a workspace repeats the same few thousand words, and stripping suffixes is the costly part. */
const stems = new Map<string, string>();
const MAX_REMEMBERED = 100_000;

function stemOf(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    if (stems.size >= MAX_REMEMBERED) stems.clear();
    stems.set(word, (stemmed = stem(word)));
  }
  return stemmed;
}

/** One string per distinct word: a workspace holds millions of tokens of a few thousand words. */
const norms = new Map<string, string>();

function interned(word: string): string {
  const known = norms.get(word);
  if (known !== undefined) return known;
  if (norms.size >= MAX_REMEMBERED) norms.clear();
  norms.set(word, word);
  return word;
}

const lexicon = buildLexicon(stem);

/** The stem of a word's base form ("gave" → "give"), in American spelling. */
function baseStem(printed: string): string {
  const word = americanSpelling(printed);
  return stemOf(lexicon.base(word) ?? word);
}

/** A content word's key: its stem, or the concept of the synonym set that holds it. */
function conceptOf(word: string): string {
  const stemmed = baseStem(word);
  return lexicon.concept(stemmed) ?? stemmed;
}

/** "give up", "scale back": the verb takes the phrase's concept and the particle says nothing of its own. */
function readPhrasalVerbs(tokens: ReportWord[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const particle = tokens[i + 1].norm;
    if (!tokens[i].stem || !PARTICLES.has(particle)) continue;
    const concept = lexicon.phrasal(baseStem(tokens[i].norm), particle);
    if (!concept) continue;
    tokens[i].stem = concept;
    tokens[i + 1].stem = undefined;
  }
}

/**
 * A report puts its main claim first and adds the rest ("no breakthroughs were made and much work remains",
 * "it would give up its ambitions, renounce …, and pledge …"): content words weigh less the later they come.
 */
const FULL_SALIENCE_WORDS = 4;
const SALIENCE_DECAY = 0.05;
const LATE_SALIENCE = 0.5;

function positionalSalience(contentIndex: number): number {
  return Math.max(LATE_SALIENCE, 1 - SALIENCE_DECAY * Math.max(0, contentIndex - FULL_SALIENCE_WORDS));
}

/**
 * The content keys of a whole article, as `reportWords` gives them (phrasal verbs included), without the per-word
 * detail a quotation needs: the comparison only asks which articles hold a word.
 */
export function contentStems(text: string): Set<string> {
  return contentStemsOf(wordSpans(text).map((span) => text.slice(span.start, span.end)));
}

/** `contentStems` of an article whose report words, in order, are `words`. */
export function contentStemsOf(words: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  let verb: string | undefined;
  for (const word of words) {
    const norm = interned(word.toLowerCase().replace(/’/g, "'"));
    const phrasal = verb !== undefined && PARTICLES.has(norm) ? lexicon.phrasal(verb, norm) : undefined;
    if (phrasal) keys.add(phrasal);
    verb = undefined;
    if (NEGATORS.has(norm) || norm.endsWith("n't")) continue;
    const bare = norm.replace(/'s$/, '');
    if (FUNCTION_WORDS.has(bare) || bare.length <= 1) continue;
    keys.add(conceptOf(bare));
    verb = baseStem(bare);
  }
  return keys;
}

/** Names weigh this much of a claim word. */
const NAME_SALIENCE = 0.5;
/** A wording whose words are mostly capitalised is a headline in title case, not a run of names. */
const TITLE_CASE_SHARE = 0.6;

/**
 * A name of several words ("Donald Trump", "New Hampshire") is one name: only its last word stays content, so
 * that sharing a name does not count as sharing two words; and names weigh less than claim words.
 */
function readNames(tokens: ReportWord[], text: string, offset: number): void {
  const content = tokens.filter((t) => t.stem);
  if (content.length > 0 && content.filter((t) => t.name).length / content.length >= TITLE_CASE_SHARE) {
    for (const token of tokens) token.name = false;
    return;
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.name) continue;
    token.salience *= NAME_SALIENCE;
    const next = tokens[i + 1];
    if (next?.name && /^\s+$/.test(text.slice(token.end - offset, next.start - offset))) token.stem = undefined;
  }
}

/** The report words of `text`, whose words are `spans` (by default tokenized from `text`; `./model-words` reads the model's). */
export function reportWords(text: string, offset = 0, spans: readonly Span[] = wordSpans(text)): ReportWord[] {
  const tokens: ReportWord[] = [];
  let negatedClause = false;
  let headsLeft = 0;
  let sentenceStart = 0;
  let previousEnd = 0;
  for (const span of spans) {
    const word = text.slice(span.start, span.end);
    const gap = text.slice(previousEnd, span.start);
    previousEnd = span.end;
    if (CLAUSE_BREAK.test(gap)) negatedClause = false;
    if (SCOPE_END.has(word.toLowerCase())) negatedClause = false;
    if (!negatedClause) headsLeft = 0;
    if (SENTENCE_BREAK.test(gap) || /["“”‘’«»]/.test(gap)) sentenceStart = tokens.length;
    const norm = interned(word.toLowerCase().replace(/’/g, "'"));
    const negator = NEGATORS.has(norm) || norm.endsWith("n't");
    const bare = norm.replace(/'s$/, '');
    const isContent = !negator && !FUNCTION_WORDS.has(bare) && bare.length > 1;
    if (CONTRAST.has(norm)) {
      for (let i = sentenceStart; i < tokens.length; i++) tokens[i].salience = BACKGROUND_SALIENCE;
    }
    const capitalised = /^\p{Lu}/u.test(word) && tokens.length > sentenceStart;
    tokens.push({
      start: offset + span.start,
      end: offset + span.end,
      norm,
      stem: isContent ? conceptOf(bare) : undefined,
      negator,
      negated: negatedClause,
      negationHead: isContent && headsLeft > 0,
      name: isContent && capitalised,
      salience: 1,
    });
    if (isContent && headsLeft > 0) headsLeft--;
    if (negator) {
      negatedClause = true;
      headsLeft = NEGATION_HEADS;
    }
  }
  readPhrasalVerbs(tokens);
  readNames(tokens, text, offset);
  let position = 0;
  for (const token of tokens) if (token.stem) token.salience *= positionalSalience(position++);
  return tokens;
}
