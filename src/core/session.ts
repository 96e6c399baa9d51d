/**
 * What analyses of one caller share: paragraph models, paragraph findings and speaker scans kept by paragraph
 * content, so re-analyzing an edited article re-reads only the paragraphs the edit touched. A caller that
 * re-analyzes documents (the worker's engine, an editor) keeps one session; a one-off analysis gets a fresh one and
 * keeps nothing.
 */
import type { PlacedParagraph } from './article/model';
import { ArticleReader } from './article/reader';
import { SPEECH_GRAMMAR, SpeechCache } from './quotes';
import { ParagraphScanCache } from './speakers';

export class AnalysisSession {
  readonly article = new ArticleReader(SPEECH_GRAMMAR);
  readonly speech = new SpeechCache();
  readonly speakerScans = new ParagraphScanCache();
  /** The paragraphs the last analysis read, until `takeParagraphs` hands them on. */
  private lastRead?: { text: string; paragraphs: readonly PlacedParagraph[] };

  /** The paragraphs of `text` for an analysis to read (see `analyzeArticle`). */
  read(text: string): PlacedParagraph[] {
    const paragraphs = this.article.paragraphs(text);
    this.lastRead = { text, paragraphs };
    return paragraphs;
  }

  /**
   * The paragraphs, models and all, that the last analysis read when it read `text` (the text with its front matter
   * blanked, as the analysis reads it), for the comparison to read the same model; undefined otherwise. Handed on
   * once: the session does not keep them.
   */
  takeParagraphs(text: string): readonly PlacedParagraph[] | undefined {
    const last = this.lastRead;
    this.lastRead = undefined;
    return last?.text === text ? last.paragraphs : undefined;
  }
}
