/**
 * Which articles leave a statement out: those that quote its speaker, and those that cover the same event,
 * told by sharing most of the statement's rarest words somewhere in their text.
 */
import type { StatementGroup } from '../types';

export interface EventIndex {
  articleCount: number;
  /** Articles whose text contains the stem. */
  articlesWith(stem: string): ReadonlySet<string> | undefined;
}

/** How many of the statement's rarest words make its signature. */
export const SIGNATURE_SIZE = 5;
/** Share of the signature an article must contain to cover the same event. */
const EVENT_SHARE = 0.6;

/**
 * Words in more than this share of the articles (and more than a handful) are the workspace's common ground,
 * its topic, not one event's; and however large the workspace, one event is not covered by hundreds of articles.
 */
const EVENT_SHARE_OF_WORKSPACE = 0.2;
const EVENT_MIN_ARTICLES = 3;
const EVENT_MAX_ARTICLES = 50;

export interface SignatureWord {
  stem: string;
  /** Number of articles whose text holds it. */
  frequency: number;
}

/** Whether a word, held by `frequency` articles, is rare enough for a signature. */
export function qualifies(frequency: number, events: EventIndex): boolean {
  const share = Math.ceil(events.articleCount * EVENT_SHARE_OF_WORKSPACE);
  const common = Math.max(EVENT_MIN_ARTICLES, Math.min(EVENT_MAX_ARTICLES, share));
  return frequency > 0 && frequency <= common;
}

/** Signature order: rarest first, then alphabetical. */
export function signatureOrder(a: SignatureWord, b: SignatureWord): number {
  return a.frequency - b.frequency || (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0);
}

/** The statement's rarest words across the workspace's texts, leaving out the workspace's common words. */
export function eventSignature(stems: Iterable<string>, events: EventIndex): SignatureWord[] {
  return [...stems]
    .map((stem) => ({ stem, frequency: events.articlesWith(stem)?.size ?? 0 }))
    .filter(({ frequency }) => qualifies(frequency, events))
    .sort(signatureOrder)
    .slice(0, SIGNATURE_SIZE);
}

/**
 * The articles whose quoting a speaker makes them omit the speaker's statements they leave out. A speaker quoted
 * by more articles than one event's coverage is quoted on many occasions: an article quoting them on another is
 * not leaving this statement out, and only sharing the statement's event counts.
 */
export function quotingOmitters(quotingFiles: string[]): string[] {
  return quotingFiles.length <= EVENT_MAX_ARTICLES ? quotingFiles : [];
}

/** Fewer than two signature words is no event: one word does not make one. */
export function omittedBy(statement: StatementGroup, signature: SignatureWord[], quotingFiles: string[], events: EventIndex): string[] {
  const reporting = new Set(statement.reports.map((r) => r.file));
  const omitting = new Set(quotingFiles.filter((file) => !reporting.has(file)));
  if (signature.length >= 2) {
    const needed = Math.max(2, Math.ceil(signature.length * EVENT_SHARE));
    const hits = new Map<string, number>();
    for (const { stem } of signature) {
      for (const file of events.articlesWith(stem) ?? []) hits.set(file, (hits.get(file) ?? 0) + 1);
    }
    for (const [file, count] of hits) if (count >= needed && !reporting.has(file)) omitting.add(file);
  }
  return [...omitting].sort();
}
