/**
 * The article's words and name candidates, assembled from scans of its lines cached by content: an edit re-scans
 * only the lines it touched. A cached line keeps its words and candidates as last placed in an article, so a line
 * found where it was is reused as is and a line that moved is shifted, never re-read.
 *
 * Lines are the unit because neither a word nor a run of capitals crosses a line break. Two things do depend on the
 * rest of the article and are settled per call: the sentence break between lines (from the gap between them), and
 * whether a word is printed in lower case anywhere in the article. A cached candidate scan is kept per sentence
 * opening and remembers which words it asked that of; it is reused only when every answer is still the same, so it is
 * exactly what a fresh scan would find.
 */
import { findNameCandidates, lowerCaseWordsOf, type NameCandidate, type WordSet } from './candidates';
import { isSentenceGap, readWords, type ArticleWords, type Word } from './words';

export interface ArticleScan {
  article: ArticleWords;
  /** In text order, as `findNameCandidates` gives them over the whole text. */
  candidates: NameCandidate[];
}

interface LineScan {
  /** The line's words with article offsets and sentence numbers as last placed (`sentence`: its first word's). */
  words: { at: number; sentence: number; items: Word[] };
  /** Word indices, relative to the line, of the sentences it starts after its first. */
  sentenceBreaks: number[];
  /** Candidate scans by whether the line's first word opens a sentence, which the line alone cannot tell. */
  opening?: CandidateScan;
  continuing?: CandidateScan;
}

interface CandidateScan {
  /** With article offsets and word indices as last placed (see `PlacedLine`). */
  candidates: { at: number; firstWord: number; items: NameCandidate[] };
  /** The lower-case words the scan asked about, with the answers it got. */
  asked: string[];
  answers: boolean[];
}

/** A line with words where this article has it: `firstWord` is the index of its first word among the article's. */
interface PlacedLine {
  scan: LineScan;
  at: number;
  firstWord: number;
  startsSentence: boolean;
}

const CACHE_LIMIT = 4096;

/** Line scans kept between analyses of one session, by line content. */
export class LineScanCache {
  private readonly scans = new Map<string, LineScan>();
  /**
   * Lines met once and not cached: a scan is kept only for a line met again (a document being edited), because words
   * kept alive past a collection cost more to the collector than they save when every article is new (indexing a
   * workspace).
   */
  private readonly metOnce = new Set<string>();

  get(line: string): LineScan | undefined {
    return this.scans.get(line);
  }

  remember(line: string, scan: LineScan): void {
    if (!this.metOnce.delete(line)) {
      if (this.metOnce.size >= CACHE_LIMIT) this.metOnce.clear();
      this.metOnce.add(line);
      return;
    }
    if (this.scans.size >= CACHE_LIMIT) this.scans.clear();
    this.scans.set(line, scan);
  }
}

export function scanArticle(text: string, cache: LineScanCache = new LineScanCache()): ArticleScan {
  const words: Word[] = [];
  const sentenceStarts = [0];
  const lines: PlacedLine[] = [];
  let sentence = 0;
  for (let at = 0; at <= text.length; ) {
    const breakAt = text.indexOf('\n', at);
    const end = breakAt < 0 ? text.length : breakAt;
    const line = text.slice(at, end);
    const cached = cache.get(line);
    const scan = cached ?? readLine(line);
    if (scan.words.items.length > 0) {
      const firstWord = words.length;
      const lineStart = scan.words.items[0].start - scan.words.at + at;
      const before = words[firstWord - 1];
      const startsSentence = firstWord === 0 || isSentenceGap(text, before, before.end, lineStart);
      if (firstWord > 0 && startsSentence) {
        sentence++;
        sentenceStarts.push(firstWord);
      }
      place(scan, at, sentence, cached === undefined);
      for (const word of scan.words.items) words.push(word);
      for (const relative of scan.sentenceBreaks) sentenceStarts.push(firstWord + relative);
      sentence += scan.sentenceBreaks.length;
      lines.push({ scan, at, firstWord, startsSentence });
    }
    if (!cached) cache.remember(line, scan);
    if (breakAt < 0) break;
    at = breakAt + 1;
  }
  sentenceStarts.push(words.length);
  const article: ArticleWords = { text, words, sentenceStarts };
  const lowerCaseWords = lowerCaseWordsOf(words);
  const candidates: NameCandidate[] = [];
  for (const line of lines) {
    for (const candidate of lineCandidates(article, line, lowerCaseWords)) candidates.push(candidate);
  }
  return { article, candidates };
}

/** A line read on its own: offsets from its start, sentences from 0, until `place` puts it in the article. */
function readLine(line: string): LineScan {
  const { words, sentenceStarts } = readWords(line);
  return { words: { at: 0, sentence: 0, items: words }, sentenceBreaks: sentenceStarts.slice(1, -1) };
}

/**
 * Moves the line's words to where this article has them. Nothing downstream mutates words or candidates, so they
 * are shared with earlier analyses and a moved line gets shifted copies; only words `readLine` just made, which
 * nothing shares yet, are moved in place.
 */
function place(scan: LineScan, at: number, sentence: number, justRead: boolean): void {
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

function lineCandidates(article: ArticleWords, line: PlacedLine, lowerCaseWords: WordSet): NameCandidate[] {
  const { scan, at, firstWord, startsSentence } = line;
  const cached = startsSentence ? scan.opening : scan.continuing;
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
  if (startsSentence) scan.opening = fresh;
  else scan.continuing = fresh;
  return items;
}
