/**
 * What analyses of one caller share: paragraph findings and line scans kept by content, so re-analyzing an edited
 * article re-reads only the paragraphs and lines the edit touched. A caller that re-analyzes documents (the worker's
 * engine, an editor) keeps one session; a one-off analysis gets a fresh one and keeps nothing.
 */
import { SpeechCache } from './quotes';
import { LineScanCache } from './speakers';

export class AnalysisSession {
  readonly speech = new SpeechCache();
  readonly lineScans = new LineScanCache();
}
