import type { ArticleAnalysis, Span } from '../../core/types';
import type { HighlightSettings } from '../config';

/** Spans to decorate, keyed `speaker-N`, `direct-N`, `indirect-N` (N = palette slot), `unattributed`, `cue`, `role`. */
export type HighlightPlan = Map<string, Span[]>;

/** Decides what to mark in one article; pure, so tests and the editor agree on it. */
export function planHighlights(
  analysis: ArticleAnalysis,
  settings: HighlightSettings,
  slotOf: (articleSpeakerId: string) => number,
): HighlightPlan {
  const plan: HighlightPlan = new Map();
  const add = (key: string, span: Span) => {
    const spans = plan.get(key) ?? [];
    spans.push({ start: span.start, end: span.end });
    plan.set(key, spans);
  };
  if (!settings.enabled) return plan;

  for (const quote of analysis.quotes) {
    if (quote.speakerId === null) {
      if (settings.unattributed) add('unattributed', quote);
    } else if (settings.quotations) {
      add(`${quote.type === 'direct' ? 'direct' : 'indirect'}-${slotOf(quote.speakerId)}`, quote);
    }
    if (settings.cueVerbs && quote.cue) add('cue', quote.cue);
  }
  for (const speaker of analysis.speakers) {
    if (settings.speakers) {
      const slot = slotOf(speaker.id);
      for (const mention of speaker.mentions) add(`speaker-${slot}`, mention);
    }
    if (settings.roles) for (const role of speaker.roles) add('role', role);
  }
  // A cue shared by the parts of a split quotation is listed once.
  const cues = plan.get('cue');
  if (cues) plan.set('cue', dedupe(cues));
  return plan;
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
