/**
 * Scores compareArticles on the paraphrase development set (see `lib/msrp.ts`): each labelled pair becomes a
 * two-article workspace quoting one speaker, and the pair counts as "same statement" when both quotations land
 * in one statement group. Beside it, the word-overlap baseline with its best threshold on the tuning pairs.
 * Part of `npm run eval`; says so and skips when the corpus is not on this machine.
 */
import { compareArticles } from '../src/core';
import { msrpTrainFile, quotingArticle, readPairs, score, splitPairs, type LabelledPair, type Scores } from './lib/msrp';
import { bestThreshold, wordOverlap } from './lib/overlap-baseline';

const TARGETS = { accuracy: 0.8, f1: 0.85 };

export function grouped(pair: LabelledPair): boolean {
  const comparison = compareArticles([quotingArticle('a.txt', pair.first), quotingArticle('b.txt', pair.second)]);
  return comparison.statements.some((statement) => new Set(statement.reports.map((r) => r.file)).size === 2);
}

function main(): number {
  const file = msrpTrainFile();
  if (!file) {
    process.stdout.write('\nParaphrase pairs: MSRP train not found (set MSRP_TRAIN to msr_paraphrase_train.txt); skipped\n');
    return 0;
  }
  const { tune, check } = splitPairs(readPairs(file));
  const threshold = bestThreshold(tune, (p) => wordOverlap(p.first, p.second));
  const rows: [string, Scores, Scores][] = [
    ['compareArticles', score(tune, tune.map(grouped)), score(check, check.map(grouped))],
    [`word overlap >= ${threshold.toFixed(3)}`, ...([tune, check].map((set) => score(set, set.map((p) => wordOverlap(p.first, p.second) >= threshold))) as [Scores, Scores])],
  ];
  process.stdout.write(`\nParaphrase pairs (MSRP train: ${tune.length} tuning pairs, ${check.length} held out, ${share(check)} same)\n`);
  const header = ['', 'P tune', 'R tune', 'F1 tune', 'acc tune', 'P held', 'R held', 'F1 held', 'acc held'];
  const body = rows.map(([label, a, b]) => [label, ...figures(a), ...figures(b)]);
  process.stdout.write(table([header, ...body, ['target (held out)', '', '', '', '', '', '', `>= ${TARGETS.f1}`, `>= ${TARGETS.accuracy}`]]));
  return 0;
}

function figures(s: Scores): string[] {
  return [s.precision, s.recall, s.f1, s.accuracy].map((v) => v.toFixed(3));
}

function share(pairs: LabelledPair[]): string {
  return `${Math.round((100 * pairs.filter((p) => p.same).length) / pairs.length)}%`;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n') + '\n';
}

if (require.main === module) process.exitCode = main();
