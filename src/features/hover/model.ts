import type { Span } from '../../core/types';
import type { WorkspaceFacts } from '../shared/workspaceFacts';
import { quoteCard, speakerCard } from './cards';
import { targetAt } from './target';

/** A hover card as plain data: its Markdown (theme icons on, links only to `HOVER_COMMANDS`) and the span it covers. */
export interface HoverCard {
  markdown: string;
  span: Span;
}

/** The card for what the reader points at in article `key`, if anything there is a speaker or a quotation. */
export function hoverAt(facts: WorkspaceFacts, key: string, offset: number): HoverCard | undefined {
  const article = facts.article(key);
  if (!article) return undefined;
  const target = targetAt(article.analysis, offset);
  if (!target) return undefined;
  const markdown = target.kind === 'speaker' ? speakerCard(facts, article, target.speaker) : quoteCard(facts, article, target.quote);
  return { markdown, span: { start: target.span.start, end: target.span.end } };
}
