/** One article as the workspace comparison holds it: its reports, its speakers' entries and its words. */
import type { ArticleRecord } from '../types';
import { bucketsOf, type SpeakerEntry } from './identity';
import type { PlacedParagraph } from '../article/model';
import { ArticleWords } from './model-words';
import { contentStemsOf } from './report-words';
import { unitsOf, type Unit } from './units';

export interface ArticleState {
  record: ArticleRecord;
  units: Unit[];
  /** The units by the article speaker id of their quotation. */
  unitsBySpeaker: Map<string, Unit[]>;
  entries: SpeakerEntry[];
  /** Content stems of the whole text, to tell which articles cover the same event. */
  textStems: Set<string>;
  /** Quotes by side, and the side of each of the article's speakers it was counted with. */
  balance?: { sides: string[]; counts: Record<string, number> };
}

/**
 * `paragraphs`, the models of `record.text` when the caller has them (an analysis session's), are read here and not
 * kept; without them the text is read into models here.
 */
export function prepareArticle(record: ArticleRecord, paragraphs?: readonly PlacedParagraph[]): ArticleState {
  const words = new ArticleWords(record.text, paragraphs);
  const { file, analysis } = record;
  const quoteCounts = new Map<string, number>();
  for (const quote of analysis.quotes) {
    if (quote.speakerId) quoteCounts.set(quote.speakerId, (quoteCounts.get(quote.speakerId) ?? 0) + 1);
  }
  const known = new Set(analysis.speakers.map((s) => s.id));
  const buckets = bucketsOf(file, analysis.speakers);
  const units = unitsOf(file, analysis.quotes.filter((q) => q.speakerId && known.has(q.speakerId)), words);
  const unitsBySpeaker = new Map<string, Unit[]>();
  for (const unit of units) {
    const speakerId = unit.parts[0].speakerId!;
    const list = unitsBySpeaker.get(speakerId);
    if (list) list.push(unit);
    else unitsBySpeaker.set(speakerId, [unit]);
  }
  return {
    record,
    units,
    unitsBySpeaker,
    entries: analysis.speakers.map((speaker, i) => ({ file, speaker, quoteCount: quoteCounts.get(speaker.id) ?? 0, bucket: buckets[i] })),
    textStems: contentStemsOf(words.words()),
  };
}

/** Words in one version of a text and not the other (all of them when there is only one version). */
export function changedStems(before: Set<string> | undefined, after: Set<string> | undefined): Set<string> {
  const changed = new Set<string>();
  for (const stem of before ?? []) if (!after?.has(stem)) changed.add(stem);
  for (const stem of after ?? []) if (!before?.has(stem)) changed.add(stem);
  return changed;
}
