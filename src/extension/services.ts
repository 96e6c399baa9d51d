import type * as vscode from 'vscode';
import type { Highlighter } from './highlights/highlighter';
import type { BalanceTreeProvider } from './views/balanceTree';
import type { CompareViewProvider } from './views/compareView';
import type { StatementNode, StatementsTreeProvider } from './views/statementsTree';
import type { ArticleIndex } from './workspace/articleIndex';
import type { WorkspaceSync } from './workspace/workspaceSync';

/** The features' shared parts, built once by `activate` and handed to the commands. */
export interface Services {
  readonly extensionUri: vscode.Uri;
  readonly index: ArticleIndex;
  readonly sync: WorkspaceSync;
  readonly highlighter: Highlighter;
  readonly compareView: CompareViewProvider;
  readonly statements: StatementsTreeProvider;
  readonly statementsView: vscode.TreeView<StatementNode>;
  readonly balance: BalanceTreeProvider;
}
