import type { ArticleIndex, IndexedArticle } from '../workspace/articleIndex';
import { assignPaletteSlots } from './speakerPalette';

/**
 * One colour per speaker across the workspace: keyed by the workspace speaker once the comparison knows it,
 * by the article's own speaker id before that.
 */
export class SpeakerColors {
  private slots = new Map<string, number>();

  constructor(private readonly index: ArticleIndex) {}

  /** The identity a speaker of an article is coloured by. */
  colorKey(article: IndexedArticle, articleSpeakerId: string): string {
    return this.index.workspaceSpeakerFor(article, articleSpeakerId)?.id ?? articleSpeakerId;
  }

  slotOf(colorKey: string): number {
    return this.slots.get(colorKey) ?? 0;
  }

  slotFor(article: IndexedArticle, articleSpeakerId: string): number {
    return this.slotOf(this.colorKey(article, articleSpeakerId));
  }

  recompute(): void {
    const quoteCounts = new Map<string, number>();
    const articles = this.index.articles.map((article) => {
      for (const quote of article.analysis.quotes) {
        if (quote.speakerId === null) continue;
        const key = this.colorKey(article, quote.speakerId);
        quoteCounts.set(key, (quoteCounts.get(key) ?? 0) + 1);
      }
      return article.analysis.speakers.map((speaker) => this.colorKey(article, speaker.id));
    });
    this.slots = assignPaletteSlots(articles, (key) => quoteCounts.get(key) ?? 0);
  }
}
