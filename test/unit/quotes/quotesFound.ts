import { analyzeArticle } from '../../../src/core/analyze';

export interface Found {
  text: string;
  source: string | null;
}

/** Each quotation the analysis finds in `text`, with the words it names as its speaker. */
export function found(text: string): Found[] {
  return analyzeArticle(text).quotes.map((quote) => ({
    text: quote.text,
    source: quote.speakerSpan ? text.slice(quote.speakerSpan.start, quote.speakerSpan.end) : null,
  }));
}
