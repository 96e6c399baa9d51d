/**
 * Matches of pairs of wordings remembered across groupings. A workspace edit re-groups every speaker the changed
 * article quotes, and a speaker quoted in every article holds thousands of pairs the edit did not touch: their
 * matches are read back instead of recomputed. A paraphrase score depends on the rarity of the pair's words, so
 * a unit whose word changed rarity class is forgotten (`forget`), and its pairs are scored again.
 */
import type { Match } from './similarity';
import type { Unit } from './units';

/** How a pair was compared: copied wording only (two direct quotations), or with paraphrase, beside each other or not. */
export type PairMode = 'copy' | 'apart' | 'beside';

interface Remembered {
  firstGeneration: number;
  secondGeneration: number;
  matches: Partial<Record<PairMode, Match | null>>;
}

export class PairMemo {
  private readonly generations = new WeakMap<Unit, number>();
  /** Weak on both sides: a unit's pairs go with its article. */
  private readonly pairs = new WeakMap<Unit, WeakMap<Unit, Remembered>>();

  forget(unit: Unit): void {
    this.generations.set(unit, this.generation(unit) + 1);
  }

  match(first: Unit, second: Unit, mode: PairMode, compute: () => Match | null): Match | null {
    let known = this.pairs.get(first);
    if (!known) this.pairs.set(first, (known = new WeakMap()));
    const firstGeneration = this.generation(first);
    const secondGeneration = this.generation(second);
    let remembered = known.get(second);
    if (!remembered || remembered.firstGeneration !== firstGeneration || remembered.secondGeneration !== secondGeneration) {
      known.set(second, (remembered = { firstGeneration, secondGeneration, matches: {} }));
    }
    const match = remembered.matches[mode];
    if (match !== undefined) return match;
    return (remembered.matches[mode] = compute());
  }

  /** Changes whenever the unit is forgotten. */
  generation(unit: Unit): number {
    return this.generations.get(unit) ?? 0;
  }
}
