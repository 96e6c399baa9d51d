/**
 * The article's words and name candidates, assembled from scans of its lines cached by content (offsets relative to
 * the line, so a cached scan serves wherever the line moves): an edit re-scans only the lines it touched.
 *
 * Lines are the unit because neither a word nor a run of capitals crosses a line break. Two things do depend on the
 * rest of the article and are settled per call: the sentence break between lines (from the gap between them), and
 * whether a word is printed in lower case anywhere in the article. A cached candidate scan remembers which words it
 * asked that of and is reused only when every answer is still the same, so it is exactly what a fresh scan would find.
 */
import { findNameCandidates, lowerCaseWordsOf, type NameCandidate, type WordSet } from './candidates';
import { isSentenceGap, readWords, type ArticleWords, type Word } from './words';

export interface ArticleScan {
  article: ArticleWords;
  /** In text order, as `findNameCandidates` gives them over the whole text. */
  candidates: NameCandidate[];
}

interface CandidateScan {
  candidates: NameCandidate[];
  /** The lower-case words the scan asked about, with the answers it got. */
  asked: string[];
  answers: boolean[];
}

interface LineScan {
  line: ArticleWords;
  lowerCaseWords: string[];
  /** Candidate scans by whether the line's first word opens a sentence, which the line alone cannot tell. */
  opening?: CandidateScan;
  continuing?: CandidateScan;
  /** The line's words and candidates as last placed in an article: a line that has not moved reuses them. */
  lastPlacement?: Placement;
}

interface Placement {
  at: number;
  firstWord: number;
  sentence: number;
  words: Word[];
  candidateScan?: CandidateScan;
  candidates?: NameCandidate[];
}

const CACHE_LIMIT = 4096;
const cache = new Map<string, LineScan>();

function lineScan(line: string): LineScan {
  const cached = cache.get(line);
  if (cached) return cached;
  const article = readWords(line);
  const scan: LineScan = { line: article, lowerCaseWords: [...lowerCaseWordsOf(article.words)] };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(line, scan);
  return scan;
}

function candidateScan(scan: LineScan, startsSentence: boolean, lowerCaseWords: WordSet): CandidateScan {
  const cached = startsSentence ? scan.opening : scan.continuing;
  if (cached && cached.asked.every((word, k) => lowerCaseWords.has(word) === cached.answers[k])) return cached;
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
  const fresh: CandidateScan = { candidates: findNameCandidates(scan.line, recording, startsSentence), asked, answers };
  if (startsSentence) scan.opening = fresh;
  else scan.continuing = fresh;
  return fresh;
}

interface PlacedLine {
  scan: LineScan;
  placement: Placement;
  startsSentence: boolean;
}

export function scanArticle(text: string): ArticleScan {
  const words: Word[] = [];
  const sentenceStarts = [0];
  const placed: PlacedLine[] = [];
  const lowerCaseWords = new Set<string>();
  let sentence = 0;
  for (let at = 0; at <= text.length; ) {
    const breakAt = text.indexOf('\n', at);
    const end = breakAt < 0 ? text.length : breakAt;
    const scan = lineScan(text.slice(at, end));
    const lineWords = scan.line.words;
    if (lineWords.length > 0) {
      const firstWord = words.length;
      let startsSentence = firstWord === 0;
      if (firstWord > 0) {
        const before = words[firstWord - 1];
        if (isSentenceGap(text, before, before.end, lineWords[0].start + at)) {
          sentence++;
          sentenceStarts.push(firstWord);
          startsSentence = true;
        }
      }
      const placement = place(scan, at, firstWord, sentence);
      for (const word of placement.words) words.push(word);
      const lineStarts = scan.line.sentenceStarts;
      for (let s = 1; s < lineStarts.length - 1; s++) sentenceStarts.push(firstWord + lineStarts[s]);
      sentence += lineStarts.length - 2;
      for (const lower of scan.lowerCaseWords) lowerCaseWords.add(lower);
      placed.push({ scan, placement, startsSentence });
    }
    if (breakAt < 0) break;
    at = breakAt + 1;
  }
  sentenceStarts.push(words.length);
  const candidates: NameCandidate[] = [];
  for (const { scan, placement, startsSentence } of placed) {
    for (const candidate of placedCandidates(placement, candidateScan(scan, startsSentence, lowerCaseWords))) candidates.push(candidate);
  }
  return { article: { text, words, sentenceStarts }, candidates };
}

/**
 * The line's words with article offsets and sentence numbers. Nothing downstream mutates words or candidates, so a
 * line found where it was last time shares them with the previous analysis.
 */
function place(scan: LineScan, at: number, firstWord: number, sentence: number): Placement {
  const previous = scan.lastPlacement;
  if (previous && previous.at === at && previous.firstWord === firstWord && previous.sentence === sentence) return previous;
  const words = scan.line.words.map((w) => ({ start: w.start + at, end: w.end + at, text: w.text, lower: w.lower, capitalised: w.capitalised, possessive: w.possessive, sentence: w.sentence + sentence }));
  scan.lastPlacement = { at, firstWord, sentence, words };
  return scan.lastPlacement;
}

function placedCandidates(placement: Placement, found: CandidateScan): NameCandidate[] {
  if (placement.candidateScan === found && placement.candidates) return placement.candidates;
  const { at, firstWord } = placement;
  placement.candidateScan = found;
  placement.candidates = found.candidates.map((c) => ({ ...c, first: c.first + firstWord, last: c.last + firstWord, start: c.start + at, end: c.end + at }));
  return placement.candidates;
}
