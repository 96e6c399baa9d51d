import type { Span } from '../../core/types';
import type { WorkspaceFacts } from '../shared/workspaceFacts';
import { quoteCard, speakerCard } from './cards';
import { targetAt, type TargetQuote, type TargetSpeaker } from './target';

/** A hover card as plain data: its Markdown (theme icons on, links only to `HOVER_COMMANDS`) and the span it covers. */
export interface HoverCard {
  markdown: string;
  span: Span;
}

/**
 * Every hover card of one article, with the spans that pick between them. The host keeps the set of each visible
 * article, so a hover is answered at once even while the worker is busy re-grouping a large workspace.
 */
export interface ArticleCards {
  targets: { speakers: TargetSpeaker[]; quotes: TargetQuote[] };
  /** Markdown by speaker id. */
  speakerCards: Record<string, string>;
  /** Markdown by quote id. */
  quoteCards: Record<string, string>;
}

export function articleCards(facts: WorkspaceFacts, key: string): ArticleCards | undefined {
  const article = facts.article(key);
  if (!article) return undefined;
  const { speakers, quotes } = article.analysis;
  return {
    targets: {
      speakers: speakers.map(({ id, mentions, roles }) => ({ id, mentions, roles })),
      quotes: quotes.map(({ id, start, end, cue, speakerSpan, speakerId }) => ({ id, start, end, cue, speakerSpan, speakerId })),
    },
    speakerCards: Object.fromEntries(speakers.map((speaker) => [speaker.id, speakerCard(facts, article, speaker)])),
    quoteCards: Object.fromEntries(quotes.map((quote) => [quote.id, quoteCard(facts, article, quote)])),
  };
}

/** The card for what the reader points at, if anything there is a speaker or a quotation. */
export function cardAt(cards: ArticleCards, offset: number): HoverCard | undefined {
  const target = targetAt(cards.targets, offset);
  if (!target) return undefined;
  const markdown = target.kind === 'speaker' ? cards.speakerCards[target.speaker.id] : cards.quoteCards[target.quote.id];
  return { markdown, span: { start: target.span.start, end: target.span.end } };
}
