import type { ArticleRecord, Comparison } from '../types';

/** Lines up the same statements across the workspace's articles. */
export function compareArticles(records: ArticleRecord[]): Comparison {
  void records;
  return { speakers: [], statements: [], quoteCounts: {}, balance: {} };
}
