import type { ArticleIndex, IndexedArticle } from '../workspace/articleIndex';
import { assignPaletteSlots } from './speakerPalette';

/**
 * One colour per speaker across the workspace: keyed by the workspace speaker once the comparison knows it,
 * by the article's own speaker id before that.
 */
export class SpeakerColors {
  private slots: Map<string, number> | undefined;

  constructor(private readonly index: ArticleIndex) {}

  /** The identity a speaker of an article is coloured by. */
  colorKey(article: IndexedArticle, articleSpeakerId: string): string {
    return this.index.workspaceSpeakerFor(article, articleSpeakerId)?.id ?? articleSpeakerId;
  }

  slotOf(colorKey: string): number {
    this.slots ??= this.assign();
    return this.slots.get(colorKey) ?? 0;
  }

  /** Articles or their grouping changed: colours are re-assigned when next asked for, once per batch of changes. */
  invalidate(): void {
    this.slots = undefined;
  }

  slotFor(article: IndexedArticle, articleSpeakerId: string): number {
    return this.slotOf(this.colorKey(article, articleSpeakerId));
  }

  private assign(): Map<string, number> {
    const quoteCounts = new Map<string, number>();
    const articles = this.index.articles.map((article) => {
      for (const quote of article.analysis.quotes) {
        if (quote.speakerId === null) continue;
        const key = this.colorKey(article, quote.speakerId);
        quoteCounts.set(key, (quoteCounts.get(key) ?? 0) + 1);
      }
      return article.analysis.speakers.map((speaker) => this.colorKey(article, speaker.id));
    });
    return assignPaletteSlots(articles, (key) => quoteCounts.get(key) ?? 0);
  }
}
