import * as vscode from 'vscode';
import type { StatementGroup, StatementReport } from '../../core/types';
import { Commands } from '../commands/ids';
import type { SpeakerColors } from '../highlights/speakerColors';
import { speakerColorId } from '../highlights/speakerPalette';
import { excerpt } from '../hovers/markdown';
import { FORM_ICON, FORM_LABEL, fullestReport, OMISSION_ICON, plural, shortLabel } from '../presentation';
import type { ArticleIndex } from '../workspace/articleIndex';
import { revealCommand } from './speakersTree';

export type StatementNode =
  | { kind: 'group'; group: StatementGroup }
  | { kind: 'report'; group: StatementGroup; report: StatementReport }
  | { kind: 'omission'; group: StatementGroup; file: string };

/** Statements → each article's report of it (with its form), and the articles that leave it out. */
export class StatementsTreeProvider implements vscode.TreeDataProvider<StatementNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StatementNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private roots: StatementNode[] | undefined;

  constructor(
    private readonly index: ArticleIndex,
    private readonly colors: SpeakerColors,
  ) {
    this.subscription = index.onDidChangeComparison(() => {
      this.roots = undefined;
      this.changed.fire(undefined);
    });
  }

  /** The tree's node for a statement, for `TreeView.reveal`. */
  nodeFor(groupId: string): StatementNode | undefined {
    return this.getChildren().find((node) => node.kind === 'group' && node.group.id === groupId);
  }

  getChildren(node?: StatementNode): StatementNode[] {
    if (!node) {
      this.roots ??= [...this.index.comparison.statements]
        .sort((a, b) => articleCount(b) - articleCount(a) || b.reports.length - a.reports.length || a.speakerName.localeCompare(b.speakerName))
        .map((group) => ({ kind: 'group', group }));
      return this.roots;
    }
    if (node.kind !== 'group') return [];
    const reports = [...node.group.reports]
      .sort((a, b) => this.index.labelOf(a.file).localeCompare(this.index.labelOf(b.file)) || a.start - b.start)
      .map((report): StatementNode => ({ kind: 'report', group: node.group, report }));
    const omissions = node.group.omittedBy.map((file): StatementNode => ({ kind: 'omission', group: node.group, file }));
    return [...reports, ...omissions];
  }

  getParent(node: StatementNode): StatementNode | undefined {
    return node.kind === 'group' ? undefined : this.nodeFor(node.group.id);
  }

  getTreeItem(node: StatementNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const fullest = fullestReport(node.group);
        const item = new vscode.TreeItem(`${node.group.speakerName}: “${excerpt(fullest?.text ?? '', 60)}”`, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `statement:${node.group.id}`;
        const omitted = node.group.omittedBy.length;
        item.description = `${plural(articleCount(node.group), 'article')}${omitted > 0 ? ` · ${omitted} omit` : ''}`;
        item.tooltip = fullest?.text;
        const slot = this.colors.slotOf(node.group.speakerId);
        item.iconPath = new vscode.ThemeIcon('quote', new vscode.ThemeColor(speakerColorId(slot, 'foreground')));
        item.command = { command: Commands.showStatement, title: 'Compare', arguments: [node.group.id] };
        item.contextValue = 'statement';
        return item;
      }
      case 'report': {
        const { report } = node;
        const item = new vscode.TreeItem(shortLabel(this.index.labelOf(report.file)), vscode.TreeItemCollapsibleState.None);
        item.id = `statement:${node.group.id}:${report.file}:${report.quoteId}`;
        item.description = [FORM_LABEL[report.form], report.cue, `“${excerpt(report.text, 60)}”`].filter(Boolean).join(' · ');
        item.tooltip = `${FORM_LABEL[report.form]} (${report.type})${report.role ? ` · ${report.role}` : ''}\n${report.text}`;
        item.iconPath = new vscode.ThemeIcon(FORM_ICON[report.form]);
        item.command = revealCommand(report.file, report.start, report.end);
        return item;
      }
      case 'omission': {
        const item = new vscode.TreeItem(shortLabel(this.index.labelOf(node.file)), vscode.TreeItemCollapsibleState.None);
        item.id = `statement:${node.group.id}:omitted:${node.file}`;
        item.description = 'leaves this statement out';
        item.iconPath = new vscode.ThemeIcon(OMISSION_ICON, new vscode.ThemeColor('disabledForeground'));
        item.command = revealCommand(node.file, 0, 0);
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function articleCount(group: StatementGroup): number {
  return new Set(group.reports.map((report) => report.file)).size;
}
