/**
 * Which articles omit a statement (`omittedBy`), kept per statement with what it was computed from, and the
 * statements indexed by their words so that an edit refreshes only those whose coverage it may change.
 */
import { eventSignature, omittedBy, qualifies, SIGNATURE_SIZE, signatureOrder, type EventIndex } from './coverage';
import type { GroupedStatement } from './grouped-statement';

/** The articles that quote a speaker and may omit its statements, and a key naming them. */
export interface Quoting {
  omitters: string[];
  key: string;
}

export class StatementsByStem {
  private readonly index = new Map<string, Set<GroupedStatement>>();

  add(entry: GroupedStatement): void {
    for (const stem of entry.stems) {
      const set = this.index.get(stem);
      if (set) set.add(entry);
      else this.index.set(stem, new Set([entry]));
    }
  }

  remove(entry: GroupedStatement): void {
    for (const stem of entry.stems) {
      const set = this.index.get(stem);
      set?.delete(entry);
      if (set?.size === 0) this.index.delete(stem);
    }
  }

  /**
   * An edit changes which articles hold some words. A statement's coverage depends on its signature (its rarest
   * words), so it is recomputed only when a signature word changed, or a changed word may now be rare enough
   * to enter the signature. Clears the coverage of those statements and returns their speakers.
   */
  uncover(changed: Set<string>, events: EventIndex, textFrequency: (stem: string) => number): string[] {
    const speakers: string[] = [];
    for (const stem of changed) {
      const word = { stem, frequency: textFrequency(stem) };
      const rare = qualifies(word.frequency, events);
      for (const entry of this.index.get(stem) ?? []) {
        const signature = entry.signature;
        if (!entry.covered || !signature) continue;
        const inSignature = signature.some((w) => w.stem === stem);
        const entering = rare && (signature.length < SIGNATURE_SIZE || signatureOrder(word, signature[signature.length - 1]) < 0);
        if (inSignature || entering) {
          entry.covered = undefined;
          speakers.push(entry.statement.speakerId);
        }
      }
    }
    return speakers;
  }
}

/** Fills in the statement's `omittedBy` unless it was computed with the same workspace size and quoting articles. */
export function cover(entry: GroupedStatement, quoting: Quoting, events: EventIndex): void {
  const coveredWith = `${events.articleCount}\u0001${quoting.key}`;
  if (entry.covered && entry.coveredWith === coveredWith) return;
  const signature = eventSignature(entry.stems, events);
  entry.covered = { ...entry.statement, omittedBy: omittedBy(entry.statement, signature, quoting.omitters, events) };
  entry.coveredWith = coveredWith;
  entry.signature = signature;
}
