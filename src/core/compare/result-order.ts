/** The order of the comparison's lists, kept sorted as items come and go instead of re-sorted per result. */
import type { Identity } from './identity';
import type { GroupedStatement } from './grouped-statement';

export class IncrementalOrder<T> {
  private items: T[] = [];
  private readonly added: T[] = [];
  private readonly dropped = new Set<T>();

  constructor(private readonly order: (a: T, b: T) => number) {}

  add(item: T): void {
    this.added.push(item);
  }

  drop(item: T): void {
    this.dropped.add(item);
  }

  /** The items in order, with those added and dropped since the last call merged in or left out. */
  current(): T[] {
    if (this.dropped.size > 0) this.items = this.items.filter((item) => !this.dropped.has(item));
    const added = this.added.filter((item) => !this.dropped.has(item));
    this.items = mergeSorted(this.items, added.sort(this.order), this.order);
    this.dropped.clear();
    this.added.length = 0;
    return this.items;
  }
}

export function bySpeakerName(a: Identity, b: Identity): number {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** Statements reported by most articles first, then by most reports, then by speaker and id. */
export function byCoverage(a: GroupedStatement, b: GroupedStatement): number {
  return (
    b.files - a.files ||
    b.statement.reports.length - a.statement.reports.length ||
    compareStrings(a.statement.speakerName, b.statement.speakerName) ||
    compareStrings(a.statement.id, b.statement.id)
  );
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Two lists sorted by `order` as one sorted list; the first is returned as is when the second is empty. */
function mergeSorted<T>(sorted: T[], more: T[], order: (a: T, b: T) => number): T[] {
  if (more.length === 0) return sorted;
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < sorted.length || j < more.length) {
    if (j >= more.length || (i < sorted.length && order(sorted[i], more[j]) <= 0)) merged.push(sorted[i++]);
    else merged.push(more[j++]);
  }
  return merged;
}
