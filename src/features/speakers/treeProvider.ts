import * as vscode from 'vscode';
import type { AnalysisEngine } from '../../extension/engine/analysisEngine';
import type { ArticleIndex } from '../../extension/workspace/articleIndex';
import { toTreeItem } from '../shared/treeItem';
import { parentOf, type SpeakerNode } from './model';

/** Speakers → the articles that name them → their quotes there, as the engine lists them. */
export class SpeakersTreeProvider implements vscode.TreeDataProvider<SpeakerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SpeakerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: { dispose(): void };

  constructor(
    index: ArticleIndex,
    private readonly engine: AnalysisEngine,
  ) {
    this.subscription = index.onDidChangeComparison(() => this.changed.fire(undefined));
  }

  async getChildren(node?: SpeakerNode): Promise<SpeakerNode[]> {
    if (node?.kind === 'quote') return [];
    const parent = node && parentOf(node);
    return (await this.engine.query('speakers', parent ? { parent } : {})) ?? [];
  }

  getTreeItem(node: SpeakerNode): vscode.TreeItem {
    return toTreeItem(node.row);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
