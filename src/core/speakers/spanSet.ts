import type { Span } from '../types';

/** Offsets covered by a set of spans, answered by binary search (quotations can number in the thousands). */
export class SpanSet {
  private readonly spans: Span[];
  /** Largest end among spans[0..i], so nested or overlapping spans are still found. */
  private readonly reach: number[];

  constructor(spans: readonly Span[]) {
    this.spans = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    let reach = -1;
    this.reach = this.spans.map((s) => (reach = Math.max(reach, s.end)));
  }

  contains(offset: number): boolean {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.reach[lo - 1] > offset;
  }
}
