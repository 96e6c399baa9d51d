/**
 * How two reports by the same speaker relate, by the project's convention: verbatim is the same words (case and
 * punctuation aside); variant is one wording contained in the other (three quarters of the shorter covered by runs of
 * words copied from the longer, as in MemeTracker's quote variants: cut, split or with an ellipsis) or the same content words
 * in the same order with only function words changed ("we will" / "they would"); anything else is a paraphrase.
 * Paraphrases share content words, each weighted by its rarity in the workspace, and must agree on negation.
 */
import { reportWords } from './report-words';
import type { Unit } from './units';

export type Relation = 'verbatim' | 'variant' | 'paraphrase';

export interface Match {
  relation: Relation;
  /** 0..1 */
  score: number;
}

/** Shared runs shorter than this are coincidence ("of the", "in the talks"), not copied wording. */
const MIN_RUN = 3;
/** A wording shorter than this ("Clinton", "the technique") is in every longer one that names it: only its exact copy counts. */
const MIN_VARIANT_WORDS = 4;
/** Share of the shorter wording that copied runs must cover for a variant. */
const VARIANT_COVERAGE = 0.75;
/** A paraphrase needs this much weighted overlap; below it, shared words are topic, not statement. */
const PARAPHRASE_THRESHOLD = 0.25;

/** Two reports denying the same thing ("no breakthrough") make one distinctive claim: the word counts this much more. */
const SHARED_NEGATION = 2;

export type Weigh = (stem: string) => number;

/** `bonus` is added to the paraphrase evidence when the context makes a paraphrase likely (see grouping). */
export function compareUnits(a: Unit, b: Unit, weigh: Weigh, bonus = 0): Match | null {
  const copied = compareWordings(a, b);
  if (copied) return copied;
  const evidence = paraphraseEvidence(a, b, weigh);
  const overlap = evidence > 0 ? evidence + bonus : 0;
  return overlap >= PARAPHRASE_THRESHOLD ? { relation: 'paraphrase', score: Math.min(overlap, 0.9) } : null;
}

/**
 * Whether one report negates a claim word the other asserts ("would approve" / "would not approve"). Two reports
 * that both negate something differ in the scope read for the negator, not in polarity ("without parole" and
 * "sentenced to life without parole"): only a negator one side lacks makes opposite claims.
 */
export function oppositeClaims(a: Unit, b: Unit): boolean {
  if (negatorCount(a) === negatorCount(b)) return false;
  let i = 0;
  let j = 0;
  while (i < a.stems.length && j < b.stems.length) {
    if (a.stems[i] < b.stems[j]) i++;
    else if (b.stems[j] < a.stems[i]) j++;
    else {
      if (a.negatedStem[i] !== b.negatedStem[j] && (a.negatedStem[i] ? a.negationHeadStem[i] : b.negationHeadStem[j])) return true;
      i++;
      j++;
    }
  }
  return false;
}

/**
 * Verbs that say "not" in a word of their own: "failing to address" is "not addressing", "declined to give" is
 * "gave no", so a report that uses one has not dropped the other's negator.
 */
const NEGATING_STEMS = new Set(reportWords('fail declined deny denied lack unable refuse').map((t) => t.stem!));

function negatorCount(unit: Unit): number {
  let count = 0;
  for (const token of unit.tokens) if (token.negator || (token.stem !== undefined && NEGATING_STEMS.has(token.stem))) count++;
  return count;
}

/** Whether two reports share a content word that neither negates alone. */
export function sharesClaimWord(a: Unit, b: Unit): boolean {
  let i = 0;
  let j = 0;
  while (i < a.stems.length && j < b.stems.length) {
    if (a.stems[i] < b.stems[j]) i++;
    else if (b.stems[j] < a.stems[i]) j++;
    else if (a.negatedStem[i++] === b.negatedStem[j++]) return true;
  }
  return false;
}

