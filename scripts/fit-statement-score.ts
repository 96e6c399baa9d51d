/**
 * Fits the weights of the "same statement" score (src/core/compare/statement-score.ts) on the tuning four fifths
 * of the paraphrase development set, by logistic regression, and prints them with the threshold most accurate on
 * those pairs. The held-out fifth is only read by `eval-paraphrase.ts`. Run: `npx tsx scripts/fit-statement-score.ts`.
 */
import { tokenize } from '../src/core/compare/tokens';
import { FEATURE_NAMES, wordingFeatures, type Wordings } from '../src/core/compare/wording-features';
import { msrpTrainFile, readPairs, score, splitPairs } from './lib/msrp';
import { bestThreshold } from './lib/overlap-baseline';

const NEWTON_STEPS = 12;
const L2 = 1;

function wordingsOf(sentence: string): Wordings {
  const tokens = tokenize(sentence);
  return { tokens, words: tokens.map((t) => t.norm) };
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Newton's method on the L2-regularised log loss; returns the bias first, then one weight per feature. */
function fit(rows: number[][], labels: number[]): number[] {
  const design = rows.map((row) => [1, ...row]);
  const size = design[0].length;
  let weights = new Array(size).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const gradient = weights.map((w, k) => (k ? L2 * w : 0));
    const hessian = Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => (r === c && r ? L2 : 0)));
    design.forEach((x, i) => {
      const p = sigmoid(x.reduce((sum, v, k) => sum + v * weights[k], 0));
      for (let r = 0; r < size; r++) {
        gradient[r] += (p - labels[i]) * x[r];
        for (let c = 0; c < size; c++) hessian[r][c] += p * (1 - p) * x[r] * x[c];
      }
    });
    const delta = solve(hessian, gradient);
    weights = weights.map((w, k) => w - delta[k]);
  }
  return weights;
}

/** Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const m = matrix.map((row, i) => [...row, vector[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= factor * m[col][c];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

function main(): number {
  const file = msrpTrainFile();
  if (!file) {
    process.stderr.write('fit-statement-score: MSRP train not found (set MSRP_TRAIN)\n');
    return 1;
  }
  const { tune } = splitPairs(readPairs(file));
  const rows = tune.map((p) => wordingFeatures(wordingsOf(p.first), wordingsOf(p.second)));
  const weights = fit(rows, tune.map((p) => (p.same ? 1 : 0)));
  const probability = (row: number[]) => sigmoid(weights[0] + row.reduce((sum, x, k) => sum + x * weights[k + 1], 0));
  const index = new Map(tune.map((p, i) => [p, i]));
  const threshold = bestThreshold(tune, (p) => probability(rows[index.get(p)!]));
  process.stdout.write(`BIAS = ${weights[0].toFixed(3)}\n`);
  FEATURE_NAMES.forEach((name, k) => process.stdout.write(`  ${weights[k + 1].toFixed(3)}, // ${name}\n`));
  const tuned = score(tune, rows.map((row) => probability(row) >= threshold));
  process.stdout.write(`most accurate threshold on the tuning pairs: ${threshold.toFixed(3)} (accuracy ${tuned.accuracy.toFixed(3)}, F1 ${tuned.f1.toFixed(3)})\n`);
  return 0;
}

process.exitCode = main();
