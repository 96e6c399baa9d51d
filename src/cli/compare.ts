import { analyzeArticle, compareArticles, type ArticleRecord, type Comparison, type StatementGroup } from '../core';
import { articleSourceBalance, type SourceBalance } from '../core/balance/sourceBalance';
import { SOURCE_KIND_LABEL } from '../core/balance/sourceKind';
import { blankFrontMatter } from '../core/import/frontMatter';
import { commandLineOrUsage } from './args';
import { decodeText } from './decode';
import { readInput } from './input';
import { reportError, writeOut } from './stdout';

const USAGE = 'usage: source-lens compare FILE... [--json] [--max-size=MB]';

export async function runCompare(args: string[]): Promise<number> {
  const commandLine = commandLineOrUsage(args, { json: { type: 'boolean' } }, USAGE);
  if (!commandLine) return 2;
  const { values, positionals: files, maxSizeMb } = commandLine;
  if (files.length === 0) {
    process.stderr.write(`source-lens: ${USAGE}\n`);
    return 2;
  }
  let failed = false;
  const records: ArticleRecord[] = [];
  for (const file of files) {
    try {
      // An imported article's header is no part of its wording (see analyzeArticle).
      const text = blankFrontMatter(decodeText(readInput(file, maxSizeMb).bytes, file));
      records.push({ file, text, analysis: analyzeArticle(text) });
    } catch (error) {
      reportError(error);
      failed = true;
    }
  }
  const comparison = compareArticles(records);
  await writeOut(values.json ? JSON.stringify(toJson(comparison), null, 2) + '\n' : toTable(comparison, records));
  return failed ? 1 : 0;
}

/** The documented shape of `compare --json`. */
function toJson(comparison: Comparison): object {
  const names = new Map(comparison.speakers.map((s) => [s.id, s.name]));
  return {
    speakers: comparison.speakers.map((speaker) => ({
      name: speaker.name,
      aliases: speaker.aliases,
      articles: Object.fromEntries(
        Object.entries(speaker.articles).map(([file, inArticle]) => [file, { roles: inArticle.roles, affiliation: inArticle.affiliation ?? null }]),
      ),
    })),
    statements: comparison.statements.map((statement) => ({
      id: statement.id,
      speaker: names.get(statement.speakerId) ?? statement.speakerName,
      reports: statement.reports.map((report) => ({
        file: report.file,
        start: report.start,
        end: report.end,
        text: report.text,
        form: report.form,
        cue: report.cue ?? null,
        role: report.role ?? null,
        confidence: report.confidence,
      })),
      omittedBy: statement.omittedBy,
    })),
  };
}

const TEXT_WIDTH = 90;
const ROLE_WIDTH = 28;

/** Statements reported more than once, each as a block of rows; then each article's source balance. */
function toTable(comparison: Comparison, records: readonly ArticleRecord[]): string {
  const shared = comparison.statements.filter((s) => s.reports.length > 1);
  const lines: string[] = [];
  lines.push(`${records.length} articles, ${comparison.speakers.length} speakers, ${comparison.statements.length} statements (${shared.length} reported more than once)`);
  for (const statement of shared) lines.push('', ...statementBlock(statement));
  const once = comparison.statements.length - shared.length;
  if (once > 0) lines.push('', `${once} statements are reported once (--json lists them all).`);
  lines.push('', 'Source balance (quotations / quoted words per kind of source, as the Source Balance view counts them):');
  for (const record of records) lines.push(`  ${record.file}: ${balanceLine(articleSourceBalance(record.analysis))}`);
  return lines.join('\n') + '\n';
}

function balanceLine(balance: SourceBalance): string {
  const kinds = balance.kinds.filter((tally) => tally.quotes > 0).map((tally) => `${SOURCE_KIND_LABEL[tally.kind]} ${tally.quotes} / ${tally.words}`);
  if (balance.unattributed.quotes > 0) kinds.push(`unattributed ${balance.unattributed.quotes} / ${balance.unattributed.words}`);
  return kinds.join(', ') || 'no quotations';
}

function statementBlock(statement: StatementGroup): string[] {
  const articles = new Set(statement.reports.map((r) => r.file)).size;
  const rows = statement.reports.map((report) => [
    report.file,
    (report.cue ?? '').replace(/\s+/g, ' '),
    report.form,
    report.confidence.toFixed(2),
    clip(report.role ?? '', ROLE_WIDTH),
    clip(report.text.replace(/\s+/g, ' '), TEXT_WIDTH),
  ]);
  const header = ['article', 'cue', 'form', 'conf', 'role', 'text'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const format = (row: string[]) => '  ' + row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ');
  const lines = [
    `${statement.speakerName}: ${statement.reports.length} reports in ${articles} article${articles > 1 ? 's' : ''}`,
    format(header),
    ...rows.map(format),
  ];
  if (statement.omittedBy.length > 0) lines.push(`  left out by: ${statement.omittedBy.join(', ')}`);
  return lines;
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
