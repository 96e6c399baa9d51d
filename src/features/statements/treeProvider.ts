import * as vscode from 'vscode';
import type { AnalysisEngine } from '../../extension/engine/analysisEngine';
import type { ArticleIndex } from '../../extension/workspace/articleIndex';
import { toTreeItem } from '../shared/treeItem';
import type { StatementNode } from './model';

/** Statements → each article's report of it (with its form), and the articles that leave it out, as the engine lists them. */
export class StatementsTreeProvider implements vscode.TreeDataProvider<StatementNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StatementNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: { dispose(): void };
  /** The statements as last listed: `TreeView.reveal` and `getParent` need the very nodes the tree holds. */
  private roots: Promise<StatementNode[]> | undefined;

  constructor(
    index: ArticleIndex,
    private readonly engine: AnalysisEngine,
  ) {
    this.subscription = index.onDidChangeComparison(() => {
      this.roots = undefined;
      this.changed.fire(undefined);
    });
  }

  /** The tree's node for a statement, for `TreeView.reveal`. */
  async nodeFor(groupId: string): Promise<StatementNode | undefined> {
    return (await this.getChildren()).find((node) => node.groupId === groupId && node.kind === 'group');
  }

  getChildren(node?: StatementNode): Promise<StatementNode[]> {
    if (!node) {
      this.roots ??= this.engine.query('statements', {}).then((nodes) => nodes ?? []);
      return this.roots;
    }
    if (node.kind !== 'group') return Promise.resolve([]);
    return this.engine.query('statements', { groupId: node.groupId }).then((nodes) => nodes ?? []);
  }

  async getParent(node: StatementNode): Promise<StatementNode | undefined> {
    return node.kind === 'group' ? undefined : this.nodeFor(node.groupId);
  }

  getTreeItem(node: StatementNode): vscode.TreeItem {
    return toTreeItem(node.row);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
