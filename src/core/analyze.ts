import type { ArticleAnalysis } from './types';

/** Finds quotations, speakers, roles and attribution in one article. Pure: no I/O, no Node or VS Code API. */
export function analyzeArticle(text: string): ArticleAnalysis {
  void text;
  return { quotes: [], speakers: [], scareQuotes: [] };
}
