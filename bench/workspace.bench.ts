/**
 * Workspace scale (issue 6, part 3): 100, 1,000 and 5,000 articles generated from the seeds (paragraphs resampled,
 * people renamed), each size in a fresh process so that peak RSS is its own: time to analyze every article, time to
 * group them, and peak RSS. Target: 1,000 articles analyzed and grouped in ≤ 20 s with peak RSS ≤ 500 MB.
 * Prints a table and writes bench/results/workspace.json.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { analyzeArticle, compareArticles } from '../src/core';
import type { ArticleRecord } from '../src/core/types';
import { generateWorkspace } from './lib/articles';
import { printTable, writeResults } from './lib/report';

const SIZES = [100, 1000, 5000];

interface SizeResult {
  articles: number;
  megabytes: number;
  quotes: number;
  analyzeMs: number;
  groupMs: number;
  statements: number;
  peakRssMB: number;
}

function measure(count: number): SizeResult {
  const workspace = generateWorkspace(count, count);
  let started = performance.now();
  const records: ArticleRecord[] = workspace.map(({ file, text }) => ({ file, text, analysis: analyzeArticle(text) }));
  const analyzeMs = performance.now() - started;
  started = performance.now();
  const comparison = compareArticles(records);
  const groupMs = performance.now() - started;
  return {
    articles: count,
    megabytes: workspace.reduce((n, a) => n + a.text.length, 0) / 2 ** 20,
    quotes: records.reduce((n, r) => n + r.analysis.quotes.length, 0),
    analyzeMs,
    groupMs,
    statements: comparison.statements.length,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

function main(): void {
  const sizeIndex = process.argv.indexOf('--size');
  if (sizeIndex >= 0) {
    process.stdout.write(JSON.stringify(measure(Number(process.argv[sizeIndex + 1]))) + '\n');
    return;
  }
  const results: SizeResult[] = SIZES.map((size) => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--size', String(size)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return JSON.parse(output.trim().split('\n').pop()!) as SizeResult;
  });
  printTable('Workspace scale: analyze + group (target: 1,000 articles ≤ 20 s, peak RSS ≤ 500 MB)',
    ['articles', 'MB', 'quotes', 'analyze (s)', 'group (s)', 'total (s)', 'statements', 'peak RSS (MB)'],
    results.map((r) => [String(r.articles), r.megabytes.toFixed(1), String(r.quotes), (r.analyzeMs / 1000).toFixed(2), (r.groupMs / 1000).toFixed(2),
      ((r.analyzeMs + r.groupMs) / 1000).toFixed(2), String(r.statements), r.peakRssMB.toFixed(0)]));
  writeResults('workspace', { sizes: results });
}

main();
