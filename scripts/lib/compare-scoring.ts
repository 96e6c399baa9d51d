/**
 * Scores a workspace comparison against the seeds gold: statement groups as pairs of gold quotes, the
 * multi-article groups, report forms, and speaker identities (merges and false merges).
 */
import type { ArticleRecord, Comparison, Quote } from '../../src/core/types';
import type { EventArticle, GoldReport } from './event-sets';
import type { Gold } from './gold-analyses';

export interface CompareScores {
  pairs: { precision: number; recall: number; truePositives: number; predicted: number; gold: number };
  multiArticle: { found: number; total: number; missed: string[] };
  /** Over all gold reports (a report left ungrouped counts as disagreeing), and over those grouped. */
  forms: { agree: number; total: number; grouped: number };
  identities: { merged: number; toMerge: number; falseMerges: string[]; notMerged: string[]; speakersCompared: number };
}

/** Predicted (file, quote id) → gold quote id. */
export type QuoteMapping = Map<string, string>;
/** Predicted (file, article speaker id) → gold speaker id. */
export type SpeakerMapping = Map<string, string>;

export function refKey(file: string, id: string): string {
  return `${file}#${id}`;
}

export function scoreComparison(gold: Gold, comparison: Comparison, quotes: QuoteMapping, speakers: SpeakerMapping): CompareScores {
  const predictedGroups = comparison.statements.map((statement) =>
    statement.reports.flatMap((report) => {
      const goldId = quotes.get(refKey(report.file, report.quoteId));
      return goldId ? [{ goldId, file: report.file, form: report.form }] : [];
    }),
  );
  const goldPairs = pairsOf(gold.statements.map((s) => s.reports.map((r) => r.quote)));
  const predictedPairs = pairsOf(predictedGroups.map((g) => g.map((r) => r.goldId)));
  const truePositives = [...predictedPairs].filter((p) => goldPairs.has(p)).length;

  const groupOf = new Map<string, number>();
  predictedGroups.forEach((group, index) => {
    if (group.length > 1) for (const report of group) groupOf.set(report.goldId, index);
  });
  const multiArticle = gold.statements.filter((s) => new Set(s.reports.map((r) => r.file)).size > 1);
  const missed = multiArticle.filter((statement) => {
    const byGroup = new Map<number, Set<string>>();
    for (const report of statement.reports) {
      const group = groupOf.get(report.quote);
      if (group === undefined) continue;
      const files = byGroup.get(group) ?? new Set<string>();
      files.add(report.file);
      byGroup.set(group, files);
    }
    return ![...byGroup.values()].some((files) => files.size > 1);
  });

  const formOf = new Map<string, string>();
  for (const group of predictedGroups) if (group.length > 1) for (const report of group) formOf.set(report.goldId, report.form);
  const goldReports = gold.statements.flatMap((s) => s.reports);
  const agree = goldReports.filter((r) => formOf.get(r.quote) === r.form).length;

  return {
    pairs: {
      precision: predictedPairs.size ? truePositives / predictedPairs.size : 0,
      recall: goldPairs.size ? truePositives / goldPairs.size : 0,
      truePositives,
      predicted: predictedPairs.size,
      gold: goldPairs.size,
    },
    multiArticle: { found: multiArticle.length - missed.length, total: multiArticle.length, missed: missed.map((s) => s.id) },
    forms: { agree, total: goldReports.length, grouped: goldReports.filter((r) => formOf.has(r.quote)).length },
    identities: scoreIdentities(comparison, speakers),
  };
}

