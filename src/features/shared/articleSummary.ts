import type { ArticleAnalysis } from '../../core/types';

/** What the status bar says of an analyzed article: sent with each analysis, so the host never holds the analysis. */
export interface ArticleSummary {
  quotes: number;
  /** Speakers with at least one quotation. */
  quotedSpeakers: number;
  unattributed: number;
  /** People or bodies the article names. */
  speakers: number;
}

export function summarize({ quotes, speakers }: Pick<ArticleAnalysis, 'quotes' | 'speakers'>): ArticleSummary {
  return {
    quotes: quotes.length,
    quotedSpeakers: new Set(quotes.map((quote) => quote.speakerId).filter((id) => id !== null)).size,
    unattributed: quotes.filter((quote) => quote.speakerId === null).length,
    speakers: speakers.length,
  };
}
