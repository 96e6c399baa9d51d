/**
 * What analyses of one caller share: paragraph models, paragraph findings and speaker scans kept by paragraph
 * content, so re-analyzing an edited article re-reads only the paragraphs the edit touched. A caller that
 * re-analyzes documents (the worker's engine, an editor) keeps one session; a one-off analysis gets a fresh one and
 * keeps nothing.
 */
import { ArticleReader } from './article/reader';
import { SPEECH_GRAMMAR, SpeechCache } from './quotes';
import { ParagraphScanCache } from './speakers';

export class AnalysisSession {
  readonly article = new ArticleReader(SPEECH_GRAMMAR);
  readonly speech = new SpeechCache();
  readonly speakerScans = new ParagraphScanCache();
}