function scoreIdentities(comparison: Comparison, speakers: SpeakerMapping): CompareScores['identities'] {
  const workspaceOf = new Map<string, string>();
  const goldToWorkspace = new Map<string, Set<string>>();
  const goldFiles = new Map<string, Set<string>>();
  const falseMerges: string[] = [];
  for (const speaker of comparison.speakers) {
    const goldIds = new Set<string>();
    for (const [file, inArticle] of Object.entries(speaker.articles)) {
      for (const speakerId of inArticle.speakerIds) {
        const goldId = speakers.get(refKey(file, speakerId));
        if (!goldId) continue;
        goldIds.add(goldId);
        workspaceOf.set(refKey(file, speakerId), speaker.id);
        (goldToWorkspace.get(goldId) ?? goldToWorkspace.set(goldId, new Set()).get(goldId)!).add(speaker.id);
        (goldFiles.get(goldId) ?? goldFiles.set(goldId, new Set()).get(goldId)!).add(file);
      }
    }
    if (goldIds.size > 1) falseMerges.push(`${speaker.id}: ${[...goldIds].sort().join(' + ')}`);
  }
  const toMerge = [...goldFiles].filter(([, files]) => files.size > 1).map(([goldId]) => goldId);
  const notMerged = toMerge
    .filter((goldId) => goldToWorkspace.get(goldId)!.size > 1)
    .map((goldId) => `${goldId} (${[...goldToWorkspace.get(goldId)!].sort().join(', ')})`);
  return { merged: toMerge.length - notMerged.length, toMerge: toMerge.length, falseMerges, notMerged, speakersCompared: goldFiles.size };
}

function pairsOf(groups: string[][]): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    const ids = [...new Set(group)].sort();
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.add(`${ids[i]}|${ids[j]}`);
  }
  return pairs;
}

/**
 * Maps the real analysis onto the gold: each predicted quote to the gold quote of the same article it overlaps
 * most (at least a third of the shorter span), each gold quote claimed once; each article speaker to the gold
 * speaker whose gold mentions its mentions overlap most (by its quotes when no mention overlaps), so that a
 * misattributed quote does not count as a wrong identity.
 */
export function mapToGold(gold: Gold, records: ArticleRecord[]): { quotes: QuoteMapping; speakers: SpeakerMapping } {
  const quotes: QuoteMapping = new Map();
  const speakers: SpeakerMapping = new Map();
  for (const record of records) {
    const article = gold.articles.find((a) => a.file === record.file);
    if (!article) continue;
    const candidates = record.analysis.quotes.flatMap((quote) =>
      article.quotes.map((goldQuote) => {
        const overlap = Math.min(quote.end, goldQuote.end) - Math.max(quote.start, goldQuote.start);
        const shorter = Math.min(quote.end - quote.start, goldQuote.end - goldQuote.start);
        return { quote, goldQuote, share: shorter > 0 ? overlap / shorter : 0, overlap };
      }),
    ).filter((c) => c.share >= 1 / 3).sort((a, b) => b.overlap - a.overlap);
    const claimed = new Set<string>();
    const votes = new Map<string, Map<string, number>>();
    for (const { quote, goldQuote } of candidates) {
      if (claimed.has(goldQuote.id) || quotes.has(refKey(record.file, quote.id))) continue;
      claimed.add(goldQuote.id);
      quotes.set(refKey(record.file, quote.id), goldQuote.id);
      if (!quote.speakerId) continue;
      const tally = votes.get(quote.speakerId) ?? new Map<string, number>();
      tally.set(goldQuote.speaker, (tally.get(goldQuote.speaker) ?? 0) + 1);
      votes.set(quote.speakerId, tally);
    }
    for (const speaker of record.analysis.speakers) {
      const tally = new Map<string, number>();
      for (const mention of speaker.mentions) {
        for (const goldMention of article.mentions) {
          if (mention.start < goldMention.end && goldMention.start < mention.end) {
            tally.set(goldMention.speaker, (tally.get(goldMention.speaker) ?? 0) + 1);
          }
        }
      }
      const ballot = tally.size > 0 ? tally : votes.get(speaker.id);
      if (!ballot) continue;
      const best = [...ballot].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
      speakers.set(refKey(record.file, speaker.id), best);
    }
  }
  return { quotes, speakers };
}

/** Pairwise scores of grouping over cross-article pairs, with the statements several articles report found in one group. */
export interface EventScores {
  truePositives: number;
  predicted: number;
  gold: number;
  /** Gold reports that the analysis found as a quotation, and all gold reports. */
  reportsFound: number;
  reports: number;
  /** Gold statements reported by several articles, and those with two of their articles' reports in one group. */
  statements: number;
  statementsFound: number;
}

