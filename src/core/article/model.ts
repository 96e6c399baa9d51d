/**
 * The article model every analysis reads: the article's paragraphs (offsets into its exact text, UTF-16 units), and
 * for each paragraph its paired quotations, its tokens and its sentences, built once from the paragraph's text alone.
 * Offsets inside a paragraph's model are relative to the paragraph, so one model serves the paragraph wherever an
 * edit moves it.
 */
import type { Span } from '../types';
import { clauseTokens } from './clauseView';
import { findQuotedSpans, type QuotedSpan } from './marks';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokens';

/** The clause rules' view of a paragraph: its quotations, and its tokens with each quotation one opaque token. */
export interface ParagraphTokens {
  text: string;
  tokens: readonly Token[];
  quotes: readonly QuotedSpan[];
}

export interface ParagraphModel {
  text: string;
  quotes: readonly QuotedSpan[];
  /** Every word and punctuation mark, those inside quotations too: the paragraph's one tokenization. */
  tokens: readonly Token[];
  /** The clause rules' view of `tokens` (see `./clauseView`). */
  clauses: ParagraphTokens;
  /** Sentences of the clause view: a quotation never splits one. */
  sentences: readonly Sentence[];
  /** Sentences of `tokens`, by the same splitter: those inside quotations too (the speaker rules' sentences). */
  tokenSentences: readonly Sentence[];
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
  const tokens = tokenize(text, 0, text.length, []);
  const clauses: ParagraphTokens = { text, tokens: clauseTokens(text, tokens, quotes, (word) => grammar.isKnownWord(word)), quotes };
  const sentences = splitSentences(text, clauses.tokens, (next) => grammar.attributionFollows(clauses, next));
  const tokenSentences = splitSentences(text, tokens, () => false);
  return { text, quotes, tokens, clauses, sentences, tokenSentences };
}

/** One paragraph where the article has it; its model is read on first use. */
export interface PlacedParagraph extends Span {
  text: string;
  model(): ParagraphModel;
}
