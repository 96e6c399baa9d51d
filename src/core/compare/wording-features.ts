/**
 * What two wordings have in common, as numbers a "same statement" score weighs (see `statement-score.ts`).
 * Every feature reads the two wordings alone, never the workspace: a pair's score is the same in any workspace,
 * so it is remembered like copied wording, and a change of words' rarity never asks for it again.
 * The features are those of machine-translation metrics and paraphrase work on news sentences: overlap of
 * lemmas and concepts, n-gram precision read both ways (BLEU, METEOR), the longest common subsequence (ROUGE-L),
 * content words aligned by stem, prefix or spelling, agreement of numbers and names, length, and overlap
 * weighted by how much each word's presence on both sides tells of a paraphrase (TF-KLD, `word-weights.ts`).
 */
import { combine, hashedSet, sharedCount, stringHash, type HashedSet } from './hashed-sets';
import type { ReportWord } from './report-words';
import { kldWeight } from './word-weights';

export interface Wordings {
  tokens: ReportWord[];
  words: string[];
}

export const FEATURE_NAMES = [
  'content dice', 'content cover of shorter', 'content cover of longer', 'word dice', 'bigram dice',
  'content order', 'unmatched in shorter', 'unmatched in longer', 'numbers differ', 'names differ',
  'length ratio', 'negation differs', 'aligned content dice', 'letter trigram dice', 'word cover of shorter',
  'shared content words', 'unigram precision min', 'unigram precision max', 'bigram precision min',
  'bigram precision max', 'trigram precision min', 'trigram precision max', 'order of shorter', 'order of longer',
  'numbers of one side in the other', 'both hold numbers', 'weighted overlap', 'weighted unmatched max',
  'weighted unmatched min', 'length difference', 'unmatched run in longer', 'unmatched run in shorter',
] as const;

/** Bare stems share this many letters when the stemmer missed a derivation ("acquisition" / "acquire"). */
const NEAR_PREFIX = 5;
/** Two unshared words spelled this much alike (letter-trigram Dice) are one word misspelt or inflected oddly. */
const NEAR_SPELLING = 0.5;

/**
 * Function words that change when a direct quotation is reported ("I will" → "he would", "our" → "their"),
 * by their class: the change says nothing of the statement.
 */
const FUNCTION_CLASSES: Record<string, string> = Object.fromEntries(
  [
    ['i we he she they you me us him them', '<person>'],
    ['my our his her their your mine ours hers theirs yours', '<own>'],
    ['will would shall', 'will'],
    ['can could', 'can'],
    ['may might', 'may'],
    ['is are was were am be been being', 'be'],
    ['has have had having', 'have'],
    ['do does did', 'do'],
    ['a an the', '<the>'],
    ['this that these those', 'this'],
    ["not no never n't", 'not'],
  ].flatMap(([words, key]) => words.split(' ').map((word) => [word, key])),
);

interface Profile {
  /** Every word in the form order features read: a content word's concept, a function word's class. */
  sequence: string[];
  content: string[];
  contentSet: Set<string>;
  /** Distinct words as printed. */
  words: HashedSet;
  /** Distinct 1-, 2- and 3-grams of `sequence`. */
  grams: [HashedSet, HashedSet, HashedSet];
  letterGrams: HashedSet;
  numbers: Set<string>;
  names: Set<string>;
  negated: boolean;
}

/** A unit is scored against many others: its profile is built once. */
const profiles = new WeakMap<Wordings, Profile>();

function profileOf(w: Wordings): Profile {
  let profile = profiles.get(w);
  if (profile) return profile;
  const sequence = w.tokens.map((t, i) => t.stem ?? FUNCTION_CLASSES[w.words[i]] ?? w.words[i]);
  const content = w.tokens.filter((t) => t.stem).map((t) => t.stem!);
  const sequenceHashes = sequence.map(stringHash);
  profile = {
    sequence,
    content,
    contentSet: new Set(content),
    words: hashedSet(w.words.map(stringHash)),
    grams: [hashedSet(sequenceHashes), ngrams(sequenceHashes, 2), ngrams(sequenceHashes, 3)],
    letterGrams: hashedSet(w.words.flatMap(letterTrigrams)),
    numbers: numbersOf(w.words),
    names: new Set(w.tokens.filter((t) => t.name && t.stem).map((t) => t.stem!)),
    negated: w.tokens.some((t) => t.negator),
  };
  profiles.set(w, profile);
  return profile;
}

