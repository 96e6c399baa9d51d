import type { ArticleAnalysis, Span } from '../../core/types';
import type { WorkspaceFacts } from '../shared/workspaceFacts';

/** The `sourceLens.highlights.*` settings. */
export interface HighlightSettings {
  enabled: boolean;
  speakers: boolean;
  quotations: boolean;
  unattributed: boolean;
  cueVerbs: boolean;
  roles: boolean;
  overviewRuler: boolean;
}

/** Spans to decorate, keyed `speaker-N`, `direct-N`, `indirect-N` (N = palette slot), `unattributed`, `cue`, `role`. */
export type HighlightPlan = Map<string, Span[]>;

const EVERY_KIND: HighlightSettings = { enabled: true, speakers: true, quotations: true, unattributed: true, cueVerbs: true, roles: true, overviewRuler: true };

/**
 * Everything there is to paint in article `key`, by decoration key, with the workspace's speaker colours; undefined
 * when it is not held. The settings are applied where it is painted (`shownKinds`), so a change of them repaints at once.
 */
export function highlightsFor(facts: WorkspaceFacts, key: string): Record<string, Span[]> | undefined {
  const article = facts.article(key);
  if (!article) return undefined;
  return Object.fromEntries(planHighlights(article.analysis, EVERY_KIND, (speakerId) => facts.slotFor(key, speakerId)));
}

/** The part of a full plan the settings show: the same spans `planHighlights` gives with those settings. */
export function shownKinds(plan: Record<string, Span[]>, settings: HighlightSettings): Record<string, Span[]> {
  if (!settings.enabled) return {};
  const shown = (key: string): boolean => {
    if (key === 'cue') return settings.cueVerbs;
    if (key === 'role') return settings.roles;
    if (key === 'unattributed') return settings.unattributed;
    if (key.startsWith('speaker-')) return settings.speakers;
    return settings.quotations;
  };
  return Object.fromEntries(Object.entries(plan).filter(([key]) => shown(key)));
}

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
