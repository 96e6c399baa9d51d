/**
 * Turns grouped quotations into the statement groups readers see: each report's form against the others, its
 * confidence, and its word diff against the group's fullest wording.
 */
import type { DiffPart, ReportForm, StatementGroup, StatementReport } from '../types';
import { wordDiff, type Wording } from './diff';
import type { GroupedQuote, UnitGroup } from './grouping';
import { partWording, type Unit } from './units';

export interface ArticleContext {
  /** Per article speaker id, the roles that article gives the speaker, joined for display. */
  roleOf(file: string, speakerId: string): string | undefined;
}

export function toStatement(group: UnitGroup, speakerId: string, speakerName: string, context: ArticleContext): StatementGroup {
  const wordings = group.reports.map((report) => partWording(report.unit, report.part));
  const asPrinted = group.reports.map((report, i) => (report.part.type === 'direct' ? printedKey(report.part.text) : wordsKey(wordings[i])));
  const printings = new Map<string, number>();
  for (const key of asPrinted) if (key) printings.set(key, (printings.get(key) ?? 0) + 1);
  const fullest = fullestIndex(group.reports, wordings);
  const fullestWords = wordsKey(wordings[fullest]);
  const anchorUnit = group.reports[fullest].unit;
  const printers = unitsByWording(group.reports);
  const diffs = diffsAgainst(anchorUnit, group.reports[fullest].part);
  const reports: StatementReport[] = group.reports.map((report, i) => {
    const identical = (printings.get(asPrinted[i]) ?? 0) > 1;
    const form = identical ? 'verbatim' : formOf(report, printers);
    const sameAsFullest = report.unit === anchorUnit || wordsKey(wordings[i]) === fullestWords;
    let diff = sameAsFullest ? undefined : diffs.get(report.part.text);
    if (!sameAsFullest && !diff) diffs.set(report.part.text, (diff = wordDiff(wordings[i], wordings[fullest])));
    const cue = report.part.cue;
    return {
      file: report.unit.file,
      quoteId: report.part.id,
      start: report.part.start,
      end: report.part.end,
      text: report.part.text,
      type: report.part.type,
      form,
      cue: cue?.text,
      cueLemma: cue?.lemma,
      role: report.part.speakerId ? context.roleOf(report.unit.file, report.part.speakerId) : undefined,
      confidence: group.reports.length === 1 || identical ? 1 : round(report.match?.score ?? 1),
      // Parts of one split quotation are pieces of the fullest wording, not rewordings of each other.
      diff: diff ? diff.map((part) => ({ ...part })) : [{ kind: 'same', text: report.part.text }],
    };
  });
  const anchor = group.reports[fullest];
  return {
    id: `${speakerId}/${anchor.unit.file}#${anchor.part.id}`,
    speakerId,
    speakerName,
    reports,
    omittedBy: [],
  };
}

/**
 * Diffs against one fullest wording, by the report's printed text: diff parts are slices of the printed text, so
 * copies printed alike share one diff, and an edit elsewhere in the workspace reuses them while the wording stays.
 */
const diffCache = new WeakMap<Unit, Map<string, Map<string, DiffPart[]>>>();

function diffsAgainst(unit: Unit, part: { id: string }): Map<string, DiffPart[]> {
  let byPart = diffCache.get(unit);
  if (!byPart) diffCache.set(unit, (byPart = new Map()));
  let diffs = byPart.get(part.id);
  if (!diffs) byPart.set(part.id, (diffs = new Map()));
  return diffs;
}

/**
 * A direct quotation's text as printed, but for what the page's typography and the attribution decide:
 * quote-glyph style, spacing, the comma or full stop before the attribution, a capital at the start.
 */
function printedKey(text: string): string {
  const plain = text
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,.;:]+$/, '');
  return plain.charAt(0).toLowerCase() + plain.slice(1);
}

/** Reported speech is the writer's sentence: only its words count. */
function wordsKey(wording: Wording): string {
  return wording.tokens.map((t) => t.norm).join(' ');
}

/**
 * A direct quotation is the speaker's wording: verbatim, unless another direct report gives the same words
 * punctuated, cut or split differently (variant). Indirect and mixed speech is the writer's wording: paraphrase,
 * unless another writer's indirect report gives the same words (a copied sentence is verbatim, whether cut or not).
 */
function formOf(report: GroupedQuote, unitsByWording: Map<string, Set<Unit>>): ReportForm {
  const direct = report.part.type === 'direct';
  for (const wording of report.sameWording) {
    const units = unitsByWording.get(wordingKey(wording, direct));
    if (units && (units.size > 1 || !units.has(report.unit))) return direct ? 'variant' : 'verbatim';
  }
  return direct ? 'verbatim' : 'paraphrase';
}

/** Per wording and kind of speech (direct or not), the units that print it. */
function unitsByWording(reports: GroupedQuote[]): Map<string, Set<Unit>> {
  const byWording = new Map<string, Set<Unit>>();
  for (const report of reports) {
    const key = wordingKey(report.wording, report.part.type === 'direct');
    const units = byWording.get(key) ?? new Set<Unit>();
    units.add(report.unit);
    byWording.set(key, units);
  }
  return byWording;
}

function wordingKey(wording: number, direct: boolean): string {
  return `${direct ? 'd' : 'i'}${wording}`;
}

/** The longest direct report, else the longest report: the wording every diff is shown against. */
function fullestIndex(reports: GroupedQuote[], wordings: Wording[]): number {
  let best = 0;
  const rank = (i: number) => [reports[i].part.type === 'direct' ? 1 : 0, wordings[i].tokens.length];
  for (let i = 1; i < reports.length; i++) {
    const [directI, lengthI] = rank(i);
    const [directBest, lengthBest] = rank(best);
    if (directI > directBest || (directI === directBest && lengthI > lengthBest)) best = i;
  }
  return best;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
