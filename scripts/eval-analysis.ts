/**
 * Scores analyzeArticle against the seeds gold and PolNeAR dev (when ../shared is there) with the reference scorer.
 * Predictions go to a temporary folder, never into the checkout.
 *
 * PolNeAR annotates one attribution with discontinuous content ("A," he said, "B." is one unit with two content
 * spans); Source Lens reports each part as its own quote with `partOf`, as the seeds gold does. PolNeAR is therefore
 * scored in attribution units (`analyze --attribution-units`): one prediction spanning the parts of an attribution.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { prediction } from '../src/cli/analyze';
import { analyzeArticle } from '../src/core';
import { repoRoot } from './lib/paths';

const shared = path.resolve(repoRoot, '..', 'shared');
const scorer = path.join(shared, 'tools', 'score.py');

interface GoldRecord {
  id: string;
  text: string;
}

function readJsonl(file: string): GoldRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldRecord);
}

function score(gold: string, predictions: string, extra: string[] = []): string {
  return execFileSync('python3', [scorer, gold, predictions, ...extra], { encoding: 'utf8' });
}

interface GoldArticle {
  file: string;
  roles?: { speaker: string; start: number; end: number }[];
}

/** Gold roles found: a predicted role overlapping the gold span, on a speaker whose name matches the gold speaker's. */
function roleRecall(records: GoldRecord[]): string | null {
  const goldFile = path.join(shared, 'data', 'seeds.gold.json');
  if (!existsSync(goldFile)) return null;
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { articles: GoldArticle[]; speakers: { id: string; name: string }[] };
  const goldNames = new Map(gold.speakers.map((speaker) => [speaker.id, speaker.name]));
  let total = 0;
  let found = 0;
  for (const article of gold.articles) {
    const record = records.find((r) => r.id === article.file || r.id.startsWith(article.file.replace(/\.txt$/, '')));
    if (!record || !article.roles) continue;
    const analysis = analyzeArticle(record.text);
    for (const role of article.roles) {
      total++;
      const surname = (goldNames.get(role.speaker) ?? role.speaker).split(/\s+/).pop()!.toLowerCase();
      const hit = analysis.speakers.some(
        (speaker) =>
          speaker.name.toLowerCase().split(/\s+/).pop() === surname &&
          speaker.roles.some((r) => r.start < role.end && role.start < r.end),
      );
      if (hit) found++;
    }
  }
  return total ? `role recall ${((100 * found) / total).toFixed(1)} (${found}/${total} gold roles: overlapping span, same speaker)` : null;
}

function evaluate(name: string, goldFile: string, attributionUnits: boolean, work: string): void {
  const records = readJsonl(goldFile);
  const predictions = path.join(work, `${name}.pred.jsonl`);
  const started = performance.now();
  const lines = records.map((record) => JSON.stringify(prediction(record.id, record.text, analyzeArticle(record.text), attributionUnits)));
  const elapsed = performance.now() - started;
  writeFileSync(predictions, lines.join('\n') + '\n');
  const kb = records.reduce((sum, record) => sum + record.text.length, 0) / 1024;
  console.log(`\n=== ${name}: ${records.length} articles, ${kb.toFixed(0)} KB, analysed in ${elapsed.toFixed(0)} ms ===`);
  process.stdout.write(score(goldFile, predictions));
  for (const type of ['direct', 'indirect', 'mixed']) {
    const lines = score(goldFile, predictions, ['--types', type]).split('\n');
    const cover = lines.find((line) => line.startsWith('cover>0.3'));
    const exact = lines.find((line) => line.startsWith('exact'));
    console.log(`  [${type}] ${cover?.replace(/\s+/g, ' ')} | ${exact?.replace(/\s+/g, ' ')}`);
  }
  if (name === 'seeds') {
    const roles = roleRecall(records);
    if (roles) console.log(roles);
  }
}

function main(): void {
  if (!existsSync(scorer)) {
    console.log(`eval-analysis: ${scorer} not found; nothing to score.`);
    return;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'source-lens-eval-'));
  try {
    evaluate('seeds', path.join(shared, 'data', 'seeds.jsonl'), false, work);
    const dev = path.join(shared, 'data', 'polnear', 'dev.jsonl');
    if (existsSync(dev)) evaluate('polnear-dev', dev, true, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
