/** A statement as the workspace keeps it between results: what it is made of, its words, and its coverage. */
import type { StatementGroup } from '../types';
import type { SignatureWord } from './coverage';
import type { UnitGroup } from './grouping';
import type { Identity } from './identity';
import { toStatement, type ArticleContext } from './statements';

export interface GroupedStatement {
  /** What the statement is made of (see `statementKey`): a re-grouping that yields the same key reuses the entry. */
  key: string;
  statement: StatementGroup;
  /** The content words of its reports, to find the articles that cover its event. */
  stems: string[];
  /** Number of articles reporting it, for the order of the result. */
  files: number;
  /** The statement with `omittedBy` filled in, and the workspace size, quoting articles and signature it was computed with. */
  covered?: StatementGroup;
  coveredWith?: string;
  signature?: SignatureWord[];
}

export function groupedStatement(group: UnitGroup, identity: Identity, key: string, context: ArticleContext): GroupedStatement {
  const statement = toStatement(group, identity.id, identity.name, context);
  return { key, statement, stems: stemsOf(group), files: new Set(statement.reports.map((r) => r.file)).size };
}

/**
 * Everything `toStatement` reads of a group: the speaker, and per report its unit (one article version), part,
 * match score and which of the group's reports give the same words. Wordings are named by their first report,
 * since their numbers shift whenever another article of the speaker comes or goes.
 */
export function statementKey(group: UnitGroup, identity: Identity): string {
  const firstReport = new Map<number, number>();
  group.reports.forEach((report, i) => {
    if (!firstReport.has(report.wording)) firstReport.set(report.wording, i);
  });
  // Copies of one wording share one set: named once, or a statement printed by every article costs its square.
  const named = new Map<ReadonlySet<number>, string>();
  const reports = group.reports.map((report) => {
    let sameWording = named.get(report.sameWording);
    if (sameWording === undefined) {
      sameWording = [...report.sameWording].map((w) => firstReport.get(w) ?? -1).sort((x, y) => x - y).join(',');
      named.set(report.sameWording, sameWording);
    }
    const match = report.match ? `${report.match.relation}:${report.match.score}` : '-';
    return `${report.unit.serial}.${report.unit.parts.indexOf(report.part)}.${match}.${firstReport.get(report.wording)}.${sameWording}`;
  });
  return `${identity.id}\u0001${identity.name}\u0001${reports.join(';')}`;
}

/** The content words of a statement's reports; copies of one wording add nothing, so each wording is read once. */
function stemsOf(group: UnitGroup): string[] {
  const stems = new Set<string>();
  const read = new Set<number>();
  for (const report of group.reports) {
    if (read.has(report.wording)) continue;
    read.add(report.wording);
    for (const stem of report.unit.stems) stems.add(stem);
  }
  return [...stems];
}
