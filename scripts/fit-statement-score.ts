/**
 * Fits the "same statement" score (src/core/compare/statement-score.ts) on the tuning four fifths of the
 * paraphrase development set: TF-KLD word weights, then a logistic regression over `wordingFeatures`, with
 * five-fold cross-validation on the tuning pairs alone. Each fold's features read word weights learnt on the
 * other folds, so the regression never sees a weight learnt from the pair it fits. The threshold is the one most
 * accurate over the cross-validated probabilities. The held-out fifth is only read by `eval-paraphrase.ts`.
 * Run: `npx tsx scripts/fit-statement-score.ts [--write]`; --write puts the figures into the committed constants.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { reportWords } from '../src/core/compare/report-words';
import { FEATURE_NAMES, wordingFeatures, type Wordings } from '../src/core/compare/wording-features';
import { fitLogistic, predict } from './lib/logistic';
import { msrpTrainFile, readPairs, score, splitPairs, type LabelledPair } from './lib/msrp';
import { bestThreshold } from './lib/overlap-baseline';
import { kldTable, weigher, type KldTable } from './lib/tf-kld';

const FOLDS = 5;
const L2_CHOICES = [0.1, 0.3, 1, 3, 10];
const COMPARE = path.resolve(__dirname, '..', 'src', 'core', 'compare');

function wordingsOf(sentence: string): Wordings {
  const tokens = reportWords(sentence);
  return { tokens, words: tokens.map((t) => t.norm) };
}

/** Figures keep the default weight: which figure a corpus happens to hold says nothing of another. */
function contentOf(w: Wordings): Set<string> {
  return new Set(w.tokens.filter((t) => t.stem && !/\d/.test(t.stem)).map((t) => t.stem!));
}

interface Prepared {
  pair: LabelledPair;
  a: Wordings;
  b: Wordings;
  fold: number;
}

function tableWithout(prepared: Prepared[], fold: number): KldTable {
  return kldTable(prepared.filter((p) => p.fold !== fold).map((p) => ({ a: contentOf(p.a), b: contentOf(p.b), same: p.pair.same })));
}

/** Cross-validated probabilities of every tuning pair at one regularisation. */
function crossValidated(rows: number[][], labels: number[], folds: number[], l2: number): number[] {
  const probabilities = new Array<number>(rows.length);
  for (let f = 0; f < FOLDS; f++) {
    const train = folds.flatMap((fold, i) => (fold === f ? [] : [i]));
    const weights = fitLogistic(train.map((i) => rows[i]), train.map((i) => labels[i]), l2);
    rows.forEach((row, i) => {
      if (folds[i] === f) probabilities[i] = predict(weights, row);
    });
  }
  return probabilities;
}

function main(): number {
  const file = msrpTrainFile();
  if (!file) {
    process.stderr.write('fit-statement-score: MSRP train not found (set MSRP_TRAIN)\n');
    return 1;
  }
  const { tune } = splitPairs(readPairs(file));
  const prepared: Prepared[] = tune.map((pair, i) => ({ pair, a: wordingsOf(pair.first), b: wordingsOf(pair.second), fold: i % FOLDS }));
  const foldTables = Array.from({ length: FOLDS }, (_, f) => weigher(tableWithout(prepared, f)));
  const rows = prepared.map((p) => wordingFeatures(p.a, p.b, foldTables[p.fold]));
  const labels = prepared.map((p) => (p.pair.same ? 1 : 0));
  const folds = prepared.map((p) => p.fold);
  let best: { l2: number; threshold: number; accuracy: number; f1: number } | undefined;
  for (const l2 of L2_CHOICES) {
    const probabilities = crossValidated(rows, labels, folds, l2);
    const index = new Map(tune.map((p, i) => [p, i]));
    const threshold = bestThreshold(tune, (p) => probabilities[index.get(p)!]);
    const cv = score(tune, probabilities.map((p) => p >= threshold));
    process.stdout.write(`L2 ${l2}: cross-validated accuracy ${cv.accuracy.toFixed(3)}, F1 ${cv.f1.toFixed(3)} at threshold ${threshold.toFixed(3)}\n`);
    if (!best || cv.accuracy > best.accuracy) best = { l2, threshold, accuracy: cv.accuracy, f1: cv.f1 };
  }
  const weights = fitLogistic(rows, labels, best!.l2);
  process.stdout.write(`chosen L2 ${best!.l2}; BIAS = ${weights[0].toFixed(3)}\n`);
  FEATURE_NAMES.forEach((name, k) => process.stdout.write(`  ${weights[k + 1].toFixed(3)}, // ${name}\n`));
  const table = kldTable(prepared.map((p) => ({ a: contentOf(p.a), b: contentOf(p.b), same: p.pair.same })));
  process.stdout.write(`${table.weights.size} word weights, default ${table.defaultWeight.toFixed(4)}\n`);
  if (process.argv.includes('--write')) {
    writeScore(weights, best!.threshold, best!.accuracy, best!.f1);
    writeWordWeights(table);
  }
  return 0;
}

function writeScore(weights: number[], threshold: number, accuracy: number, f1: number): void {
  const file = path.join(COMPARE, 'statement-score.ts');
  const text = readFileSync(file, 'utf8')
    .replace(/const BIAS = [^;]+;/, `const BIAS = ${weights[0].toFixed(3)};`)
    .replace(/const WEIGHTS = \[[^\]]*\];/, `const WEIGHTS = [\n  ${weights.slice(1).map((w) => w.toFixed(3)).join(', ')},\n];`)
    .replace(/SAME_STATEMENT_THRESHOLD = [\d.]+;/, `SAME_STATEMENT_THRESHOLD = ${threshold.toFixed(3)};`)
    .replace(/cross-validated accuracy [\d.]+, F1 [\d.]+/, `cross-validated accuracy ${accuracy.toFixed(3)}, F1 ${f1.toFixed(3)}`);
  writeFileSync(file, text);
}

function writeWordWeights(table: KldTable): void {
  const file = path.join(COMPARE, 'word-weights.ts');
  const entries = [...table.weights].sort(([x], [y]) => (x < y ? -1 : 1)).map(([key, w]) => `${key}:${w.toFixed(3)}`);
  const lines: string[] = [];
  for (let i = 0; i < entries.length; i += 12) lines.push(entries.slice(i, i + 12).join(' '));
  const text = readFileSync(file, 'utf8')
    .replace(/const DEFAULT_WEIGHT = [^;]+;/, `const DEFAULT_WEIGHT = ${table.defaultWeight.toFixed(4)};`)
    .replace(/const WEIGHTS = [^;]*;/s, `const WEIGHTS = \`\n${lines.join('\n')}\n\`;`);
  writeFileSync(file, text);
}

process.exitCode = main();