/** `weigh` is the TF-KLD weight of a content word; the fitting script passes weights learnt without the pairs it scores. */
export function wordingFeatures(a: Wordings, b: Wordings, weigh: (key: string) => number = kldWeight): number[] {
  const pa = profileOf(a);
  const pb = profileOf(b);
  const setA = pa.contentSet;
  const setB = pb.contentSet;
  const shared = countShared(setA, setB);
  const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
  const aligned = shared + nearMatches(setA, setB);
  const order = commonSubsequence(pa.sequence, pb.sequence);
  const lengths = [a.words.length, b.words.length].sort((x, y) => x - y);
  const weighted = weightedOverlap(setA, setB, weigh);
  return [
    dice(shared, setA.size, setB.size),
    small.size ? shared / small.size : 0,
    large.size ? shared / large.size : 0,
    setDice(pa.words, pb.words),
    setDice(pa.grams[1], pb.grams[1]),
    Math.min(pa.content.length, pb.content.length) ? commonSubsequence(pa.content, pb.content) / Math.min(pa.content.length, pb.content.length) : 0,
    Math.log1p(small.size - shared),
    Math.log1p(large.size - shared),
    differs(pa.numbers, pb.numbers),
    differs(pa.names, pb.names),
    lengths[1] ? lengths[0] / lengths[1] : 0,
    pa.negated !== pb.negated ? 1 : 0,
    dice(aligned, setA.size, setB.size),
    setDice(pa.letterGrams, pb.letterGrams),
    a.words.length <= b.words.length ? coverOf(pa.words, pb.words) : coverOf(pb.words, pa.words),
    Math.log1p(shared),
    ...precisionsBothWays(pa.grams, pb.grams),
    Math.min(pa.sequence.length, pb.sequence.length) ? order / Math.min(pa.sequence.length, pb.sequence.length) : 0,
    Math.max(pa.sequence.length, pb.sequence.length) ? order / Math.max(pa.sequence.length, pb.sequence.length) : 0,
    Math.max(subsetOf(pa.numbers, pb.numbers), subsetOf(pb.numbers, pa.numbers)),
    pa.numbers.size > 0 && pb.numbers.size > 0 ? 1 : 0,
    weighted.overlap,
    Math.max(weighted.onlyA, weighted.onlyB),
    Math.min(weighted.onlyA, weighted.onlyB),
    Math.log1p(lengths[1] - lengths[0]),
    ...unmatchedRuns(pa.content, setB, pb.content, setA),
  ];
}

/** Longest run of content words one side holds alone (an added clause), for the longer side, then the shorter. */
function unmatchedRuns(contentA: string[], setB: Set<string>, contentB: string[], setA: Set<string>): [number, number] {
  const runA = Math.log1p(longestRunOutside(contentA, setB));
  const runB = Math.log1p(longestRunOutside(contentB, setA));
  return contentA.length >= contentB.length ? [runA, runB] : [runB, runA];
}

