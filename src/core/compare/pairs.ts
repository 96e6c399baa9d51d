/**
 * Answers about pairs of wordings remembered across groupings. A workspace edit re-groups every speaker the
 * changed article quotes, and a speaker quoted in every article holds thousands of pairs the edit did not touch:
 * their answers are read back instead of recomputed. A paraphrase score depends on the rarity of the pair's words,
 * so a unit whose word changed rarity class is forgotten (`forget`), and its pairs are answered again.
 *
 * A grouping reads words' rarity only through these answers, so the answers it consulted (its ledger) tell
 * whether a change of rarity changes the grouping at all.
 */
import type { Match } from './similarity';
import type { Unit } from './units';

/**
 * What was asked of a pair: copied wording only (two direct quotations), a match with paraphrase (printed beside
 * each other or apart), or the paraphrase evidence a chained report needs against its statement's sink.
 */
export type PairMode = 'copy' | 'apart' | 'beside' | 'chain';
export type PairAnswer = Match | null | number;

export interface Consult {
  first: Unit;
  second: Unit;
  mode: PairMode;
  answer: PairAnswer;
}

/** One object per pair, its answers beside the generations they hold for: a workspace remembers millions of pairs. */
interface Remembered extends Partial<Record<PairMode, PairAnswer>> {
  firstGeneration: number;
  secondGeneration: number;
}

export class PairMemo {
  private readonly generations = new WeakMap<Unit, number>();
  /** Weak on both sides: a unit's pairs go with its article. */
  private readonly pairs = new WeakMap<Unit, WeakMap<Unit, Remembered>>();
  private ledger?: Consult[];

  forget(unit: Unit): void {
    this.generations.set(unit, this.generation(unit) + 1);
  }

  /** Changes whenever the unit is forgotten. */
  generation(unit: Unit): number {
    return this.generations.get(unit) ?? 0;
  }

  answer<T extends PairAnswer>(first: Unit, second: Unit, mode: PairMode, compute: () => T): T {
    let known = this.pairs.get(first);
    if (!known) this.pairs.set(first, (known = new WeakMap()));
    const firstGeneration = this.generation(first);
    const secondGeneration = this.generation(second);
    let remembered = known.get(second);
    if (!remembered || remembered.firstGeneration !== firstGeneration || remembered.secondGeneration !== secondGeneration) {
      known.set(second, (remembered = { firstGeneration, secondGeneration }));
    }
    let answer = remembered[mode] as T | undefined;
    if (answer === undefined) remembered[mode] = answer = compute();
    // Copied wording does not depend on rarity: a ledger keeps only what a change of rarity can change.
    if (mode !== 'copy') this.ledger?.push({ first, second, mode, answer });
    return answer;
  }

  /** Records the answers that depend on rarity, given until `closeLedger`. */
  openLedger(): void {
    this.ledger = [];
  }

  closeLedger(): Consult[] {
    const ledger = this.ledger ?? [];
    this.ledger = undefined;
    return ledger;
  }
}

export function sameAnswer(a: PairAnswer, b: PairAnswer): boolean {
  if (a === null || b === null || typeof a === 'number' || typeof b === 'number') return a === b;
  return a.relation === b.relation && a.score === b.score;
}
