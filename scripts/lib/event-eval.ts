/**
 * Statement groups on the multi-outlet event set (see `event-sets.ts`): the comparison against a word-overlap
 * baseline, over cross-article pairs of reports. Topics alternate between a tuning half and a check half.
 */
import { analyzeArticle, compareArticles, type ArticleRecord } from '../../src/core';
import { wordOverlap } from './overlap-baseline';
import { mapReports, refKey, scoreEventGroups, type EventScores, type QuoteMapping } from './compare-scoring';
import type { EventTopic } from './event-sets';

export interface PreparedTopic {
  topic: EventTopic;
  records: ArticleRecord[];
  mapping: QuoteMapping;
}

export function prepareTopic(topic: EventTopic): PreparedTopic {
  const records = topic.articles.map((a) => ({ file: a.file, text: a.text, analysis: analyzeArticle(a.text) }));
  return { topic, records, mapping: mapReports(topic.reports, new Map(topic.articles.map((a) => [a.file, a])), records) };
}

export function compareGroups(prepared: PreparedTopic): { file: string; quoteId: string }[][] {
  return compareArticles(prepared.records).statements.map((s) => s.reports.map((r) => ({ file: r.file, quoteId: r.quoteId })));
}

export function compareScores(prepared: PreparedTopic, sameContent = false): EventScores {
  return scoreEventGroups(prepared.topic.reports, compareGroups(prepared), prepared.mapping, sameContent);
}

/** Every attributed quotation of the topic, grouped by single linkage over word overlap at `threshold`, whoever said it. */
export function overlapScores(prepared: PreparedTopic, threshold: number, sameContent = false): EventScores {
  const quotes = prepared.records.flatMap((r) => r.analysis.quotes.filter((q) => q.speakerId).map((q) => ({ file: r.file, quoteId: q.id, text: q.text })));
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      if (quotes[i].file !== quotes[j].file && wordOverlap(quotes[i].text, quotes[j].text) >= threshold) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, { file: string; quoteId: string }[]>();
  quotes.forEach((q, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(q));
  return scoreEventGroups(prepared.topic.reports, [...groups.values()], prepared.mapping, sameContent);
}

/** The overlap threshold with the best pairwise F1 on the given topics. */
export function tunedOverlapThreshold(topics: PreparedTopic[]): number {
  let best = { f1: -1, threshold: 1 };
  for (let t = 0.2; t <= 0.95; t += 0.05) {
    const threshold = Math.round(t * 100) / 100;
    const f1 = pairwise(sum(topics.map((p) => overlapScores(p, threshold)))).f1;
    if (f1 > best.f1) best = { f1, threshold };
  }
  return best.threshold;
}

export function sum(scores: EventScores[]): EventScores {
  const total: EventScores = { truePositives: 0, predicted: 0, gold: 0, reportsFound: 0, reports: 0, statements: 0, statementsFound: 0 };
  for (const s of scores) for (const key of Object.keys(total) as (keyof EventScores)[]) total[key] += s[key];
  return total;
}

export function pairwise(s: EventScores): { precision: number; recall: number; f1: number } {
  const precision = s.predicted ? s.truePositives / s.predicted : 0;
  const recall = s.gold ? s.truePositives / s.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export { refKey };
