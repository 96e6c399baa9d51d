/**
 * The article model every analysis reads: the article's paragraphs (offsets into its exact text, UTF-16 units), and
 * for each paragraph its paired quotations, its tokens and its sentences, built once from the paragraph's text alone.
 * Offsets inside a paragraph's model are relative to the paragraph, so one model serves the paragraph wherever an
 * edit moves it.
 */
import type { Span } from '../types';
import { findQuotedSpans, type QuotedSpan } from './marks';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokens';

/** A paragraph's quotations and tokens: what the sentence rules may look at. */
export interface ParagraphTokens {
  text: string;
  /** Words and punctuation, each quotation (marks included) one opaque token. */
  tokens: readonly Token[];
  quotes: readonly QuotedSpan[];
}

export interface ParagraphModel extends ParagraphTokens {
  sentences: readonly Sentence[];
}

/**
 * The word knowledge the model is built with. Both answers come from the quote finder's lexicon: a hard-wrapped
 * "prom\nised" is one word only when the lexicon knows "promised", and `"… done." Peskov said.` is one sentence
 * only when the words after the quotation attribute it.
 */
export interface ParagraphGrammar {
  isKnownWord(lower: string): boolean;
  attributionFollows(paragraph: ParagraphTokens, next: number): boolean;
}

export function readParagraph(text: string, grammar: ParagraphGrammar): ParagraphModel {
  const quotes = findQuotedSpans(text, 0, text.length);
  const opaque = quotes.map((q) => ({ start: q.open, end: q.close }));
  const tokens = tokenize(text, 0, text.length, opaque, (word) => grammar.isKnownWord(word));
  const paragraph: ParagraphTokens = { text, tokens, quotes };
  const sentences = splitSentences(text, tokens, (next) => grammar.attributionFollows(paragraph, next));
  return { ...paragraph, sentences };
}

/** One paragraph where the article has it; its model is read on first use. */
export interface PlacedParagraph extends Span {
  text: string;
  model(): ParagraphModel;
}