/** Whether one wording copies the other: the same words (verbatim) or long runs of them (variant). */
export function compareWordings(a: Unit, b: Unit): Match | null {
  if (a.words.length > 0 && sameWords(a.words, b.words)) return { relation: 'verbatim', score: 1 };
  if (sameContentWords(a, b)) return { relation: 'variant', score: 0.95 };
  const coverage = rememberedCoverage(a, b);
  return coverage >= VARIANT_COVERAGE ? { relation: 'variant', score: 0.6 + 0.4 * coverage } : null;
}

/**
 * The same content words in the same order, and the same negators: only function words differ ("we will not
 * resign" / "they would not resign"). Too few content words ("the technique") say nothing of the statement.
 */
function sameContentWords(a: Unit, b: Unit): boolean {
  const contentA = a.tokens.filter((t) => t.stem || t.negator);
  const contentB = b.tokens.filter((t) => t.stem || t.negator);
  if (contentA.length !== contentB.length || contentA.filter((t) => t.stem).length < MIN_VARIANT_WORDS) return false;
  return contentA.every((t, i) => (t.stem ? t.stem === contentB[i].stem : contentB[i].negator));
}

/**
 * Copied coverage depends on the two wordings alone, and near-copies of a quotation make the costly pass run
 * for every pair of them: an edit that re-groups a speaker quoted in every article reuses the coverage of
 * the pairs it did not change. Weak keys: a unit's entries go with its article.
 */
const coverages = new WeakMap<Unit, WeakMap<Unit, number>>();

function rememberedCoverage(a: Unit, b: Unit): number {
  const [first, second] = a.key < b.key ? [a, b] : [b, a];
  let known = coverages.get(first);
  let coverage = known?.get(second);
  if (coverage !== undefined) return coverage;
  coverage = copiedCoverage(first, second);
  if (coverage > 0) {
    if (!known) coverages.set(first, (known = new WeakMap()));
    known.set(second, coverage);
  }
  return coverage;
}

/** Shared content, weighted by rarity, plus the speaker's phrases the paraphrase keeps; 0 for opposite claims. */
export function paraphraseEvidence(a: Unit, b: Unit, weigh: Weigh): number {
  const overlap = weightedOverlap(a, b, weigh);
  return overlap > 0 ? overlap + phraseBonus(a, b) : 0;
}

/** A writer who paraphrases keeps some of the speaker's phrases ("its demands", "drawn up a"): evidence beyond shared words. */
const PHRASE_BONUS = 0.05;
const MAX_PHRASE_BONUS = 0.15;

function phraseBonus(a: Unit, b: Unit): number {
  const [small, large] = a.words.length <= b.words.length ? [phrasesOf(a), phrasesOf(b)] : [phrasesOf(b), phrasesOf(a)];
  let shared = 0;
  for (const phrase of small) if (large.has(phrase)) shared++;
  return Math.min(MAX_PHRASE_BONUS, shared * PHRASE_BONUS);
}

const phraseSets = new WeakMap<Unit, Set<string>>();

