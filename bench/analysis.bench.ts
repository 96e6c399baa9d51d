/**
 * Analysis speed (issue 6, parts 1 and 2):
 *  - throughput of analyzeArticle beside compromise's tagging pass nlp(text), and beside the pass that finds what
 *    Source Lens finds, nlp(text) + people() + quotations(), on the same text in the same run,
 *    on the seeds and on a 1 MB article assembled from them, warm (JIT warmed up, paragraph cache cold) and cold
 *    (first call in a fresh process, loading compromise included);
 *  - edit latency: re-analysis after a one-character edit at a random place in a 50 KB article, p50/p95 over 200 edits.
 * Prints a table and writes bench/results/analysis.json.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { AnalysisSession, analyzeArticle } from '../src/core';
import { mulberry32 } from '../scripts/lib/random';
import { generateArticle, seedTexts } from './lib/articles';
import { percentile, printTable, writeResults } from './lib/report';

const WARM_RUNS = 3;
const EDITS = 200;

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Each warm run gets a different text of the same size, so the paragraph cache never answers for the analyzer. */
type Throughput = { analyzeKBs: number; nlpKBs: number; attributionKBs: number };

/** compromise's own way to the people and quotations of a text. */
function compromiseAttribution(text: string): void {
  const doc = nlp(text);
  doc.people().out('array');
  doc.quotations().out('array');
}

function warmThroughput(texts: string[]): Throughput {
  analyzeArticle(generateArticle(mulberry32(99), 20_000));
  nlp('Warm up the tagger.');
  let analyzeMs = 0;
  let nlpMs = 0;
  let attributionMs = 0;
  let kb = 0;
  for (const text of texts) {
    analyzeMs += time(() => analyzeArticle(text));
    nlpMs += time(() => nlp(text));
    attributionMs += time(() => compromiseAttribution(text));
    kb += text.length / 1024;
  }
  return { analyzeKBs: kb / (analyzeMs / 1000), nlpKBs: kb / (nlpMs / 1000), attributionKBs: kb / (attributionMs / 1000) };
}

/** The first call in a fresh process: module loading and JIT included. */
function coldThroughput(which: 'seeds' | '1mb'): Throughput {
  const output = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--cold', which], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop()!);
}

function textFor(which: 'seeds' | '1mb', variant: number): string {
  if (which === 'seeds') {
    const seeds = seedTexts().join('\n\n');
    return variant === 0 ? seeds : generateArticle(mulberry32(variant), seeds.length);
  }
  return generateArticle(mulberry32(1000 + variant), 1_000_000);
}

function runCold(which: 'seeds' | '1mb'): void {
  const text = textFor(which, 0);
  const kb = text.length / 1024;
  const analyzeMs = time(() => analyzeArticle(text));
  const nlpMs = time(() => nlp(text));
  const attributionMs = time(() => compromiseAttribution(text));
  const throughput: Throughput = { analyzeKBs: kb / (analyzeMs / 1000), nlpKBs: kb / (nlpMs / 1000), attributionKBs: kb / (attributionMs / 1000) };
  process.stdout.write(JSON.stringify(throughput) + '\n');
}

function editLatency(): { p50: number; p95: number; max: number; fullMs: number } {
  const random = mulberry32(7);
  let text = generateArticle(random, 50_000);
  // An editor's engine keeps one session, so each edit re-reads only the paragraphs it changed.
  const session = new AnalysisSession();
  const fullMs = time(() => analyzeArticle(text, {}, session));
  const latencies: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const at = Math.floor(random() * text.length);
    const letter = String.fromCharCode(97 + Math.floor(random() * 26));
    text = text.slice(0, at) + letter + text.slice(at + 1);
    latencies.push(time(() => analyzeArticle(text, {}, session)));
  }
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), max: latencies[latencies.length - 1], fullMs };
}

function main(): void {
  const coldIndex = process.argv.indexOf('--cold');
  if (coldIndex >= 0) return runCold(process.argv[coldIndex + 1] as 'seeds' | '1mb');

  const rows = (['seeds', '1mb'] as const).map((which) => {
    const texts = Array.from({ length: WARM_RUNS }, (_, i) => textFor(which, i + 1));
    const warm = warmThroughput(texts);
    const cold = coldThroughput(which);
    return { text: which === 'seeds' ? `seeds (${Math.round(texts[0].length / 1024)} KB)` : '1 MB article', warm, cold };
  });
  const edit = editLatency();

  printTable(
    'Analysis throughput (KB/s; ratio = analyzeArticle / nlp(text), target ≥ 2; ratio+ = analyzeArticle / nlp + people + quotations, target ≥ 5)',
    ['text', 'mode', 'analyzeArticle', 'nlp(text)', 'ratio', 'nlp + people + quotations', 'ratio+'],
    rows.flatMap((row) =>
      (['warm', 'cold'] as const).map((mode) => {
        const { analyzeKBs, nlpKBs, attributionKBs } = row[mode];
        return [row.text, mode, analyzeKBs.toFixed(0), nlpKBs.toFixed(0), (analyzeKBs / nlpKBs).toFixed(2), attributionKBs.toFixed(0), (analyzeKBs / attributionKBs).toFixed(2)];
      }),
    ),
  );
  printTable(`Edit latency: one-character edits in a 50 KB article (${EDITS} edits; target p95 ≤ 30 ms)`, ['full analysis', 'p50', 'p95', 'max'],
    [[`${edit.fullMs.toFixed(1)} ms`, `${edit.p50.toFixed(1)} ms`, `${edit.p95.toFixed(1)} ms`, `${edit.max.toFixed(1)} ms`]]);
  writeResults('analysis', { throughput: rows, editLatency: edit });
}

main();
