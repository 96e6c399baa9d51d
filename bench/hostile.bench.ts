/**
 * Hostile input (issue 7): 1 MB of each pathological input, and the growth from 250 KB to 1 MB (linear = 4×).
 * Prints a table and writes bench/results/hostile.json.
 */
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../src/core';
import { PATHOLOGICAL_INPUTS } from './lib/pathological';
import { printTable, writeResults } from './lib/report';

function time(text: string): number {
  const started = performance.now();
  analyzeArticle(text);
  return performance.now() - started;
}

function main(): void {
  analyzeArticle('Warm up: "the tagger," she said.');
  const rows = Object.entries(PATHOLOGICAL_INPUTS).map(([name, build]) => {
    const quarter = time(build(250_000));
    const full = time(build(1_000_000));
    return { name, quarterMs: quarter, fullMs: full, growth: full / quarter };
  });
  printTable('Pathological inputs (1 MB each; growth = time(1 MB) / time(250 KB), linear ≈ 4)', ['input', '250 KB (ms)', '1 MB (ms)', 'growth'],
    rows.map((r) => [r.name, r.quarterMs.toFixed(0), r.fullMs.toFixed(0), r.growth.toFixed(1)]));
  writeResults('hostile', { inputs: rows });
}

main();
