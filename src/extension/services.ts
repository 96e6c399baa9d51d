import type * as vscode from 'vscode';
import type { BalanceTreeProvider } from '../features/balance/treeProvider';
import type { CompareViewProvider } from '../features/compare/viewProvider';
import type { Highlighter } from '../features/highlights/highlighter';
import type { StatementNode } from '../features/statements/model';
import type { StatementsTreeProvider } from '../features/statements/treeProvider';
import type { AnalysisEngine } from './engine/analysisEngine';
import type { ArticleIndex } from './workspace/articleIndex';
import type { VscodeWorkspace } from './workspace/vscodeWorkspace';
import type { WorkspaceSync } from './workspace/workspaceSync';

/** The features' shared parts, built once by `activate` and handed to the commands. */
export interface Services {
  readonly extensionUri: vscode.Uri;
  readonly engine: AnalysisEngine;
  readonly index: ArticleIndex;
  readonly sync: WorkspaceSync;
  readonly workspace: VscodeWorkspace;
  readonly highlighter: Highlighter;
  readonly compareView: CompareViewProvider;
  readonly statements: StatementsTreeProvider;
  readonly statementsView: vscode.TreeView<StatementNode>;
  readonly balance: BalanceTreeProvider;
}
