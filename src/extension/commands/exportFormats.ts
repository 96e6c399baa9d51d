import type { Comparison } from '../../core/types';
import { balancesToJson, balancesToMarkdown, type Balances } from './exportBalance';

/** Maps the index's URI keys to the names the reader knows the files by. */
export type FileLabel = (file: string) => string;

/** The same shape as `source-lens compare --json`, with workspace-relative file names. */
export function comparisonToJson(comparison: Comparison, label: FileLabel, balances?: Balances): string {
  const exported = {
    speakers: comparison.speakers.map((speaker) => ({
      name: speaker.name,
      aliases: speaker.aliases,
      kind: speaker.kind,
      affiliation: speaker.affiliation,
      articles: Object.fromEntries(
        Object.entries(speaker.articles).map(([file, inArticle]) => [
          label(file),
          { roles: inArticle.roles, affiliation: inArticle.affiliation, quotes: inArticle.quoteCount },
        ]),
      ),
    })),
    statements: comparison.statements.map((group) => ({
      id: group.id,
      speaker: group.speakerName,
      reports: group.reports.map((report) => ({
        file: label(report.file),
        start: report.start,
        end: report.end,
        text: report.text,
        type: report.type,
        form: report.form,
        cue: report.cue,
        role: report.role,
        confidence: report.confidence,
      })),
      omittedBy: group.omittedBy.map(label),
    })),
    ...(balances && { sourceBalance: balancesToJson(balances, label) }),
  };
  return `${JSON.stringify(exported, null, 2)}\n`;
}

/** A readable report: one table per statement, then who is quoted where with which role. */
export function comparisonToMarkdown(comparison: Comparison, label: FileLabel, balances?: Balances): string {
  const lines = ['# Source Lens comparison', ''];
  lines.push('## Statements', '');
  if (comparison.statements.length === 0) lines.push('No statement is reported by more than one article.', '');
  for (const group of comparison.statements) {
    lines.push(`### ${cell(group.speakerName)}`, '');
    lines.push('| Article | Form | Type | Cue | Role | Wording |', '|---|---|---|---|---|---|');
    for (const report of group.reports) {
      lines.push(
        `| ${cell(label(report.file))} | ${report.form} | ${report.type} | ${cell(report.cue ?? '')} | ${cell(report.role ?? '')} | ${cell(report.text)} |`,
      );
    }
    if (group.omittedBy.length > 0) lines.push('', `Left out by: ${group.omittedBy.map((file) => cell(label(file))).join(', ')}`);
    lines.push('');
  }
  lines.push('## Speakers', '');
  lines.push('| Speaker | Article | Roles | Quotes |', '|---|---|---|---|');
  for (const speaker of comparison.speakers) {
    for (const [file, inArticle] of Object.entries(speaker.articles)) {
      lines.push(`| ${cell(speaker.name)} | ${cell(label(file))} | ${cell(inArticle.roles.join('; '))} | ${inArticle.quoteCount} |`);
    }
  }
  if (balances) lines.push('', ...balancesToMarkdown(balances, label, cell));
  return `${lines.join('\n')}\n`;
}

// Article text in a table cell: one line, pipes and Markdown/HTML syntax made literal.
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#]/g, '\\$&');
}