function longestRunOutside(content: string[], other: Set<string>): number {
  let longest = 0;
  let run = 0;
  for (const key of content) {
    run = other.has(key) ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Per n of 1..3, the smaller and the larger share of one side's n-grams found in the other. */
function precisionsBothWays(a: Profile['grams'], b: Profile['grams']): number[] {
  return a.flatMap((gramsA, n) => {
    const gramsB = b[n];
    const shared = sharedCount(gramsA, gramsB);
    const ofA = gramsA.length ? shared / gramsA.length : 0;
    const ofB = gramsB.length ? shared / gramsB.length : 0;
    return [Math.min(ofA, ofB), Math.max(ofA, ofB)];
  });
}

/** Shared weight over all weight, and the weight each side holds alone (log scale). */
function weightedOverlap(a: Set<string>, b: Set<string>, weigh: (key: string) => number): { overlap: number; onlyA: number; onlyB: number } {
  let shared = 0;
  let onlyA = 0;
  let onlyB = 0;
  for (const key of a) {
    if (b.has(key)) shared += weigh(key);
    else onlyA += weigh(key);
  }
  for (const key of b) if (!a.has(key)) onlyB += weigh(key);
  const total = shared + onlyA + onlyB;
  return { overlap: total ? shared / total : 0, onlyA: Math.log1p(onlyA), onlyB: Math.log1p(onlyB) };
}

function dice(shared: number, sizeA: number, sizeB: number): number {
  return sizeA + sizeB ? (2 * shared) / (sizeA + sizeB) : 0;
}

function setDice(a: HashedSet, b: HashedSet): number {
  return dice(sharedCount(a, b), a.length, b.length);
}

function countShared(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}

function ngrams(hashes: number[], n: number): HashedSet {
  const grams: number[] = [];
  for (let i = 0; i + n <= hashes.length; i++) {
    let gram = hashes[i];
    for (let k = 1; k < n; k++) gram = combine(gram, hashes[i + k]);
    grams.push(gram);
  }
  return hashedSet(grams);
}

/** The letter trigrams of a word padded with a space at each end, as hashes of their three code units. */
function letterTrigrams(word: string): number[] {
  const padded = ` ${word} `;
  const grams: number[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(combine(combine(padded.charCodeAt(i), padded.charCodeAt(i + 1)), padded.charCodeAt(i + 2)));
  return grams;
}

/** The share of `part`'s items that `whole` holds. */
function coverOf(part: HashedSet, whole: HashedSet): number {
  return part.length ? sharedCount(part, whole) / part.length : 0;
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

/**
 * Unshared stems of one side aligned with an unshared stem of the other, each used once: by a common beginning
 * (a derivation the stemmer missed), else by spelling (a misspelt or oddly inflected name).
 */
function nearMatches(a: Set<string>, b: Set<string>): number {
  const left = [...b].filter((s) => !a.has(s));
  let near = 0;
  for (const s of a) {
    if (b.has(s)) continue;
    const k = left.findIndex((t) => alike(s, t));
    if (k < 0) continue;
    near++;
    left.splice(k, 1);
  }
  return near;
}

function alike(s: string, t: string): boolean {
  if (s.length < NEAR_PREFIX || t.length < NEAR_PREFIX) return false;
  return s.slice(0, NEAR_PREFIX) === t.slice(0, NEAR_PREFIX) || setDice(spellingOf(s), spellingOf(t)) >= NEAR_SPELLING;
}

/** Letter trigrams by stem: the few thousand stems of a workspace meet in many pairs. */
const spellings = new Map<string, HashedSet>();
const MAX_SPELLINGS = 50_000;

function spellingOf(stem: string): HashedSet {
  let grams = spellings.get(stem);
  if (!grams) {
    if (spellings.size >= MAX_SPELLINGS) spellings.clear();
    spellings.set(stem, (grams = hashedSet(letterTrigrams(stem))));
  }
  return grams;
}

/** Numbers spelt out, as figures: "three" and "3", "fourth" and "4th" are one number. */
const NUMBER_WORDS: Record<string, string> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve'.split(' ').map((word, i) => [word, String(i + 1)]).concat(
    'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ').map((word, i) => [word, String(i + 1)]),
  ),
);

/** Figures, leading zeros and ordinal endings dropped, and numbers spelt out. */
function numbersOf(words: string[]): Set<string> {
  const numbers = new Set<string>();
  for (const word of words) {
    if (/\d/.test(word)) numbers.add(word.replace(/^0+(?=\d)/, '').replace(/^(\d+)(?:st|nd|rd|th)$/, '$1'));
    else if (NUMBER_WORDS[word]) numbers.add(NUMBER_WORDS[word]);
  }
  return numbers;
}

/** 1 when either side holds an item the other lacks, 0 when they agree (or hold none). */
function differs(a: Set<string>, b: Set<string>): number {
  for (const item of a) if (!b.has(item)) return 1;
  for (const item of b) if (!a.has(item)) return 1;
  return 0;
}

/** 1 when every item of `a` is in `b` (so when `a` holds none). */
function subsetOf(a: Set<string>, b: Set<string>): number {
  for (const item of a) if (!b.has(item)) return 0;
  return 1;
}
