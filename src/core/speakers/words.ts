/**
 * Words of the article with offsets and the sentence each belongs to: the scaffolding every speaker rule reads.
 * A single linear pass; sentences are the article model's (see `../article/sentences`), so no rule rescans the text.
 *
 * A speaker word is a view of the article tokenizer's word tokens: runs of letters, digits and marks joined by an
 * apostrophe, hyphen, period or ampersand ("Zelenskyy’s", "Jean-Luc", "U.S."), so a token is split only where the
 * tokenizer joins more than that ("4,210", "snake_case", a pictograph inside a word).
 */
import { codePointTest, isAsciiAlphanumeric, wordPieces, wordsByRule, type WordRule } from '../article/pieces';
import type { Sentence } from '../article/sentences';
import type { Token } from '../article/tokens';

export interface Word {
  start: number;
  end: number;
  /** As printed, possessive included ("Zelenskyy’s"). */
  text: string;
  /** Lower case without a possessive ending ("zelenskyy"). */
  lower: string;
  capitalised: boolean;
  possessive: boolean;
  sentence: number;
}

export interface ArticleWords {
  text: string;
  words: Word[];
  /** First word index of each sentence, plus a final entry equal to `words.length`. */
  sentenceStarts: number[];
}

const isWordCodePoint = codePointTest(isAsciiAlphanumeric, /[\p{L}\p{N}\p{M}]/u);

const SPEAKER_WORD: WordRule = { isPart: isWordCodePoint, joiners: new Set(["'", '’', '-', '.', '&']), isPartAfterJoiner: isWordCodePoint };

const POSSESSIVE = /['’]s?$/;
/** "She’ll", "they’re", "don’t": the word without its clitic is what the rules look up. */
const CONTRACTION = /['’](?:ll|re|ve|d|m)$|n['’]t$/i;

/**
 * The words of `text` (a paragraph), from its tokens as the article tokenizer gives them and the sentences the
 * article model splits them into; sentences without a word (a lone dash) are not counted.
 */
export function readWords(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): ArticleWords {
  const words: Word[] = [];
  const sentenceStarts = [0];
  let sentence = 0;
  let token = 0;
  let modelSentence = 0;
  for (const span of wordsByRule(text, wordPieces(text, tokens), SPEAKER_WORD)) {
    let raw = text.slice(span.start, span.end);
    let end = span.end;
    // A trailing apostrophe after s is a plural possessive ("the negotiators’ demands").
    if ((text[end] === '’' || text[end] === "'") && /s$/i.test(raw) && !/\p{L}/u.test(text[end + 1] ?? '')) {
      end++;
      raw += text[end - 1];
    }
    const start = span.start;
    while (tokens[token].end <= start) token++;
    // "E! News": the tokenizer kept the mark with the name it spells.
    if (text[end] === '!' && tokens[token].end === end + 1) {
      end++;
      raw += '!';
    }
    const before = modelSentence;
    while (sentences[modelSentence].last <= token) modelSentence++;
    if (words.length > 0 && modelSentence !== before) {
      sentence++;
      sentenceStarts.push(words.length);
    }
    const possessive = /['’]s$/i.test(raw) || /s['’]$/i.test(raw);
    const bare = (possessive ? raw.replace(POSSESSIVE, '') : raw).replace(CONTRACTION, '');
    const first = raw.charAt(0);
    words.push({
      start,
      end,
      text: raw,
      lower: bare.toLowerCase(),
      capitalised: first !== first.toLowerCase(),
      possessive,
      sentence,
    });
  }
  sentenceStarts.push(words.length);
  return { text, words, sentenceStarts };
}

/** Index of the first word that starts at or after `offset` (binary search). */
export function wordAt(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Word indices [first, last) inside a span. */
export function wordsIn(words: Word[], start: number, end: number): [number, number] {
  const first = wordAt(words, start);
  let last = first;
  while (last < words.length && words[last].start < end) last++;
  return [first, last];
}
