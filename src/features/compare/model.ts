import type { StatementGroup, StatementReport } from '../../core/types';
import { fullestReport } from '../shared/presentation';
import { sourceNameOf, type WorkspaceFacts } from '../shared/workspaceFacts';
import type { CompareReportModel } from './html';

/** Where each entry of the Compare view leads: what the page may only point at by index. */
export interface CompareTargets {
  reports: { file: string; start: number; end: number }[];
  omittedBy: string[];
}

/** The Compare view of one statement as plain data; the host turns `speakerSlot` into the theme's colour. */
export interface CompareView {
  groupId: string;
  speakerName: string;
  speakerSlot: number;
  /** Reports in display order; the first holds the fullest wording, the others are diffed against it. */
  reports: CompareReportModel[];
  omittedBy: string[];
  targets: CompareTargets;
}

/** The statement `groupId` side by side, or undefined when the workspace no longer has it. */
export function compareViewOf(facts: WorkspaceFacts, groupId: string): CompareView | undefined {
  const group = facts.statementGroup(groupId);
  if (!group) return undefined;
  const reports = orderedReports(facts, group);
  return {
    groupId,
    speakerName: group.speakerName,
    speakerSlot: facts.slotOf(group.speakerId),
    reports: reports.map((report) => ({
      label: sourceNameOf(facts, report.file),
      form: report.form,
      type: report.type,
      cue: report.cue,
      role: report.role,
      attributedTo: report.attributedTo,
      confidence: report.confidence,
      text: report.text,
      diff: report.diff,
    })),
    omittedBy: group.omittedBy.map((file) => sourceNameOf(facts, file)),
    targets: {
      reports: reports.map(({ file, start, end }) => ({ file, start, end })),
      omittedBy: [...group.omittedBy],
    },
  };
}

/** The fullest wording first, the others by article. */
function orderedReports(facts: WorkspaceFacts, group: StatementGroup): StatementReport[] {
  const fullest = fullestReport(group);
  const rest = group.reports
    .filter((report) => report !== fullest)
    .sort((a, b) => facts.labelOf(a.file).localeCompare(facts.labelOf(b.file)) || a.start - b.start);
  return fullest ? [fullest, ...rest] : rest;
}
