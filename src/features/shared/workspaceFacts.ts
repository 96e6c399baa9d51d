import type { ArticleAnalysis, Comparison, StatementGroup, WorkspaceSpeaker } from '../../core/types';

/** One analyzed article as the view models read it. */
export interface ArticleFacts {
  /** The document's URI as a string: the `file` key of the core's comparison records. */
  readonly key: string;
  /** What the user calls the file: its workspace-relative path. */
  readonly label: string;
  /** The outlet its front-matter header names (an imported article), if any. */
  readonly outlet?: string;
  readonly analysis: ArticleAnalysis;
}

/**
 * What the view models read: the workspace's analyzed articles, their comparison and the speakers' colours. The
 * worker holds the one instance (`worker/workspaceState.ts`); tests build small ones in memory.
 */
export interface WorkspaceFacts {
  article(key: string): ArticleFacts | undefined;
  /** Every analyzed article, by label. */
  articles(): ArticleFacts[];
  /** The label of an article, or a name made from its key when it is not (or no longer) held. */
  labelOf(key: string): string;
  readonly comparison: Comparison;
  workspaceSpeakerFor(key: string, articleSpeakerId: string): WorkspaceSpeaker | undefined;
  statementGroupFor(key: string, quoteId: string): StatementGroup | undefined;
  statementGroup(id: string): StatementGroup | undefined;
  workspaceSpeaker(id: string): WorkspaceSpeaker | undefined;
  /** The palette slot of a workspace speaker (or of an article's speaker before the comparison knows it). */
  slotOf(colorKey: string): number;
  slotFor(key: string, articleSpeakerId: string): number;
}

/** How the Compare view names an article: its outlet, when its header names one, then its file name. */
export function sourceNameOf(facts: WorkspaceFacts, key: string): string {
  const label = facts.labelOf(key);
  const fileName = label.slice(label.lastIndexOf('/') + 1);
  const outlet = facts.article(key)?.outlet;
  return outlet ? `${outlet} · ${fileName}` : fileName;
}
