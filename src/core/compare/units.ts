/**
 * A unit is what the comparison matches: one quotation, or all parts of a direct quotation that its attribution
 * splits ("A," he said, "B."), since the parts are one utterance.
 */
import type { Quote } from '../types';
import type { Wording } from './diff';
import type { ArticleWords } from './model-words';
import { reportWords, type ReportWord } from './report-words';

export interface Unit {
  /** `file#id` of the first part: unique in the workspace. */
  key: string;
  /** Unique per unit object: another version of the article gives its units other serials. */
  serial: number;
  file: string;
  parts: Quote[];
  /** Every word of every part, in order. */
  tokens: ReportWord[];
  /** Per token, the index of the part it comes from. */
  partOfToken: number[];
  /** Normalised wording, every word, for verbatim and variant checks. */
  words: string[];
  /** Distinct content stems, sorted, and per stem its salience and whether every occurrence is negated. */
  stems: string[];
  salience: number[];
  negatedStem: boolean[];
  /** Per stem, whether a negator governs one of its occurrences directly (see `ReportWord.negationHead`). */
  negationHeadStem: boolean[];
  /** Per stem, whether every occurrence is a name. */
  nameStem: boolean[];
}

/** The units of an article's quotes, their words read from the article's model (`article`). */
export function unitsOf(file: string, quotes: Quote[], article: ArticleWords): Unit[] {
  const partsByFirst = new Map<string, Quote[]>();
  for (const quote of quotes) {
    if (!quote.speakerId) continue;
    const first = quote.partOf ?? quote.id;
    const parts = partsByFirst.get(first);
    if (parts) parts.push(quote);
    else partsByFirst.set(first, [quote]);
  }
  return [...partsByFirst.values()].map((parts) => buildUnit(file, parts, article));
}

let nextSerial = 0;

function buildUnit(file: string, parts: Quote[], article: ArticleWords): Unit {
  const ordered = [...parts].sort((a, b) => a.start - b.start);
  const tokens: ReportWord[] = [];
  const partOfToken: number[] = [];
  ordered.forEach((part, index) => {
    for (const token of reportWords(part.text, part.start, article.partSpans(part.text, part.start))) {
      tokens.push(token);
      partOfToken.push(index);
    }
  });
  const byStem = new Map<string, { salience: number; negated: boolean; head: boolean; name: boolean }>();
  for (const token of tokens) {
    if (!token.stem) continue;
    const seen = byStem.get(token.stem);
    if (seen) {
      seen.salience = Math.max(seen.salience, token.salience);
      seen.negated &&= token.negated;
      seen.head ||= token.negationHead;
      seen.name &&= token.name;
    } else byStem.set(token.stem, { salience: token.salience, negated: token.negated, head: token.negationHead, name: token.name });
  }
  const stems = [...byStem.keys()].sort();
  return {
    key: `${file}#${ordered[0].id}`,
    serial: nextSerial++,
    file,
    parts: ordered,
    tokens,
    partOfToken,
    words: tokens.map((t) => t.norm),
    stems,
    salience: stems.map((s) => byStem.get(s)!.salience),
    negatedStem: stems.map((s) => byStem.get(s)!.negated),
    negationHeadStem: stems.map((s) => byStem.get(s)!.head),
    nameStem: stems.map((s) => byStem.get(s)!.name),
  };
}

/** The wording of one part of a unit: what a report shows and diffs. */
export function partWording(unit: Unit, part: Quote): Wording {
  const index = unit.parts.indexOf(part);
  const tokens = unit.parts.length === 1 ? unit.tokens : unit.tokens.filter((_, i) => unit.partOfToken[i] === index);
  return { text: part.text, start: part.start, tokens };
}
