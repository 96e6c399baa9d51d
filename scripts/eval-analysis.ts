/**
 * Scores analyzeArticle against the seeds gold and PolNeAR dev (when ../shared is there) with the reference scorer;
 * `--train` also scores PolNeAR train, where rules are developed.
 * Predictions go to a temporary folder, never into the checkout.
 *
 * PolNeAR is scored in two scopes in one run:
 * - default: what `analyze` gives without options (speech only, each part of a split quotation its own quote), the
 *   product as users get it;
 * - PolNeAR's own conventions: PolNeAR annotates one attribution with discontinuous content ("A," he said, "B." is one
 *   unit with two content spans) and attributed stances ("wants to …", "backed the bill"), so this scope analyzes
 *   with `analyze --attitudes` and scores in attribution units (`--attribution-units`).
 * The seeds are scored in the default scope only, as their gold follows it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { prediction } from '../src/cli/analyze';
import { analyzeArticle } from '../src/core';
import { namesMatch } from '../src/core/speakers';
import type { Quote, Speaker } from '../src/core/types';
import { repoRoot } from './lib/paths';
import { writeSpeechGold } from './lib/speech-gold';

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

interface GoldSpeaker {
  id: string;
  name: string;
  aliases: string[];
}

interface GoldQuote {
  start: number;
  end: number;
  speaker: string;
}

interface GoldArticle {
  file: string;
  quotes: GoldQuote[];
  roles: { speaker: string; start: number; end: number }[];
}

/** Names compared as printed: case, curly apostrophes, a leading "the" and spacing aside. */
function plainName(name: string): string {
  return name.toLowerCase().replace(/[’‘]/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

/**
 * The predicted speaker is the gold speaker: one of its names (name or an alias) is one of the gold speaker's, the same
 * person's name in another transliteration (`namesMatch`: Zelensky/Zelenskyy, Sergei/Sergey) or the same words.
 */
function sameIdentity(predicted: Pick<Speaker, 'name' | 'aliases'>, gold: GoldSpeaker): boolean {
  const goldNames = [gold.name, ...gold.aliases];
  return [predicted.name, ...predicted.aliases].some((name) => goldNames.some((goldName) => plainName(name) === plainName(goldName) || namesMatch(name, goldName)));
}

/** score.py's speaker rule: the last token after its normalisation. */
function lastToken(name: string): string | undefined {
  const tokens = name.toLowerCase().replace(/[^\w\s'-]/g, ' ').replace(/\b(mr|mrs|ms|dr|sen|rep|gov|prof|president|the)\b/g, ' ').split(/\s+/).filter(Boolean);
  return tokens[tokens.length - 1];
}

/** Gold and predicted quotes paired one to one by best coverage of the gold span, as score.py pairs them (cover > 0.3). */
function pairQuotes(gold: GoldQuote[], predicted: Quote[]): [GoldQuote, Quote][] {
  const pairs: { cover: number; g: number; p: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > 0) pairs.push({ cover: overlap / Math.max(1, g.end - g.start), g: gi, p: pi });
    });
  });
  pairs.sort((a, b) => b.cover - a.cover);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const matched: [GoldQuote, Quote][] = [];
  for (const { cover, g, p } of pairs) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    if (cover > 0.3) matched.push([gold[g], predicted[p]]);
  }
  return matched;
}

const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '-');

/**
 * Speakers and roles on the seeds by gold identity. score.py's name rule compares last tokens, which glossed gold names
 * ("Russia (Russian government / Moscow)") defeat: its ceiling is the share of gold quotes whose speaker's plain name
 * (first alias) passes that rule against the gold name.
 */
function seedSpeakerFigures(records: GoldRecord[]): string[] {
  const goldFile = path.join(shared, 'data', 'seeds.gold.json');
  if (!existsSync(goldFile)) return [];
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { articles: GoldArticle[]; speakers: GoldSpeaker[] };
  const goldSpeakers = new Map(gold.speakers.map((speaker) => [speaker.id, speaker]));
  let paired = 0;
  let byIdentity = 0;
  let byLastToken = 0;
  let ceiling = 0;
  let goldQuotes = 0;
  let rolesTotal = 0;
  let rolesFound = 0;
  const misses: string[] = [];
  for (const article of gold.articles) {
    const record = records.find((r) => r.id === article.file || r.id.startsWith(article.file.replace(/\.txt$/, '')));
    if (!record) continue;
    const analysis = analyzeArticle(record.text);
    const speakers = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker]));
    for (const quote of article.quotes) {
      goldQuotes++;
      const speaker = goldSpeakers.get(quote.speaker)!;
      if (lastToken(speaker.aliases[0] ?? speaker.name) === lastToken(speaker.name)) ceiling++;
    }
    for (const [goldQuote, quote] of pairQuotes(article.quotes, analysis.quotes)) {
      paired++;
      const goldSpeaker = goldSpeakers.get(goldQuote.speaker)!;
      const predicted = quote.speakerId ? speakers.get(quote.speakerId) : undefined;
      if (predicted && lastToken(predicted.name) === lastToken(goldSpeaker.name)) byLastToken++;
      if (predicted && sameIdentity(predicted, goldSpeaker)) byIdentity++;
      else misses.push(`${article.file}: "${quote.text.slice(0, 50)}" → ${predicted?.name ?? 'nobody'} (gold ${goldSpeaker.name})`);
    }
    for (const role of article.roles) {
      rolesTotal++;
      const goldSpeaker = goldSpeakers.get(role.speaker)!;
      const found = analysis.speakers.some((speaker) => sameIdentity(speaker, goldSpeaker) && speaker.roles.some((r) => r.start < role.end && role.start < r.end));
      if (found) rolesFound++;
      else misses.push(`${article.file}: role "${record.text.slice(role.start, role.end)}" of ${goldSpeaker.name} not found`);
    }
  }
  return [
    `speaker by gold identity ${pct(byIdentity, paired)} (${byIdentity}/${paired} paired quotes: a name or alias is the gold speaker's, transliteration-tolerant)`,
    `speaker by score.py last-token rule ${pct(byLastToken, paired)} (${byLastToken}/${paired}); its ceiling with honest names ${pct(ceiling, goldQuotes)} (${ceiling}/${goldQuotes} gold quotes)`,
    `role recall ${pct(rolesFound, rolesTotal)} (${rolesFound}/${rolesTotal} gold roles: overlapping span, on the gold speaker by identity)`,
    ...misses.map((miss) => `  - ${miss}`),
  ];
}

