/**
 * Scale of the cross-article comparison on synthetic workspaces resampled from the seeds' gold:
 * batch grouping at 100 / 1,000 / 5,000 articles (20 quotes each), and re-grouping after one article changes
 * in a 1,000-article workspace, synthetic and of analyzed seed-like texts. Targets: 1,000 articles ≤ 5 s, one changed article ≤ 100 ms.
 * Prints a table and writes bench/results/compare.json. The machine is shared: compare runs, not single figures.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../src/core';
import { compareArticles, WorkspaceComparison } from '../src/core/compare';
import type { ArticleRecord } from '../src/core/types';
import { readGold } from '../scripts/lib/gold-analyses';
import { syntheticWorkspace } from '../scripts/lib/synthetic-workspace';
import { generateWorkspace } from './lib/articles';
import { percentile, printTable, writeResults } from './lib/report';

const root = path.resolve(__dirname, '..');
const goldFile = [path.resolve(root, '..', 'shared', 'data', 'seeds.gold.json'), path.join(root, 'test', 'fixtures', 'seeds.gold.json')].find(existsSync);
const QUOTES_PER_ARTICLE = 20;
const SIZES = [100, 1000, 5000];
const EDITS = 20;

function main(): void {
  if (!goldFile) throw new Error('seeds.gold.json not found (../shared/data or test/fixtures)');
  const gold = readGold(goldFile);
  const batch = SIZES.map((articles) => {
    const records = syntheticWorkspace(gold, { articles, quotesPerArticle: QUOTES_PER_ARTICLE });
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const comparison = compareArticles(records);
    const ms = performance.now() - started;
    return {
      articles,
      quotes: records.reduce((n, r) => n + r.analysis.quotes.length, 0),
      ms: Math.round(ms),
      statements: comparison.statements.length,
      shared: comparison.statements.filter((s) => s.reports.length > 1).length,
      speakers: comparison.speakers.length,
      rssMB: Math.round(Math.max(process.memoryUsage().rss, rssBefore) / 2 ** 20),
    };
  });

  const records = syntheticWorkspace(gold, { articles: 1000, quotesPerArticle: QUOTES_PER_ARTICLE });
  const replacements = syntheticWorkspace(gold, { articles: EDITS, quotesPerArticle: QUOTES_PER_ARTICLE, seed: 7 });
  const edit = editLatency(records, replacements);
  // Real texts analyzed: speakers such as governments recur in every article, so an edit re-groups large blocks.
  const texts = generateWorkspace(1000 + EDITS, 1000).map(({ file, text }) => ({ file, text, analysis: analyzeArticle(text) }));
  const realEdit = editLatency(texts.slice(0, 1000), texts.slice(1000));

  printTable(
    'compareArticles on synthetic workspaces (20 quotes per article; target 1,000 articles <= 5,000 ms)',
    ['articles', 'quotes', 'time (ms)', 'statements', 'reported twice+', 'speakers', 'rss (MB)'],
    batch.map((b) => [b.articles, b.quotes, b.ms, b.statements, b.shared, b.speakers, b.rssMB].map(String)),
  );
  process.stdout.write(
    `one article changed in 1,000: upsert + result p50 ${edit.p50} ms, p95 ${edit.p95} ms, max ${edit.max} ms over ${EDITS} edits (target 100 ms)\n` +
      `one article changed in 1,000 analyzed seed-like texts: p50 ${realEdit.p50} ms, p95 ${realEdit.p95} ms, max ${realEdit.max} ms\n`,
  );
  writeResults('compare', { batch, edit, realEdit });
}

/** Upsert + result after each of the replacements takes the place of one article of the workspace. */
function editLatency(records: ArticleRecord[], replacements: ArticleRecord[]): { p50: number; p95: number; max: number } {
  const workspace = new WorkspaceComparison();
  for (const record of records) workspace.upsert(record);
  workspace.result();
  const edits: number[] = [];
  replacements.forEach((replacement, i) => {
    const target = records[(i * 37) % records.length];
    const started = performance.now();
    workspace.upsert({ ...replacement, file: target.file });
    workspace.result();
    edits.push(performance.now() - started);
  });
  edits.sort((a, b) => a - b);
  return { p50: Math.round(percentile(edits, 0.5)), p95: Math.round(percentile(edits, 0.95)), max: Math.round(edits[edits.length - 1]) };
}

main();
