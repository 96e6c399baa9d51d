import type { Quote, Span, Speaker } from '../../core/types';

/** What `targetAt` reads of a speaker and of a quotation: the analysis itself, or the slim copy a hover card set carries. */
export type TargetSpeaker = Pick<Speaker, 'id' | 'mentions' | 'roles'>;
export type TargetQuote = Pick<Quote, 'id' | 'start' | 'end' | 'cue' | 'speakerSpan' | 'speakerId'>;

export type HoverTarget<S extends TargetSpeaker = Speaker, Q extends TargetQuote = Quote> =
  | { kind: 'speaker'; speaker: S; span: Span }
  | { kind: 'quote'; quote: Q; span: Span };

const contains = (span: Span, offset: number) => span.start <= offset && offset < span.end;

/**
 * What the reader points at: a speaker's name, pronoun or role first (even inside a quotation), then a
 * quotation's cue verb, then the innermost quotation around the offset.
 */
export function targetAt<S extends TargetSpeaker, Q extends TargetQuote>(
  analysis: { speakers: readonly S[]; quotes: readonly Q[] },
  offset: number,
): HoverTarget<S, Q> | undefined {
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
