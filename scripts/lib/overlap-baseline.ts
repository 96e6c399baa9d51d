/**
 * The yardstick a matcher must beat: plain word overlap (Dice coefficient of the two sentences' lower-cased
 * word sets) with the single threshold that is most accurate on the tuning pairs.
 */
import type { LabelledPair } from './msrp';

function wordsOf(sentence: string): Set<string> {
  return new Set(sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

export function wordOverlap(first: string, second: string): number {
  const a = wordsOf(first);
  const b = wordsOf(second);
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return a.size + b.size ? (2 * shared) / (a.size + b.size) : 0;
}

/** The threshold (a value some pair scores) with the most tuning pairs right. */
export function bestThreshold(pairs: LabelledPair[], scoreOf: (pair: LabelledPair) => number): number {
  const scored = pairs.map((pair) => ({ score: scoreOf(pair), same: pair.same })).sort((x, y) => y.score - x.score);
  let right = pairs.filter((p) => !p.same).length;
  let best = { right, threshold: Infinity };
  for (let i = 0; i < scored.length; i++) {
    right += scored[i].same ? 1 : -1;
    const nextDiffers = i + 1 === scored.length || scored[i + 1].score < scored[i].score;
    if (nextDiffers && right > best.right) best = { right, threshold: scored[i].score };
  }
  return best.threshold;
}
