/**
 * Turns grouped quotations into the statement groups readers see: each report's form against the others, its
 * confidence, and its word diff against the group's fullest wording.
 */
import type { DiffPart, Quote, QuoteType, ReportForm, StatementGroup, StatementReport } from '../types';
import { wordDiff, type Wording } from './diff';
import type { GroupedQuote, UnitGroup } from './grouping';
import { partWording, type Unit } from './units';
import { compareWordings } from './similarity';

export interface ArticleContext {
  /** Per article speaker id, the roles that article gives the speaker, joined for display. */
  roleOf(file: string, speakerId: string): string | undefined;
  /** Per article speaker id, the name that article gives a speaker linked to another by what it said (see `linking.ts`). */
  linkedNameOf(file: string, speakerId: string): string | undefined;
}

export function toStatement(group: UnitGroup, speakerId: string, speakerName: string, context: ArticleContext): StatementGroup {
  const wordings = group.reports.map((report) => partWording(report.unit, report.part));
  const words = group.reports.map((report, i) => keysOf(report.part, wordings[i]).words);
  const asPrinted = group.reports.map((report, i) => keysOf(report.part, wordings[i]).printed);
  const printings = new Map<string, number>();
  for (const key of asPrinted) if (key) printings.set(key, (printings.get(key) ?? 0) + 1);
  const fullest = fullestIndex(group.reports, wordings);
  const fullestWords = words[fullest];
  const anchorUnit = group.reports[fullest].unit;
  const printers = unitsByWording(group.reports);
  const diffs = diffsAgainst(anchorUnit, group.reports[fullest].part);
  const anchorPart = group.reports[fullest].part;
  const reports: StatementReport[] = group.reports.map((report, i) => {
    const identical = (printings.get(asPrinted[i]) ?? 0) > 1;
    const form = identical ? 'verbatim' : formOf(report, printers, group.reports);
    const sameAsFullest = report.unit === anchorUnit || words[i] === fullestWords;
    const confidence = group.reports.length === 1 || identical ? 1 : round(report.match?.score ?? 1);
    const printedName = report.part.speakerId ? context.linkedNameOf(report.unit.file, report.part.speakerId) : undefined;
    const attributedTo = printedName && printedName !== speakerName ? printedName : undefined;
    // A statement that gains or loses a report rebuilds only the reports whose form, confidence or diff changed.
    const reuseKey = `${report.unit.serial}\u0000${form}\u0000${confidence}\u0000${attributedTo ?? ''}\u0000${sameAsFullest ? '' : `${anchorUnit.serial}#${anchorPart.id}`}`;
    const previous = reportsMade.get(report.part);
    if (previous && previous.key === reuseKey) return previous.report;
    let diff = sameAsFullest ? undefined : diffs.get(report.part.text);
    if (!sameAsFullest && !diff) diffs.set(report.part.text, (diff = wordDiff(wordings[i], wordings[fullest])));
    const cue = report.part.cue;
    const made: StatementReport = {
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
      ...(attributedTo ? { attributedTo } : {}),
      confidence,
      // Parts of one split quotation are pieces of the fullest wording, not rewordings of each other.
      diff: diff ? diff.map((part) => ({ ...part })) : [{ kind: 'same', text: report.part.text }],
    };
    reportsMade.set(report.part, { key: reuseKey, report: made });
    return made;
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
 * The last report made of each quotation, and what it was made with: its unit (one article version under one
 * file name) fixes its role and words, so the form, the confidence and the wording diffed against decide the rest.
 */
const reportsMade = new WeakMap<Quote, { key: string; report: StatementReport }>();

/** A quotation's words, and its text as printed for a direct one: read once per quotation, not per re-grouping. */
const quotationKeys = new WeakMap<Quote, { words: string; printed: string }>();

function keysOf(part: Quote, wording: Wording): { words: string; printed: string } {
  let keys = quotationKeys.get(part);
  if (!keys) {
    const words = wordsKey(wording);
    quotationKeys.set(part, (keys = { words, printed: part.type === 'direct' ? printedKey(part.text) : words }));
  }
  return keys;
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
function formOf(report: GroupedQuote, unitsByWording: Map<string, Set<Unit>>, groupReports: GroupedQuote[]): ReportForm {
  const direct = report.part.type === 'direct';
  for (const wording of report.sameWording) {
    const units = unitsByWording.get(wordingKey(wording, direct));
    if (!units) continue;
    if (direct && (units.size > 1 || !units.has(report.unit))) return 'variant';
    // Copies join through a quotation both cut ("she is doing well" / "Vale is doing well, and focused"): only a
    // report another article prints in these words, whole or cut, is a copy of this one.
    if (!direct && [...units].some((unit) => unit.file !== report.unit.file && compareWordings(report.unit, unit) !== null)) return 'verbatim';
  }
  if (!direct) return 'paraphrase';
  // A quotation grouped with another article's quotation of other words (a statement-score match): each is the
  // other reworded, so neither is the verbatim wording.
  const rewordedElsewhere = groupReports.some(
    (other) => other.unit !== report.unit && other.part.type === 'direct' && !report.sameWording.has(other.wording),
  );
  return rewordedElsewhere ? 'paraphrase' : 'verbatim';
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

/** Printed words outrank a paraphrase of them: a mixed report quotes the speaker, an indirect one only rewords. */
const WORDING_RANK: Record<QuoteType, number> = { direct: 2, mixed: 1, indirect: 0 };

/**
 * The longest direct report, else the longest mixed one, else the longest report: the wording every diff is shown
 * against. Diffing a verbatim quotation against a longer paraphrase would show nothing but noise.
 */
function fullestIndex(reports: GroupedQuote[], wordings: Wording[]): number {
  let best = 0;
  const rank = (i: number) => [WORDING_RANK[reports[i].part.type], wordings[i].tokens.length];
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
