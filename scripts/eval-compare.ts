/**
 * Scores compareArticles on the seeds against the 14 statement groups of the gold, twice: on analyses built
 * from the gold itself (the comparison alone) and on the real analyzeArticle output (the whole pipeline).
 * Second half of `npm run eval`.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, compareArticles, type ArticleRecord } from '../src/core';
import { mapToGold, refKey, scoreComparison, type CompareScores } from './lib/compare-scoring';
import { goldWorkspace } from './lib/gold-analyses';
import { ecbPlusLocation, readTrainTopics } from './lib/event-sets';
import { compareScores, overlapScores, pairwise, prepareTopic, sum, tunedOverlapThreshold, type PreparedTopic } from './lib/event-eval';
import type { EventScores } from './lib/compare-scoring';

const root = path.resolve(__dirname, '..');
/** The lead's checkout has shared/ beside it; a worktree names it with SOURCE_LENS_SHARED. */
const shared = process.env.SOURCE_LENS_SHARED ?? path.resolve(root, '..', 'shared');
const goldFile = path.join(shared, 'data', 'seeds.gold.json');
const seeds = path.join(root, 'seeds');
const TARGETS = { precision: 0.9, recall: 0.85, forms: 0.85 };

function main(): number {
  if (!existsSync(goldFile)) {
    process.stderr.write(`eval-compare: ${goldFile} not found; nothing to score\n`);
    return 0;
  }
  const workspace = goldWorkspace(goldFile, seeds);
  const goldQuotes = new Map([...workspace.quoteRefs].map(([goldId, ref]) => [refKey(ref.file, ref.quoteId), goldId]));
  const goldSpeakers = new Map(
    [...workspace.speakerRefs].flatMap(([file, ids]) => [...ids].map(([local, goldId]) => [refKey(file, local), goldId] as const)),
  );
  const onGold = scoreComparison(workspace.gold, compareArticles(workspace.records), goldQuotes, goldSpeakers);

  const realRecords: ArticleRecord[] = workspace.records.map(({ file }) => {
    const text = readFileSync(path.join(seeds, file), 'utf8');
    return { file, text, analysis: analyzeArticle(text) };
  });
  const mapping = mapToGold(workspace.gold, realRecords);
  const onReal = scoreComparison(workspace.gold, compareArticles(realRecords), mapping.quotes, mapping.speakers);

  process.stdout.write('\nStatement comparison (seeds gold: 14 groups, 22 speakers)\n');
  process.stdout.write(table([
    ['', 'gold analyses', 'analyzeArticle', 'target'],
    ['pairwise precision', fixed(onGold.pairs.precision), fixed(onReal.pairs.precision), `>= ${TARGETS.precision}`],
    ['pairwise recall', fixed(onGold.pairs.recall), fixed(onReal.pairs.recall), `>= ${TARGETS.recall}`],
    ['pairs right / predicted / gold', pairCounts(onGold), pairCounts(onReal), ''],
    ['multi-article groups found', `${onGold.multiArticle.found}/${onGold.multiArticle.total}`, `${onReal.multiArticle.found}/${onReal.multiArticle.total}`, 'all'],
    ['forms agreeing', share(onGold.forms.agree, onGold.forms.total), share(onReal.forms.agree, onReal.forms.total), `>= ${TARGETS.forms * 100}%`],
    ['  of the reports grouped', share(onGold.forms.agree, onGold.forms.grouped), share(onReal.forms.agree, onReal.forms.grouped), ''],
    ['speakers merged across articles', `${onGold.identities.merged}/${onGold.identities.toMerge}`, `${onReal.identities.merged}/${onReal.identities.toMerge}`, 'all'],
    ['false merges', `${onGold.identities.falseMerges.length} of ${onGold.identities.speakersCompared}`, `${onReal.identities.falseMerges.length} of ${onReal.identities.speakersCompared}`, '0'],
  ]));
  for (const [label, scores] of [['gold analyses', onGold], ['analyzeArticle', onReal]] as const) {
    const notes = [
      ...scores.multiArticle.missed.map((id) => `missed group ${id}`),
      ...scores.identities.notMerged.map((id) => `not merged: ${id}`),
      ...scores.identities.falseMerges.map((m) => `false merge ${m}`),
    ];
    if (notes.length > 0) process.stdout.write(`  ${label}: ${notes.join('; ')}\n`);
  }
  eventSets();
  return 0;
}

const EVENT_TARGETS = { precision: 0.9, recall: 0.8 };

/** The multi-outlet event set: ECB+ training topics, alternately tuning and check topics. */
function eventSets(): void {
  const location = ecbPlusLocation();
  if (!location) {
    process.stdout.write('\nMulti-outlet event sets: ECB+ not found (set ECB_PLUS; see scripts/lib/event-sets.ts); skipped\n');
    return;
  }
  const topics = readTrainTopics(location).filter((topic) => topic.reports.length > 0).map(prepareTopic);
  const halves: [string, PreparedTopic[]][] = [
    ['tune', topics.filter((_, i) => i % 2 === 0)],
    ['check', topics.filter((_, i) => i % 2 === 1)],
  ];
  const threshold = tunedOverlapThreshold(halves[0][1]);
  const rows = [['', ...halves.map(([name, list]) => `${name} (${list.length} topics)`), 'target']];
  const compared = halves.map(([, list]) => sum(list.map((p) => compareScores(p))));
  const overlap = halves.map(([, list]) => sum(list.map((p) => overlapScores(p, threshold))));
  const figures = (label: string, scores: EventScores[], target: string[]) => {
    const values = scores.map(pairwise);
    rows.push([`${label} precision`, ...values.map((v) => fixed(v.precision)), target[0]]);
    rows.push([`${label} recall`, ...values.map((v) => fixed(v.recall)), target[1]]);
    rows.push([`${label} F1`, ...values.map((v) => fixed(v.f1)), '']);
    rows.push([`${label} pairs right / predicted / gold`, ...scores.map((s) => `${s.truePositives} / ${s.predicted} / ${s.gold}`), '']);
  };
  figures('compare', compared, [`>= ${EVENT_TARGETS.precision}`, `>= ${EVENT_TARGETS.recall}`]);
  rows.push(['compare cross-article statements found', ...compared.map((s) => `${s.statementsFound}/${s.statements}`), 'all']);
  figures(`word overlap >= ${threshold}`, overlap, ['', '']);
  rows.push(['gold reports found as quotations', ...compared.map((s) => `${s.reportsFound}/${s.reports}`), '']);
  figures('finer gold (one reported event): compare', halves.map(([, list]) => sum(list.map((p) => compareScores(p, true)))), ['', '']);
  figures('finer gold: word overlap', halves.map(([, list]) => sum(list.map((p) => overlapScores(p, threshold, true)))), ['', '']);
  process.stdout.write('\nMulti-outlet event sets (ECB+ train topics; cross-article pairs of coreferent reporting events)\n');
  process.stdout.write(table(rows));
}

function pairCounts(scores: CompareScores): string {
  return `${scores.pairs.truePositives} / ${scores.pairs.predicted} / ${scores.pairs.gold}`;
}

function fixed(value: number): string {
  return value.toFixed(3);
}

function share(part: number, total: number): string {
  return `${part}/${total} (${total ? Math.round((100 * part) / total) : 0}%)`;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n') + '\n';
}

process.exitCode = main();
