import type * as vscode from 'vscode';
import type { ArticleAnalysis, Comparison, Span } from '../core/types';
import type { BalanceNode } from './views/balanceTree';
import type { SpeakerNode } from './views/speakersTree';
import type { StatementNode } from './views/statementsTree';

/**
 * What `activate` returns: a read-only window on what the extension shows, for integration tests and for
 * other extensions. Nothing here changes state.
 */
export interface SourceLensApi {
  /** Milliseconds spent in `activate` (benchmarks check the ≤ 50 ms budget; loading the 50 KB bundle comes on top). */
  readonly activationMs: number;
  /** Resolves once no analysis, indexing or comparison is pending. */
  whenIdle(timeoutMs?: number): Promise<void>;
  analysis(uri: vscode.Uri): ArticleAnalysis | undefined;
  comparison(): Comparison;
  /** The spans painted in a visible document, per decoration: `speaker-N`, `direct-N`, `indirect-N`, `unattributed`, `cue`, `role`. */
  highlights(uri: vscode.Uri): Record<string, Span[]>;
  readonly speakersTree: vscode.TreeDataProvider<SpeakerNode>;
  readonly statementsTree: vscode.TreeDataProvider<StatementNode>;
  readonly balanceTree: vscode.TreeDataProvider<BalanceNode>;
  /** The Compare view's page as last rendered. */
  compareHtml(): string;
  statusBarText(): string;
  /** What clicking the status bar item runs. */
  statusBarCommand(): vscode.Command | undefined;
}
