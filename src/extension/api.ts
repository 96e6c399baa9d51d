import type * as vscode from 'vscode';
import type { ArticleAnalysis, Comparison, Span } from '../core/types';
import type { BalanceNode } from '../features/balance/model';
import type { SpeakerNode } from '../features/speakers/model';
import type { StatementNode } from '../features/statements/model';

/**
 * What `activate` returns: a read-only window on what the extension shows, for integration tests and for
 * other extensions. Nothing here changes state.
 */
export interface SourceLensApi {
  /** Milliseconds spent in `activate` (benchmarks check the ≤ 50 ms budget; loading the 50 KB bundle comes on top). */
  readonly activationMs: number;
  /** Resolves once no analysis, indexing or comparison is pending. */
  whenIdle(timeoutMs?: number): Promise<void>;
  /** The engine's analysis of an article; the extension host itself keeps none. */
  analysis(uri: vscode.Uri): Promise<ArticleAnalysis | undefined>;
  comparison(): Promise<Comparison>;
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
