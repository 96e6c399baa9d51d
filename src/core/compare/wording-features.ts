/**
 * What two wordings have in common, as numbers a "same statement" score weighs (see `statement-score.ts`).
 * Every feature reads the two wordings alone, never the workspace: a pair's score is the same in any workspace,
 * so it is remembered like copied wording, and a change of words' rarity never asks for it again.
 */
import type { Token } from './tokens';

export interface Wordings {
  tokens: Token[];
  words: string[];
}

export const FEATURE_NAMES = [
  'content dice', 'content cover of shorter', 'content cover of longer', 'word dice', 'bigram dice',
  'content order', 'unmatched in shorter', 'unmatched in longer', 'numbers differ', 'names differ',
  'length ratio', 'negation differs', 'near-word dice', 'letter trigram dice', 'word cover of shorter',
  'shared content words',
] as const;

/** Bare stems share this many letters when the stemmer missed a derivation ("acquisition" / "acquire"). */
const NEAR_PREFIX = 5;

export function wordingFeatures(a: Wordings, b: Wordings): number[] {
  const contentA = a.tokens.filter((t) => t.stem).map((t) => t.stem!);
  const contentB = b.tokens.filter((t) => t.stem).map((t) => t.stem!);
  const setA = new Set(contentA);
  const setB = new Set(contentB);
  const shared = countShared(setA, setB);
  const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
  const near = nearMatches(setA, setB);
  return [
    dice(shared, setA.size, setB.size),
    small.size ? shared / small.size : 0,
    large.size ? shared / large.size : 0,
    setDice(new Set(a.words), new Set(b.words)),
    setDice(ngrams(a.words, 2), ngrams(b.words, 2)),
    Math.min(contentA.length, contentB.length) ? commonSubsequence(contentA, contentB) / Math.min(contentA.length, contentB.length) : 0,
    Math.log1p(small.size - shared),
    Math.log1p(large.size - shared),
    differs(numbersOf(a), numbersOf(b)),
    differs(namesOf(a), namesOf(b)),
    Math.max(a.words.length, b.words.length) ? Math.min(a.words.length, b.words.length) / Math.max(a.words.length, b.words.length) : 0,
    hasNegator(a) !== hasNegator(b) ? 1 : 0,
    dice(shared + near, setA.size, setB.size),
    setDice(letterTrigrams(a.words), letterTrigrams(b.words)),
    wordCoverOfShorter(a.words, b.words),
    Math.log1p(shared),
  ];
}

function dice(shared: number, sizeA: number, sizeB: number): number {
  return sizeA + sizeB ? (2 * shared) / (sizeA + sizeB) : 0;
}

function countShared(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}

function setDice(a: Set<string>, b: Set<string>): number {
  return dice(countShared(a, b), a.size, b.size);
}

function ngrams(words: string[], n: number): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) grams.add(words.slice(i, i + n).join(' '));
  return grams;
}

function letterTrigrams(words: string[]): Set<string> {
  const grams = new Set<string>();
  for (const word of words) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

function wordCoverOfShorter(a: string[], b: string[]): number {
  const [small, large] = a.length <= b.length ? [new Set(a), new Set(b)] : [new Set(b), new Set(a)];
  return small.size ? countShared(small, large) / small.size : 0;
}

/** Length of the longest common subsequence: shared words in the same order. */
function commonSubsequence(a: string[], b: string[]): number {
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Unshared stems of one side that begin like an unshared stem of the other, each used once. */
function nearMatches(a: Set<string>, b: Set<string>): number {
  const prefixes = new Map<string, number>();
  for (const s of b) if (!a.has(s) && s.length >= NEAR_PREFIX) prefixes.set(s.slice(0, NEAR_PREFIX), (prefixes.get(s.slice(0, NEAR_PREFIX)) ?? 0) + 1);
  let near = 0;
  for (const s of a) {
    if (b.has(s) || s.length < NEAR_PREFIX) continue;
    const left = prefixes.get(s.slice(0, NEAR_PREFIX)) ?? 0;
    if (left > 0) {
      near++;
      prefixes.set(s.slice(0, NEAR_PREFIX), left - 1);
    }
  }
  return near;
}

/** Figures as written, with thousands separators dropped ("1,250" and "1250" are one number). */
function numbersOf(w: Wordings): Set<string> {
  const numbers = new Set<string>();
  for (const word of w.words) if (/\d/.test(word)) numbers.add(word.replace(/^0+(?=\d)/, ''));
  return numbers;
}

function namesOf(w: Wordings): Set<string> {
  return new Set(w.tokens.filter((t) => t.name && t.stem).map((t) => t.stem!));
}

/** 1 when either side holds an item the other lacks, 0 when they agree (or hold none). */
function differs(a: Set<string>, b: Set<string>): number {
  for (const item of a) if (!b.has(item)) return 1;
  for (const item of b) if (!a.has(item)) return 1;
  return 0;
}

function hasNegator(w: Wordings): boolean {
  return w.tokens.some((t) => t.negator);
}