/** A unit's word pairs that hold a content word ("of the" is grammar, not wording), built once per unit. */
function phrasesOf(unit: Unit): Set<string> {
  let phrases = phraseSets.get(unit);
  if (phrases) return phrases;
  phrases = new Set<string>();
  for (let i = 1; i < unit.words.length; i++) {
    if (unit.tokens[i - 1].stem || unit.tokens[i].stem) phrases.add(`${unit.words[i - 1]} ${unit.words[i]}`);
  }
  phraseSets.set(unit, phrases);
  return phrases;
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/**
 * Share of the shorter unit's words covered by runs of at least MIN_RUN words that also occur in the longer one,
 * with every negator of the shorter covered and none of the longer left out between its copied runs
 * ("we will not withdraw" is no variant of "we will withdraw"). 0 when too few of the shorter's words occur in
 * the longer at all for a variant: below that the exact share does not matter.
 */
function copiedCoverage(a: Unit, b: Unit): number {
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  const shortWords = short.words;
  const longWords = long.words;
  const n = shortWords.length;
  if (n < MIN_VARIANT_WORDS) return 0;
  // Words of the shorter wording absent from the longer can never be covered: skip the quadratic pass.
  const inLong = wordSet(long);
  let present = 0;
  for (const word of shortWords) if (inLong.has(word)) present++;
  if (present / n < VARIANT_COVERAGE) return 0;
  const minRun = MIN_RUN;
  const covered = new Uint8Array(n);
  const coveredLong = new Uint8Array(longWords.length);
  // Longest common run ending at (i, j), one row at a time: runs are marked when they end.
  let previous = new Uint16Array(longWords.length + 1);
  let current = new Uint16Array(longWords.length + 1);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= longWords.length; j++) {
      current[j] = shortWords[i - 1] === longWords[j - 1] ? previous[j - 1] + 1 : 0;
    }
    for (let j = 1; j <= longWords.length; j++) {
      const run = current[j];
      const runEnds = run >= minRun && (i === n || j === longWords.length || shortWords[i] !== longWords[j]);
      if (!runEnds) continue;
      for (let k = 0; k < run; k++) {
        covered[i - 1 - k] = 1;
        coveredLong[j - 1 - k] = 1;
      }
    }
    [previous, current] = [current, previous];
  }
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (covered[i]) count++;
    else if (short.tokens[i].negator) return 0;
  }
  if (droppedNegator(long, coveredLong)) return 0;
  return count / n;
}

const wordSets = new WeakMap<Unit, Set<string>>();

/** A unit's distinct words, built once: a unit is compared with many others. */
function wordSet(unit: Unit): Set<string> {
  let set = wordSets.get(unit);
  if (!set) wordSets.set(unit, (set = new Set(unit.words)));
  return set;
}

/** A negator of the longer wording that lies between its copied runs but outside them changes the meaning. */
function droppedNegator(long: Unit, covered: Uint8Array): boolean {
  const first = covered.indexOf(1);
  const last = covered.lastIndexOf(1);
  if (first < 0) return false;
  for (let j = first; j <= last; j++) if (!covered[j] && long.tokens[j].negator) return true;
  return false;
}

/**
 * Weighted shared content over the geometric mean of both sides' weighted content: 1 for the same content words.
 * A word counts by its rarity times its salience in each report. A shared word that a negator governs on one
 * side only ("would approve" / "would not approve", "a breakthrough" / "no breakthrough") makes them opposite
 * claims: no match. Fewer than two shared words, or names alone, is topic, not claim.
 */
function weightedOverlap(a: Unit, b: Unit, weigh: Weigh): number {
  let shared = 0;
  let sharedCount = 0;
  let claimWords = 0;
  let totalA = 0;
  let totalB = 0;
  let i = 0;
  let j = 0;
  while (i < a.stems.length || j < b.stems.length) {
    if (j >= b.stems.length || (i < a.stems.length && a.stems[i] < b.stems[j])) {
      totalA += weigh(a.stems[i]) * a.salience[i];
      i++;
    } else if (i >= a.stems.length || b.stems[j] < a.stems[i]) {
      totalB += weigh(b.stems[j]) * b.salience[j];
      j++;
    } else {
      const w = weigh(a.stems[i]);
      totalA += w * a.salience[i];
      totalB += w * b.salience[j];
      if (a.negatedStem[i] !== b.negatedStem[j] && (a.negatedStem[i] ? a.negationHeadStem[i] : b.negationHeadStem[j])) return 0;
      const bothNegated = a.negatedStem[i] && b.negatedStem[j];
      shared += (bothNegated ? SHARED_NEGATION : 1) * w * Math.min(a.salience[i], b.salience[j]);
      sharedCount++;
      if (!a.nameStem[i] || !b.nameStem[j]) claimWords++;
      i++;
      j++;
    }
  }
  if (sharedCount < 2 || claimWords === 0 || totalA === 0 || totalB === 0) return 0;
  return shared / Math.sqrt(totalA * totalB);
}
