import * as vscode from 'vscode';
import { workspaceSourceBalance } from '../../core/balance/sourceBalance';
import type { AnalysisEngine } from '../../extension/engine/analysisEngine';
import type { ArticleIndex } from '../../extension/workspace/articleIndex';
import { toTreeItem } from '../shared/treeItem';
import { balanceChildren, balanceRoots, balanceRow, type BalanceNode, type Balances } from './model';

const NO_BALANCES: Balances = { workspace: workspaceSourceBalance([]), articles: [] };

/** The workspace's source balance, then each article's: kinds of source → the sides or bodies their roles name. */
export class BalanceTreeProvider implements vscode.TreeDataProvider<BalanceNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<BalanceNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: { dispose(): void };
  /** Labels of the articles last listed, for the rows' tooltips. */
  private labels = new Map<string, string>();

  constructor(
    index: ArticleIndex,
    private readonly engine: AnalysisEngine,
  ) {
    this.subscription = index.onDidChangeArticle(() => this.changed.fire(undefined));
  }

  /** Per article and the workspace sum, from the engine: what the view shows and the export writes. */
  async balances(): Promise<Balances> {
    const balances = (await this.engine.query('balances', {})) ?? NO_BALANCES;
    this.labels = new Map(balances.articles.map(({ file, label }) => [file, label]));
    return balances;
  }

  async getChildren(node?: BalanceNode): Promise<BalanceNode[]> {
    return node ? balanceChildren(node) : balanceRoots(await this.balances());
  }

  getTreeItem(node: BalanceNode): vscode.TreeItem {
    return toTreeItem(balanceRow(node, (file) => this.labels.get(file) ?? file));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
