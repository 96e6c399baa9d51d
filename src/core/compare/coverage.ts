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
const SIGNATURE_SIZE = 5;
/** Share of the signature an article must contain to cover the same event. */
const EVENT_SHARE = 0.6;

/** Words in more than this share of the articles are the workspace's common ground, not one event's. */
const COMMON_SHARE = 0.8;

/**
 * The statement's rarest words across the workspace's texts, leaving out the workspace's common words.
 * Fewer than two such words is no signature: one word does not make an event.
 */
export function eventSignature(stems: Iterable<string>, events: EventIndex): string[] {
  const common = events.articleCount <= 2 ? events.articleCount : Math.floor(events.articleCount * COMMON_SHARE);
  const rare = [...stems]
    .map((stem) => ({ stem, frequency: events.articlesWith(stem)?.size ?? 0 }))
    .filter(({ frequency }) => frequency > 0 && frequency <= common)
    .sort((a, b) => a.frequency - b.frequency || (a.stem < b.stem ? -1 : 1))
    .slice(0, SIGNATURE_SIZE)
    .map(({ stem }) => stem);
  return rare.length >= 2 ? rare : [];
}

export function omittedBy(statement: StatementGroup, signature: string[], quotingFiles: string[], events: EventIndex): string[] {
  const reporting = new Set(statement.reports.map((r) => r.file));
  const omitting = new Set(quotingFiles.filter((file) => !reporting.has(file)));
  if (signature.length > 0) {
    const needed = Math.max(2, Math.ceil(signature.length * EVENT_SHARE));
    const hits = new Map<string, number>();
    for (const stem of signature) {
      for (const file of events.articlesWith(stem) ?? []) hits.set(file, (hits.get(file) ?? 0) + 1);
    }
    for (const [file, count] of hits) if (count >= needed && !reporting.has(file)) omitting.add(file);
  }
  return [...omitting].sort();
}
