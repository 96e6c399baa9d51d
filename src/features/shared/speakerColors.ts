import type { ArticleFacts } from './workspaceFacts';
import { assignPaletteSlots } from './speakerPalette';

/** What the colours are assigned from: the articles and the workspace speaker each article's speaker belongs to. */
export interface ColorSource {
  articles(): ArticleFacts[];
  workspaceSpeakerIdFor(key: string, articleSpeakerId: string): string | undefined;
}

/**
 * One colour per speaker across the workspace: keyed by the workspace speaker once the comparison knows it,
 * by the article's own speaker id before that.
 */
export class SpeakerColors {
  private slots: Map<string, number> | undefined;

  constructor(private readonly source: ColorSource) {}

  /** The identity a speaker of an article is coloured by. */
  colorKey(key: string, articleSpeakerId: string): string {
    return this.source.workspaceSpeakerIdFor(key, articleSpeakerId) ?? articleSpeakerId;
  }

  slotOf(colorKey: string): number {
    this.slots ??= this.assign();
    return this.slots.get(colorKey) ?? 0;
  }

  /** Articles or their grouping changed: colours are re-assigned when next asked for, once per batch of changes. */
  invalidate(): void {
    this.slots = undefined;
  }

  slotFor(key: string, articleSpeakerId: string): number {
    return this.slotOf(this.colorKey(key, articleSpeakerId));
  }

  private assign(): Map<string, number> {
    const quoteCounts = new Map<string, number>();
    const articles = this.source.articles().map((article) => {
      for (const quote of article.analysis.quotes) {
        if (quote.speakerId === null) continue;
        const key = this.colorKey(article.key, quote.speakerId);
        quoteCounts.set(key, (quoteCounts.get(key) ?? 0) + 1);
      }
      return article.analysis.speakers.map((speaker) => this.colorKey(article.key, speaker.id));
    });
    return assignPaletteSlots(articles, (key) => quoteCounts.get(key) ?? 0);
  }
}
