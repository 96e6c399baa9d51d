/**
 * Source balance: how many quotations and quoted words each kind of source gets, per article and over the
 * workspace, and within each kind by the side or body the role names ("Russia", "ministry").
 */
import type { ArticleAnalysis } from '../types';
import { affiliationOfSpeaker } from './affiliation';
import { SOURCE_KINDS, sourceKindOf, type SourceKind } from './sourceKind';

export interface Tally {
  quotes: number;
  words: number;
}

export interface KindTally extends Tally {
  kind: SourceKind;
  /** Speakers of this kind who are quoted (per article; summed over articles in a workspace balance). */
  speakers: number;
  /** By affiliation, largest first; speakers whose role names no side are under `undefined`. */
  byAffiliation: Array<Tally & { affiliation: string | undefined }>;
}

export interface SourceBalance extends Tally {
  /** Every kind, in the order of `SOURCE_KINDS`, kinds with no quotation included (a balance shows what is missing). */
  kinds: KindTally[];
  /** Quotations nobody is said to have said. */
  unattributed: Tally;
}

/** A quotation split by its attribution ("…," he said, "…") counts once; its words are those of every part. */
export function articleSourceBalance(analysis: ArticleAnalysis): SourceBalance {
  const speakers = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker]));
  const cells = new Map<string, Tally & { kind: SourceKind; affiliation: string | undefined; speakerIds: Set<string> }>();
  const unattributed: Tally = { quotes: 0, words: 0 };
  for (const quote of analysis.quotes) {
    const counted = quote.partOf === undefined || quote.partOf === quote.id ? 1 : 0;
    const words = wordCount(quote.text);
    const speaker = quote.speakerId === null ? undefined : speakers.get(quote.speakerId);
    if (!speaker) {
      unattributed.quotes += counted;
      unattributed.words += words;
      continue;
    }
    const kind = sourceKindOf(speaker);
    const affiliation = affiliationOfSpeaker(speaker);
    const key = `${kind}\u0000${affiliation ?? ''}`;
    const cell = cells.get(key) ?? { kind, affiliation, quotes: 0, words: 0, speakerIds: new Set<string>() };
    cell.quotes += counted;
    cell.words += words;
    cell.speakerIds.add(speaker.id);
    cells.set(key, cell);
  }
  const kinds = SOURCE_KINDS.map((kind): KindTally => {
    const mine = [...cells.values()].filter((cell) => cell.kind === kind);
    return {
      kind,
      ...sum(mine),
      speakers: mine.reduce((total, cell) => total + cell.speakerIds.size, 0),
      byAffiliation: mergeAffiliations(mine),
    };
  });
  return { ...sum([...kinds, unattributed]), kinds, unattributed };
}

/** The articles' balances added up. */
export function workspaceSourceBalance(balances: readonly SourceBalance[]): SourceBalance {
  const kinds = SOURCE_KINDS.map((kind): KindTally => {
    const tallies = balances.map((balance) => balance.kinds.find((tally) => tally.kind === kind)!);
    return {
      kind,
      ...sum(tallies),
      speakers: tallies.reduce((total, tally) => total + tally.speakers, 0),
      byAffiliation: mergeAffiliations(tallies.flatMap((tally) => tally.byAffiliation)),
    };
  });
  const unattributed = sum(balances.map((balance) => balance.unattributed));
  return { ...sum([...kinds, unattributed]), kinds, unattributed };
}

type AffiliationTally = Tally & { affiliation: string | undefined };

/**
 * One row per body however articles capitalise it ("the Ministry" in one, "the ministry" in another), named as
 * the articles most often write it.
 */
function mergeAffiliations(rows: readonly AffiliationTally[]): AffiliationTally[] {
  const merged = new Map<string, AffiliationTally & { spellings: Map<string | undefined, number> }>();
  for (const row of rows) {
    const key = affiliationKey(row.affiliation);
    const total = merged.get(key) ?? { affiliation: row.affiliation, quotes: 0, words: 0, spellings: new Map<string | undefined, number>() };
    total.quotes += row.quotes;
    total.words += row.words;
    total.spellings.set(row.affiliation, (total.spellings.get(row.affiliation) ?? 0) + row.quotes);
    merged.set(key, total);
  }
  return [...merged.values()]
    .map(({ quotes, words, spellings }) => ({ affiliation: mostUsed(spellings), quotes, words }))
    .sort(largestFirst);
}

function affiliationKey(affiliation: string | undefined): string {
  return affiliation === undefined ? '' : `=${affiliation.toLocaleLowerCase('en')}`;
}

function mostUsed(spellings: ReadonlyMap<string | undefined, number>): string | undefined {
  let best: [string | undefined, number] | undefined;
  for (const entry of spellings) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu)?.length ?? 0;
}

function sum(tallies: readonly Tally[]): Tally {
  return tallies.reduce((total, tally) => ({ quotes: total.quotes + tally.quotes, words: total.words + tally.words }), { quotes: 0, words: 0 });
}

function largestFirst(a: AffiliationTally, b: AffiliationTally): number {
  return b.words - a.words || b.quotes - a.quotes || (a.affiliation ?? '\uffff').localeCompare(b.affiliation ?? '\uffff');
}
