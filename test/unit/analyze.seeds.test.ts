/**
 * Regression on the seeds gold (test/fixtures, a copy of ../shared/data/seeds.jsonl): the scorer's coverage and exact
 * matching re-implemented here, with thresholds a little under the measured figures so a regression fails the suite.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { namesMatch } from '../../src/core/speakers';
import type { Quote, Speaker } from '../../src/core/types';

interface GoldQuote {
  start: number;
  end: number;
  type: string;
}

const TRIM = ' \t\n"“”„«»\'‘’.,;:!?';

function trimmed(text: string, start: number, end: number): string {
  while (start < end && TRIM.includes(text[start])) start++;
  while (end > start && TRIM.includes(text[end - 1])) end--;
  const leadingThat = /^that\s+/i.exec(text.slice(start, end));
  if (leadingThat) start += leadingThat[0].length;
  return `${start}:${end}`;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function f1(hits: number, predicted: number, gold: number): number {
  const precision = predicted ? hits / predicted : 0;
  const recall = gold ? hits / gold : 0;
  return precision + recall ? (200 * precision * recall) / (precision + recall) : 0;
}

describe('seeds gold regression', () => {
  const records = readFileSync(path.join(__dirname, '..', 'fixtures', 'seeds.gold.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; text: string; quotes: GoldQuote[] });
  const totals = { gold: 0, predicted: 0, cover: 0, exact: 0, directGold: 0, directCover: 0 };
  for (const record of records) {
    const predicted = analyzeArticle(record.text).quotes;
    totals.gold += record.quotes.length;
    totals.predicted += predicted.length;
    const pairs: [number, number, number][] = [];
    record.quotes.forEach((gold, i) =>
      predicted.forEach((quote, j) => {
        const shared = overlap(gold, quote);
        if (shared) pairs.push([shared / Math.max(1, gold.end - gold.start), i, j]);
      }),
    );
    pairs.sort((a, b) => b[0] - a[0]);
    const usedGold = new Set<number>();
    const usedPredicted = new Set<number>();
    for (const [cover, i, j] of pairs) {
      if (usedGold.has(i) || usedPredicted.has(j)) continue;
      usedGold.add(i);
      usedPredicted.add(j);
      const gold = record.quotes[i];
      if (cover > 0.3) {
        totals.cover++;
        if (gold.type === 'direct') totals.directCover++;
      }
      if (trimmed(record.text, gold.start, gold.end) === trimmed(record.text, predicted[j].start, predicted[j].end)) totals.exact++;
    }
    totals.directGold += record.quotes.filter((q) => q.type === 'direct').length;
  }

  it('finds the quotes at coverage > 0.3 (F1)', () => {
    const score = f1(totals.cover, totals.predicted, totals.gold);
    assert.ok(score >= 97, `F1 ${score.toFixed(1)}`);
  });

  it('matches quote spans exactly (F1)', () => {
    const score = f1(totals.exact, totals.predicted, totals.gold);
    assert.ok(score >= 97, `F1 ${score.toFixed(1)}`);
  });

  it('finds every direct quotation', () => {
    assert.equal(totals.directCover, totals.directGold);
  });
});

interface GoldSpeaker {
  id: string;
  name: string;
  aliases: string[];
}

interface GoldArticle {
  file: string;
  quotes: { start: number; end: number; speaker: string }[];
  roles: { start: number; end: number; speaker: string }[];
}

const plainName = (name: string): string => name.toLowerCase().replace(/[’‘]/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

/** One of the predicted speaker's names is one of the gold speaker's, up to transliteration (as scripts/eval-analysis.ts). */
function sameIdentity(speaker: Speaker, gold: GoldSpeaker): boolean {
  const goldNames = [gold.name, ...gold.aliases];
  return [speaker.name, ...speaker.aliases].some((name) => goldNames.some((goldName) => plainName(name) === plainName(goldName) || namesMatch(name, goldName)));
}

describe('seeds gold regression: speakers and roles end to end', () => {
  const fixtures = path.join(__dirname, '..', 'fixtures');
  const gold = JSON.parse(readFileSync(path.join(fixtures, 'seeds.gold.json'), 'utf8')) as { speakers: GoldSpeaker[]; articles: GoldArticle[] };
  const goldSpeakers = new Map(gold.speakers.map((speaker) => [speaker.id, speaker]));
  const texts = new Map(
    readFileSync(path.join(fixtures, 'seeds.gold.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { id: string; text: string })
      .map((record) => [record.id, record.text]),
  );
  let paired = 0;
  let rightSpeaker = 0;
  let roles = 0;
  let rolesFound = 0;
  for (const article of gold.articles) {
    const text = texts.get(article.file);
    assert.ok(text !== undefined, `${article.file} is in the fixture`);
    const analysis = analyzeArticle(text);
    const speakers = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker]));
    for (const quote of article.quotes) {
      const cover = (q: { start: number; end: number }): number => (Math.min(q.end, quote.end) - Math.max(q.start, quote.start)) / (quote.end - quote.start);
      // Best coverage; of equals the shortest, so that a relayed quote pairs with itself rather than the report holding it.
      const better = (q: Quote, a: Quote | undefined): boolean => (a ? cover(q) > cover(a) || (cover(q) === cover(a) && q.end - q.start < a.end - a.start) : cover(q) > 0.3);
      const best = analysis.quotes.reduce<Quote | undefined>((a, q) => (better(q, a) ? q : a), undefined);
      if (!best) continue;
      paired++;
      const speaker = best.speakerId ? speakers.get(best.speakerId) : undefined;
      if (speaker && sameIdentity(speaker, goldSpeakers.get(quote.speaker)!)) rightSpeaker++;
    }
    for (const role of article.roles) {
      roles++;
      const holder = goldSpeakers.get(role.speaker)!;
      if (analysis.speakers.some((speaker) => sameIdentity(speaker, holder) && speaker.roles.some((r) => r.start < role.end && role.start < r.end))) rolesFound++;
    }
  }

  it('attributes at least 97% of the found quotes to the gold speaker', () => {
    assert.ok(paired >= 70 && rightSpeaker / paired >= 0.97, `${rightSpeaker}/${paired}`);
  });

  it('finds at least 95% of the gold roles on the gold speaker', () => {
    assert.ok(rolesFound / roles >= 0.95, `${rolesFound}/${roles}`);
  });
});
