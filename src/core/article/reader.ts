/**
 * Reads articles into paragraph models for one session, keeping each paragraph's model by content, so a paragraph
 * is tokenized and split into sentences once however often it is asked for (by each analysis scope, by each edit
 * that leaves it as it was).
 */
import type { ParagraphGrammar, ParagraphModel, PlacedParagraph } from './model';
import { readParagraph } from './model';
import { paragraphSpans } from './paragraphs';

const CACHE_LIMIT = 4096;

export class ArticleReader {
  private readonly models = new Map<string, ParagraphModel>();
  /**
   * Paragraphs met once: a model is kept only for a paragraph met again (an article being edited, or analyzed in
   * both scopes), because tokens kept alive past a collection cost more than they save when every article is new.
   */
  private readonly metOnce = new Set<string>();

  constructor(private readonly grammar: ParagraphGrammar) {}

  paragraphs(text: string): PlacedParagraph[] {
    return paragraphSpans(text).map(({ start, end }) => {
      const paragraph = text.slice(start, end);
      let model: ParagraphModel | undefined;
      return { start, end, text: paragraph, model: () => (model ??= this.model(paragraph)) };
    });
  }

  model(paragraph: string): ParagraphModel {
    const kept = this.models.get(paragraph);
    if (kept) return kept;
    const model = readParagraph(paragraph, this.grammar);
    if (!this.metOnce.delete(paragraph)) {
      if (this.metOnce.size >= CACHE_LIMIT) this.metOnce.clear();
      this.metOnce.add(paragraph);
    } else {
      if (this.models.size >= CACHE_LIMIT) this.models.clear();
      this.models.set(paragraph, model);
    }
    return model;
  }
}
