/**
 * The article's words and name candidates, assembled from scans of its paragraphs cached by content: an edit
 * re-scans only the paragraphs it touched. A scan reads the words of the paragraph's model (see `./words`). A cached
 * paragraph keeps its words and candidates as last placed in an article, so a paragraph found where it was is reused
 * as is and one that moved is shifted, never re-read.
 *
 * Paragraphs are the unit because neither a word nor a run of capitals crosses a line break, let alone a paragraph's
 * end, and a paragraph always opens a sentence. One thing does depend on the rest of the article and is settled per
 * call: whether a word is printed in lower case anywhere in the article. A cached candidate scan remembers which words
 * it asked that of; it is reused only when every answer is still the same, so it is exactly what a fresh scan would
 * find.
 */
import type { PlacedParagraph } from '../article/model';
import { findNameCandidates, lowerCaseWordsOf, type NameCandidate, type WordSet } from './candidates';
import { readWords, type ArticleWords, type Word } from './words';

export interface ArticleScan {
  article: ArticleWords;
  /** In text order, as `findNameCandidates` gives them over the whole text. */
  candidates: NameCandidate[];
}

interface ParagraphScan {
  /** The paragraph's words with article offsets and sentence numbers as last placed (`sentence`: its first word's). */
  words: { at: number; sentence: number; items: Word[] };
  /** Word indices, relative to the paragraph, of the sentences it starts after its first. */
  sentenceBreaks: number[];
  candidates?: CandidateScan;
}

interface CandidateScan {
  /** With article offsets and word indices as last placed (see `PlacedScan`). */
  candidates: { at: number; firstWord: number; items: NameCandidate[] };
  /** The lower-case words the scan asked about, with the answers it got. */
  asked: string[];
  answers: boolean[];
}

/** A paragraph with words where this article has it: `firstWord` is the index of its first word among the article's. */
interface PlacedScan {
  scan: ParagraphScan;
  at: number;
  firstWord: number;
}

const CACHE_LIMIT = 4096;

/** Paragraph scans kept between analyses of one session, by paragraph content. */
export class ParagraphScanCache {
  private readonly scans = new Map<string, ParagraphScan>();
  /**
   * Paragraphs met once and not cached: a scan is kept only for one met again (a document being edited), because words
   * kept alive past a collection cost more to the collector than they save when every article is new (indexing a
   * workspace).
   */
  private readonly metOnce = new Set<string>();

  get(paragraph: string): ParagraphScan | undefined {
    return this.scans.get(paragraph);
  }

  remember(paragraph: string, scan: ParagraphScan): void {
    if (!this.metOnce.delete(paragraph)) {
      if (this.metOnce.size >= CACHE_LIMIT) this.metOnce.clear();
      this.metOnce.add(paragraph);
      return;
    }
    if (this.scans.size >= CACHE_LIMIT) this.scans.clear();
    this.scans.set(paragraph, scan);
  }
}

/** `paragraphs` are the article model's paragraphs of `text`. */
export function scanArticle(text: string, paragraphs: readonly PlacedParagraph[], cache = new ParagraphScanCache()): ArticleScan {
  const words: Word[] = [];
  const sentenceStarts = [0];
  const placed: PlacedScan[] = [];
  let sentence = 0;
  for (const paragraph of paragraphs) {
    const at = paragraph.start;
    const cached = cache.get(paragraph.text);
    const scan = cached ?? readParagraphWords(paragraph);
    if (scan.words.items.length > 0) {
      const firstWord = words.length;
      // A paragraph opens a sentence, as in the article model.
      if (firstWord > 0) {
        sentence++;
        sentenceStarts.push(firstWord);
      }
      place(scan, at, sentence, cached === undefined);
      for (const word of scan.words.items) words.push(word);
      for (const relative of scan.sentenceBreaks) sentenceStarts.push(firstWord + relative);
      sentence += scan.sentenceBreaks.length;
      placed.push({ scan, at, firstWord });
    }
    if (!cached) cache.remember(paragraph.text, scan);
  }
  sentenceStarts.push(words.length);
  const article: ArticleWords = { text, words, sentenceStarts };
  const lowerCaseWords = lowerCaseWordsOf(words);
  const candidates: NameCandidate[] = [];
  for (const one of placed) {
    for (const candidate of paragraphCandidates(article, one, lowerCaseWords)) candidates.push(candidate);
  }
  return { article, candidates };
}

/** A paragraph read on its own: offsets from its start, sentences from 0, until `place` puts it in the article. */
function readParagraphWords(paragraph: PlacedParagraph): ParagraphScan {
  const model = paragraph.model();
  const { words, sentenceStarts } = readWords(paragraph.text, model.tokens, model.tokenSentences);
  return { words: { at: 0, sentence: 0, items: words }, sentenceBreaks: sentenceStarts.slice(1, -1) };
}

/**
 * Moves the paragraph's words to where this article has them. Nothing downstream mutates words or candidates, so
 * they are shared with earlier analyses and a moved paragraph gets shifted copies; only words `readParagraphWords`
 * just made, which nothing shares yet, are moved in place.
 */
function place(scan: ParagraphScan, at: number, sentence: number, justRead: boolean): void {
  const placed = scan.words;
  if (placed.at === at && placed.sentence === sentence) return;
  const shift = at - placed.at;
  const renumber = sentence - placed.sentence;
  if (justRead) {
    for (const w of placed.items) {
      w.start += shift;
      w.end += shift;
      w.sentence += renumber;
    }
    placed.at = at;
    placed.sentence = sentence;
    return;
  }
  const items = placed.items.map((w) => ({ start: w.start + shift, end: w.end + shift, text: w.text, lower: w.lower, capitalised: w.capitalised, possessive: w.possessive, sentence: w.sentence + renumber }));
  scan.words = { at, sentence, items };
}

function paragraphCandidates(article: ArticleWords, paragraph: PlacedScan, lowerCaseWords: WordSet): NameCandidate[] {
  const { scan, at, firstWord } = paragraph;
  const cached = scan.candidates;
  if (cached && cached.asked.every((word, k) => lowerCaseWords.has(word) === cached.answers[k])) {
    const placed = cached.candidates;
    if (placed.at === at && placed.firstWord === firstWord) return placed.items;
    const shift = at - placed.at;
    const renumber = firstWord - placed.firstWord;
    cached.candidates = { at, firstWord, items: placed.items.map((c) => ({ ...c, first: c.first + renumber, last: c.last + renumber, start: c.start + shift, end: c.end + shift })) };
    return cached.candidates.items;
  }
  const asked: string[] = [];
  const answers: boolean[] = [];
  const recording: WordSet = {
    has(word) {
      const answer = lowerCaseWords.has(word);
      asked.push(word);
      answers.push(answer);
      return answer;
    },
  };
  const items = findNameCandidates(article, recording, firstWord, firstWord + scan.words.items.length);
  const fresh: CandidateScan = { candidates: { at, firstWord, items }, asked, answers };
  scan.candidates = fresh;
  return items;
}
