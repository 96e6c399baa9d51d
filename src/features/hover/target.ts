import type { ArticleAnalysis, Quote, Span, Speaker } from '../../core/types';

export type HoverTarget = { kind: 'speaker'; speaker: Speaker; span: Span } | { kind: 'quote'; quote: Quote; span: Span };

const contains = (span: Span, offset: number) => span.start <= offset && offset < span.end;

/**
 * What the reader points at: a speaker's name, pronoun or role first (even inside a quotation), then a
 * quotation's cue verb, then the innermost quotation around the offset.
 */
export function targetAt(analysis: ArticleAnalysis, offset: number): HoverTarget | undefined {
  for (const speaker of analysis.speakers) {
    const span = speaker.mentions.find((mention) => contains(mention, offset)) ?? speaker.roles.find((role) => contains(role, offset));
    if (span) return { kind: 'speaker', speaker, span };
  }
  for (const quote of analysis.quotes) {
    if (quote.speakerSpan && contains(quote.speakerSpan, offset)) {
      const speaker = analysis.speakers.find((candidate) => candidate.id === quote.speakerId);
      if (speaker) return { kind: 'speaker', speaker, span: quote.speakerSpan };
    }
  }
  for (const quote of analysis.quotes) {
    if (quote.cue && contains(quote.cue, offset)) return { kind: 'quote', quote, span: quote.cue };
  }
  const around = analysis.quotes.filter((quote) => contains(quote, offset));
  around.sort((a, b) => a.end - a.start - (b.end - b.start));
  const innermost = around[0];
  return innermost ? { kind: 'quote', quote: innermost, span: innermost } : undefined;
}