type Scope = 'default' | 'polnear';

const SCOPE_TITLES: Record<Scope, string> = {
  default: 'default CLI scope (analyze without options)',
  polnear: "PolNeAR's conventions (--attitudes --attribution-units)",
};

/** One line of the closing summary: the headline figures of one split in one scope. */
function summaryLine(name: string, scope: Scope, report: string): string {
  const f1 = (prefix: string): string => /F1\s+([\d.]+)/.exec(report.split('\n').find((line) => line.startsWith(prefix)) ?? '')?.[1] ?? '-';
  const mention = /speaker mention-overlap acc\s+([\d.]+)/.exec(report)?.[1] ?? '-';
  const speakerName = /speaker name acc\s+([\d.]+)/.exec(report)?.[1] ?? '-';
  return `${`${name} / ${scope}`.padEnd(26)} exact ${f1('exact').padStart(5)}  F1@0.8 ${f1('cover>0.8').padStart(5)}  F1@0.3 ${f1('cover>0.3').padStart(5)}  speaker mention ${mention.padStart(5)}  name ${speakerName.padStart(5)}`;
}

const summary: string[] = [];

function evaluate(name: string, goldFile: string, scope: Scope, work: string): void {
  const records = readJsonl(goldFile);
  const predictions = path.join(work, `${name}.${scope}.pred.jsonl`);
  const polnear = scope === 'polnear';
  const started = performance.now();
  const lines = records.map((record) => JSON.stringify(prediction(record.id, record.text, analyzeArticle(record.text, { attitudes: polnear }), polnear)));
  const elapsed = performance.now() - started;
  writeFileSync(predictions, lines.join('\n') + '\n');
  const kb = records.reduce((sum, record) => sum + record.text.length, 0) / 1024;
  console.log(`\n=== ${name}, ${SCOPE_TITLES[scope]}: ${records.length} articles, ${kb.toFixed(0)} KB, analyzed in ${elapsed.toFixed(0)} ms ===`);
  const report = score(goldFile, predictions);
  process.stdout.write(report);
  summary.push(summaryLine(name, scope, report));
  for (const type of ['direct', 'indirect', 'mixed']) {
    const lines = score(goldFile, predictions, ['--types', type]).split('\n');
    const cover = lines.find((line) => line.startsWith('cover>0.3'));
    const exact = lines.find((line) => line.startsWith('exact'));
    console.log(`  [${type}] ${cover?.replace(/\s+/g, ' ')} | ${exact?.replace(/\s+/g, ' ')}`);
  }
  if (name === 'seeds') for (const line of seedSpeakerFigures(records)) console.log(line);
  if (name !== 'seeds') speechRecall(name, goldFile, predictions, work);
}

/** Recall on the speech cut of the gold (see `lib/speech-gold.ts`), the nearest PolNeAR comes to a speech-only corpus. */
function speechRecall(name: string, goldFile: string, predictions: string, work: string): void {
  const speechGold = path.join(work, `${name}.speech-gold.jsonl`);
  const kept = writeSpeechGold(goldFile, speechGold);
  const recall = (prefix: string, report: string): string => /R\s+([\d.]+)/.exec(report.split('\n').find((line) => line.startsWith(prefix)) ?? '')?.[1] ?? '-';
  const report = score(speechGold, predictions);
  console.log(`  speech cues only (${kept} gold quotations; recall): exact ${recall('exact', report)}, coverage > 0.8 ${recall('cover>0.8', report)}, coverage > 0.3 ${recall('cover>0.3', report)}`);
}

function main(): void {
  if (!existsSync(scorer)) {
    console.log(`eval-analysis: ${scorer} not found; nothing to score.`);
    return;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'source-lens-eval-'));
  try {
    evaluate('seeds', path.join(shared, 'data', 'seeds.jsonl'), 'default', work);
    const dev = path.join(shared, 'data', 'polnear', 'dev.jsonl');
    const polnearSplits: [string, string][] = existsSync(dev) ? [['polnear-dev', dev]] : [];
    // Rules are developed on train (`--train`, ~4 MB, some seconds per scope) and only checked on dev.
    const train = path.join(shared, 'data', 'polnear', 'train.jsonl');
    if (process.argv.includes('--train') && existsSync(train)) polnearSplits.push(['polnear-train', train]);
    for (const [name, file] of polnearSplits) for (const scope of ['default', 'polnear'] as const) evaluate(name, file, scope, work);
    console.log(`\n=== summary ===\n${summary.join('\n')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
