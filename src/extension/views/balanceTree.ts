import * as vscode from 'vscode';
import { articleSourceBalance, workspaceSourceBalance, type KindTally, type SourceBalance, type Tally } from '../../core/balance/sourceBalance';
import { SOURCE_KIND_LABEL, type SourceKind } from '../../core/balance/sourceKind';
import { plural, shortLabel } from '../presentation';
import type { ArticleIndex } from '../workspace/articleIndex';

export type BalanceNode =
  | { kind: 'scope'; id: string; label: string; balance: SourceBalance; articles?: number }
  | { kind: 'tally'; scopeId: string; total: number; tally: KindTally }
  | { kind: 'side'; scopeId: string; sourceKind: SourceKind; total: number; affiliation: string | undefined; tally: Tally };

const KIND_ICON: Record<SourceKind, string> = {
  official: 'law',
  expert: 'mortar-board',
  anonymous: 'question',
  organisation: 'organization',
  ordinary: 'person',
};

export const WORKSPACE_SCOPE = 'workspace';

/** The workspace's source balance, then each article's: kinds of source → the sides or bodies their roles name. */
export class BalanceTreeProvider implements vscode.TreeDataProvider<BalanceNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<BalanceNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: ArticleIndex) {
    this.subscription = index.onDidChangeArticle(() => this.changed.fire(undefined));
  }

  /** Per article, by its index key, and the workspace sum: what the view shows and the export writes. */
  balances(): { workspace: SourceBalance; articles: Array<{ file: string; balance: SourceBalance }> } {
    const articles = this.index.articles.map((article) => ({ file: article.key, balance: articleSourceBalance(article.analysis) }));
    return { workspace: workspaceSourceBalance(articles.map((article) => article.balance)), articles };
  }

  getChildren(node?: BalanceNode): BalanceNode[] {
    if (!node) {
      const { workspace, articles } = this.balances();
      if (articles.length === 0) return [];
      return [
        { kind: 'scope', id: WORKSPACE_SCOPE, label: 'Workspace', balance: workspace, articles: articles.length },
        ...articles.map(({ file, balance }): BalanceNode => ({ kind: 'scope', id: file, label: shortLabel(this.index.labelOf(file)), balance })),
      ];
    }
    if (node.kind === 'scope') return node.balance.kinds.map((tally) => ({ kind: 'tally', scopeId: node.id, total: node.balance.words, tally }));
    if (node.kind === 'tally') {
      if (node.tally.byAffiliation.length < 2 && node.tally.byAffiliation[0]?.affiliation === undefined) return [];
      return node.tally.byAffiliation.map(({ affiliation, ...tally }) => ({ kind: 'side', scopeId: node.scopeId, sourceKind: node.tally.kind, total: node.total, affiliation, tally }));
    }
    return [];
  }

  getTreeItem(node: BalanceNode): vscode.TreeItem {
    switch (node.kind) {
      case 'scope': {
        const item = new vscode.TreeItem(node.label, node.id === WORKSPACE_SCOPE ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `balance:${node.id}`;
        const unattributed = node.balance.unattributed.quotes > 0 ? ` · ${node.balance.unattributed.quotes} unattributed` : '';
        item.description = `${node.articles !== undefined ? `${plural(node.articles, 'article')} · ` : ''}${plural(node.balance.quotes, 'quote')} · ${plural(node.balance.words, 'word')}${unattributed}`;
        item.iconPath = node.id === WORKSPACE_SCOPE ? new vscode.ThemeIcon('folder') : vscode.ThemeIcon.File;
        if (node.id !== WORKSPACE_SCOPE) item.resourceUri = vscode.Uri.parse(node.id);
        item.tooltip = node.id === WORKSPACE_SCOPE ? 'Every analyzed article of the workspace' : this.index.labelOf(node.id);
        return item;
      }
      case 'tally': {
        const sides = this.getChildren(node).length;
        const item = new vscode.TreeItem(SOURCE_KIND_LABEL[node.tally.kind], sides > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `balance:${node.scopeId}:${node.tally.kind}`;
        item.description = tallyText(node.tally, node.total);
        item.iconPath = new vscode.ThemeIcon(KIND_ICON[node.tally.kind]);
        item.tooltip = `${SOURCE_KIND_LABEL[node.tally.kind]}: ${plural(node.tally.quotes, 'quotation')} and ${plural(node.tally.words, 'quoted word')} from ${plural(node.tally.speakers, 'speaker')}`;
        return item;
      }
      case 'side': {
        const item = new vscode.TreeItem(node.affiliation ?? 'No side or body named', vscode.TreeItemCollapsibleState.None);
        item.id = `balance:${node.scopeId}:${node.sourceKind}:${node.affiliation ?? ''}`;
        item.description = tallyText(node.tally, node.total);
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** "3 quotes · 120 words (45%)": the share is of the scope's quoted words, which is what a reader weighs. */
export function tallyText(tally: Tally, totalWords: number): string {
  const share = totalWords > 0 ? ` (${Math.round((100 * tally.words) / totalWords)}%)` : '';
  return `${plural(tally.quotes, 'quote')} · ${plural(tally.words, 'word')}${share}`;
}
