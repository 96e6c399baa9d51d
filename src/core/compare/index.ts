import type { ArticleRecord, Comparison } from '../types';
import { WorkspaceComparison } from './workspace';

export { WorkspaceComparison } from './workspace';

/** Lines up the same statements across the workspace's articles: the batch form of `WorkspaceComparison`. */
export function compareArticles(records: ArticleRecord[]): Comparison {
  const workspace = new WorkspaceComparison();
  for (const record of records) workspace.upsert(record);
  return workspace.result();
}
