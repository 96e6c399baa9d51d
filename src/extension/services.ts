import type * as vscode from 'vscode';
import type { Config } from './config';
import type { Highlighter } from './highlights/highlighter';
import type { SpeakerColors } from './highlights/speakerColors';
import type { CompareViewProvider } from './views/compareView';
import type { StatementNode, StatementsTreeProvider } from './views/statementsTree';
import type { ArticleIndex } from './workspace/articleIndex';
import type { WorkspaceSync } from './workspace/workspaceSync';

/** The features' shared parts, built once by `activate` and handed to the commands. */
export interface Services {
  readonly extensionUri: vscode.Uri;
  readonly config: Config;
  readonly index: ArticleIndex;
  readonly sync: WorkspaceSync;
  readonly colors: SpeakerColors;
  readonly highlighter: Highlighter;
  readonly compareView: CompareViewProvider;
  readonly statements: StatementsTreeProvider;
  readonly statementsView: vscode.TreeView<StatementNode>;
}
