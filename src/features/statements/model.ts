import type { StatementGroup, StatementReport } from '../../core/types';
import { Commands } from '../shared/commandIds';
import { excerpt } from '../shared/markdown';
import { FORM_ICON, FORM_LABEL, fullestReport, OMISSION_ICON, plural, shortLabel } from '../shared/presentation';
import { speakerColorId } from '../shared/speakerPalette';
import { revealCommand, type TreeRow } from '../shared/treeRow';
import type { WorkspaceFacts } from '../shared/workspaceFacts';

/** Statements → each article's report of it (with its form), and the articles that leave it out. */
export type StatementNode =
  | { kind: 'group'; groupId: string; row: TreeRow }
  | { kind: 'report'; groupId: string; report: StatementReport; row: TreeRow }
  | { kind: 'omission'; groupId: string; file: string; row: TreeRow };

/** The statements reported by the most articles first; under one, its reports by article, then the omissions. */
export function statementChildren(facts: WorkspaceFacts, groupId?: string): StatementNode[] {
  if (groupId === undefined) {
    return [...facts.comparison.statements]
      .sort((a, b) => articleCount(b) - articleCount(a) || b.reports.length - a.reports.length || a.speakerName.localeCompare(b.speakerName))
      .map((group) => groupNode(facts, group));
  }
  const group = facts.statementGroup(groupId);
  if (!group) return [];
  const reports = [...group.reports]
    .sort((a, b) => facts.labelOf(a.file).localeCompare(facts.labelOf(b.file)) || a.start - b.start)
    .map((report) => reportNode(facts, group, report));
  return [...reports, ...group.omittedBy.map((file) => omissionNode(facts, group, file))];
}

function groupNode(facts: WorkspaceFacts, group: StatementGroup): StatementNode {
  const fullest = fullestReport(group);
  const omitted = group.omittedBy.length;
  const row: TreeRow = {
    id: `statement:${group.id}`,
    label: `${group.speakerName}: “${excerpt(fullest?.text ?? '', 60)}”`,
    collapsible: 'collapsed',
    description: `${plural(articleCount(group), 'article')}${omitted > 0 ? ` · ${omitted} omit` : ''}`,
    ...(fullest && { tooltip: fullest.text }),
    icon: { codicon: 'quote', color: speakerColorId(facts.slotOf(group.speakerId), 'foreground') },
    command: { command: Commands.showStatement, title: 'Compare', arguments: [group.id] },
    contextValue: 'statement',
  };
  return { kind: 'group', groupId: group.id, row };
}

function reportNode(facts: WorkspaceFacts, group: StatementGroup, report: StatementReport): StatementNode {
  const row: TreeRow = {
    id: `statement:${group.id}:${report.file}:${report.quoteId}`,
    label: shortLabel(facts.labelOf(report.file)),
    collapsible: 'none',
    description: [FORM_LABEL[report.form], report.cue, `“${excerpt(report.text, 60)}”`].filter(Boolean).join(' · '),
    tooltip: `${FORM_LABEL[report.form]} (${report.type})${report.role ? ` · ${report.role}` : ''}\n${report.text}`,
    icon: { codicon: FORM_ICON[report.form] },
    command: revealCommand(report.file, report.start, report.end),
  };
  return { kind: 'report', groupId: group.id, report, row };
}

function omissionNode(facts: WorkspaceFacts, group: StatementGroup, file: string): StatementNode {
  const row: TreeRow = {
    id: `statement:${group.id}:omitted:${file}`,
    label: shortLabel(facts.labelOf(file)),
    collapsible: 'none',
    description: 'leaves this statement out',
    icon: { codicon: OMISSION_ICON, color: 'disabledForeground' },
    command: revealCommand(file, 0, 0),
  };
  return { kind: 'omission', groupId: group.id, file, row };
}

function articleCount(group: StatementGroup): number {
  return new Set(group.reports.map((report) => report.file)).size;
}
