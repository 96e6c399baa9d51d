import type { DiffPart, QuoteType, ReportForm, SpeakerKind, StatementGroup, StatementReport } from '../../core/types';

/** Codicon per report form, shared by hovers, trees and the Compare view so a reader learns one mark. */
export const FORM_ICON: Record<ReportForm, string> = {
  verbatim: 'quote',
  variant: 'diff',
  paraphrase: 'comment',
};

export const FORM_LABEL: Record<ReportForm, string> = {
  verbatim: 'verbatim',
  variant: 'variant wording',
  paraphrase: 'paraphrase',
};

export const OMISSION_ICON = 'circle-slash';

export const QUOTE_TYPE_LABEL: Record<QuoteType, string> = {
  direct: 'Direct quotation',
  indirect: 'Indirect speech',
  mixed: 'Mixed speech',
};

export const SPEAKER_KIND_ICON: Record<SpeakerKind, string> = {
  person: 'person',
  organization: 'organization',
  group: 'comment-discussion',
  anonymous: 'question',
};

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The words a report adds to and drops from the group's fullest wording, for one-line summaries. */
export function diffSummary(diff: readonly DiffPart[]): { added: string[]; removed: string[] } {
  const pick = (kind: DiffPart['kind']) =>
    diff.filter((part) => part.kind === kind).map((part) => part.text.trim()).filter((text) => text.length > 0);
  return { added: pick('added'), removed: pick('removed') };
}

/** The file name without folders: what a card has room for. */
export function shortLabel(label: string): string {
  return label.slice(label.lastIndexOf('/') + 1);
}

/**
 * The wording the others are diffed against: the core marks it (and its verbatim copies) by a diff without
 * changes. Longest text first among those, for a report set without diffs.
 */
export function fullestReport(group: StatementGroup): StatementReport | undefined {
  const unchanged = (report: StatementReport) => report.diff.every((part) => part.kind === 'same');
  const byLength = [...group.reports].sort((a, b) => b.text.length - a.text.length);
  return byLength.find(unchanged) ?? byLength[0];
}
