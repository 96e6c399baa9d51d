import type { WorkspaceSpeaker } from '../../core/types';
import { targetAt } from '../hover/target';
import { excerpt } from '../shared/markdown';
import { plural, shortLabel } from '../shared/presentation';
import type { WorkspaceFacts } from '../shared/workspaceFacts';

/** A quick-pick entry as plain data. */
export interface Pick {
  label: string;
  description?: string;
  detail?: string;
}

export interface SpeakerPick extends Pick {
  speakerId: string;
}

export interface QuotePick extends Pick {
  file: string;
  start: number;
  end: number;
}

/** "Show Speaker's Quotes": the chosen speaker's name and quotes across the workspace. */
export function speakerQuotePicks(facts: WorkspaceFacts, speakerId: string): { name: string; picks: QuotePick[] } | undefined {
  const speaker = facts.workspaceSpeaker(speakerId);
  if (!speaker) return undefined;
  const picks = Object.entries(speaker.articles).flatMap(([file, inArticle]) =>
    (facts.article(file)?.analysis.quotes ?? [])
      .filter((quote) => quote.speakerId !== null && inArticle.speakerIds.includes(quote.speakerId))
      .map((quote) => ({
        label: `$(${quote.type === 'direct' ? 'quote' : 'comment'}) ${excerpt(quote.text, 100)}`,
        description: shortLabel(facts.labelOf(file)),
        detail: [quote.cue?.text, inArticle.roles[0]].filter(Boolean).join(' · ') || undefined,
        file,
        start: quote.start,
        end: quote.end,
      })),
  );
  return { name: speaker.name, picks };
}

/** The workspace speaker named at `offset` of article `key`, so the context-menu command needs no first pick. */
export function speakerIdAt(facts: WorkspaceFacts, key: string, offset: number): string | undefined {
  const article = facts.article(key);
  const target = article && targetAt(article.analysis, offset);
  return target?.kind === 'speaker' ? facts.workspaceSpeakerFor(key, target.speaker.id)?.id : undefined;
}

/** Every quoted speaker, most quoted first. */
export function speakerPicks(facts: WorkspaceFacts): SpeakerPick[] {
  const quoteCount = (speaker: WorkspaceSpeaker) => Object.values(speaker.articles).reduce((sum, inArticle) => sum + inArticle.quoteCount, 0);
  return facts.comparison.speakers
    .filter((speaker) => quoteCount(speaker) > 0)
    .sort((a, b) => quoteCount(b) - quoteCount(a) || a.name.localeCompare(b.name))
    .map((speaker) => ({
      label: speaker.name,
      description: `${plural(quoteCount(speaker), 'quote')} · ${plural(Object.keys(speaker.articles).length, 'article')}`,
      detail: [...new Set(Object.values(speaker.articles).flatMap((inArticle) => inArticle.roles))].join('; ') || undefined,
      speakerId: speaker.id,
    }));
}