/**
 * Each gold reporting event to the analysis's quotation in its sentence whose cue is the event's word (else the
 * sentence's only quotation that none claimed); each quotation claimed once.
 */
export function mapReports(reports: GoldReport[], articles: Map<string, EventArticle>, records: ArticleRecord[]): QuoteMapping {
  const mapping: QuoteMapping = new Map();
  const byFile = new Map(records.map((r) => [r.file, r]));
  const claimed = new Set<string>();
  const inSentence = (report: GoldReport) => {
    const sentence = articles.get(report.file)!.sentences.get(report.sentence)!;
    return byFile.get(report.file)!.analysis.quotes.filter((q) => q.start < sentence.end && sentence.start < q.end && !claimed.has(refKey(report.file, q.id)));
  };
  const claim = (report: GoldReport, quote: Quote | undefined) => {
    if (!quote) return;
    claimed.add(refKey(report.file, quote.id));
    mapping.set(refKey(report.file, quote.id), report.id);
  };
  const unmapped = reports.filter((report) => {
    const cued = inSentence(report).find((q) => q.cue && q.cue.start < report.end && report.start < q.cue.end);
    claim(report, cued);
    return !cued;
  });
  for (const report of unmapped) {
    const left = inSentence(report);
    if (left.length === 1) claim(report, left[0]);
  }
  return mapping;
}

/**
 * Cross-article pairs only: within one article, one telling is often several statements. With `sameContent`, a
 * gold pair's two sentences must also mention one reported event: one telling often holds several statements
 * ("she checked in" and "respect her privacy"), which the coarse gold pairs.
 */
export function scoreEventGroups(
  reports: GoldReport[], groups: { file: string; quoteId: string }[][], mapping: QuoteMapping, sameContent = false,
): EventScores {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const found = new Set(mapping.values());
  let goldPairs = crossPairs(reports.filter((r) => found.has(r.id)).map((r) => ({ id: r.id, file: r.file, group: r.chain })));
  if (sameContent) {
    goldPairs = new Set([...goldPairs].filter((pair) => {
      const [a, b] = pair.split('|').map((id) => byId.get(id)!);
      return a.content.some((chain) => b.content.includes(chain));
    }));
  }
  let predicted = crossPairs(groups.flatMap((group, index) => group.flatMap((report) => {
    const id = mapping.get(refKey(report.file, report.quoteId));
    return id ? [{ id, file: report.file, group: String(index) }] : [];
  })));
  // Under the finer gold, a predicted pair of one telling about two reported events is neither right nor wrong.
  if (sameContent) predicted = new Set([...predicted].filter((pair) => goldPairs.has(pair) || !sameTelling(pair, byId)));
  const truePositives = [...predicted].filter((pair) => goldPairs.has(pair)).length;
  const chains = new Map<string, Set<string>>();
  for (const report of reports) (chains.get(report.chain) ?? chains.set(report.chain, new Set()).get(report.chain)!).add(report.file);
  const foundChains = new Set([...goldPairs].filter((pair) => predicted.has(pair)).map((pair) => byId.get(pair.split('|')[0])!.chain));
  return {
    truePositives, predicted: predicted.size, gold: goldPairs.size, reportsFound: found.size, reports: reports.length,
    statements: chains.size, statementsFound: foundChains.size,
  };
}

function sameTelling(pair: string, byId: Map<string, GoldReport>): boolean {
  const [a, b] = pair.split('|').map((id) => byId.get(id)!);
  return a.chain === b.chain;
}

function crossPairs(items: { id: string; file: string; group: string }[]): Set<string> {
  const byGroup = new Map<string, { id: string; file: string }[]>();
  for (const item of items) (byGroup.get(item.group) ?? byGroup.set(item.group, []).get(item.group)!).push(item);
  const pairs = new Set<string>();
  for (const members of byGroup.values()) {
    for (const a of members) for (const b of members) if (a.file !== b.file && a.id < b.id) pairs.add(`${a.id}|${b.id}`);
  }
  return pairs;
}
