/**
 * TF-KLD word weights (Ji and Eisenstein 2013): per content word, the Kullback-Leibler divergence between how
 * often paraphrase pairs that hold the word hold it on both sides and how often other pairs do. A word that
 * paraphrases keep and other pairs do not ("percent" in a figure both report, a name) weighs much; a word shared
 * as often either way weighs little. Counts are smoothed towards the rates of all words.
 */

export interface KeyedPair {
  a: Set<string>;
  b: Set<string>;
  same: boolean;
}

/** Pseudo-pairs pulling a word's rates towards the rates of all words. */
const PRIOR_PAIRS = 4;
/** A word seen in fewer pairs than this keeps the default weight. */
export const MIN_PAIRS = 4;

export interface KldTable {
  weights: Map<string, number>;
  defaultWeight: number;
}

export function kldTable(pairs: KeyedPair[]): KldTable {
  const counts = new Map<string, [number, number, number, number]>();
  const total = [0, 0, 0, 0];
  for (const pair of pairs) {
    for (const key of new Set([...pair.a, ...pair.b])) {
      const both = pair.a.has(key) && pair.b.has(key);
      const c = counts.get(key) ?? [0, 0, 0, 0];
      const offset = pair.same ? 0 : 2;
      c[offset]++;
      total[offset]++;
      if (both) {
        c[offset + 1]++;
        total[offset + 1]++;
      }
      counts.set(key, c);
    }
  }
  const p0 = total[1] / total[0];
  const q0 = total[3] / total[2];
  const weights = new Map<string, number>();
  for (const [key, [pos, posBoth, neg, negBoth]] of counts) {
    if (pos + neg < MIN_PAIRS) continue;
    const p = (posBoth + PRIOR_PAIRS * p0) / (pos + PRIOR_PAIRS);
    const q = (negBoth + PRIOR_PAIRS * q0) / (neg + PRIOR_PAIRS);
    weights.set(key, divergence(p, q));
  }
  return { weights, defaultWeight: divergence(p0, q0) };
}

function divergence(p: number, q: number): number {
  return p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q));
}

export function weigher(table: KldTable): (key: string) => number {
  return (key) => table.weights.get(key) ?? table.defaultWeight;
}
