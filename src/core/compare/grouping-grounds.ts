/**
 * Groups each speaker's reports and remembers what the grouping stood on: the speaker's name and units, their
 * rarity generations, and the pair answers it consulted. A later re-grouping of the speaker is skipped while
 * those grounds hold.
 */
import { groupUnits, pairAnswer, type UnitGroup } from './grouping';
import type { Identity } from './identity';
import { sameAnswer, type Consult, type PairMemo } from './pairs';
import type { Weigh } from './similarity';
import type { Unit } from './units';

interface Grounds {
  units: string;
  generations: number[];
  ledger: Consult[];
}

export class GroupingGrounds {
  private readonly grounds = new Map<string, Grounds>();

  constructor(private readonly pairs: PairMemo) {}

  group(id: string, identity: Identity, units: Unit[], weigh: Weigh): UnitGroup[] {
    this.pairs.openLedger();
    const groups = groupUnits(units, weigh, this.pairs);
    this.grounds.set(id, { units: unitsKey(identity, units), generations: units.map((unit) => this.pairs.generation(unit)), ledger: this.pairs.closeLedger() });
    return groups;
  }

  forget(id: string): void {
    this.grounds.delete(id);
  }

  /**
   * Whether a speaker's groups stand as they are: a bucket re-clustered for another speaker's sake leaves its
   * reports as they were, and a word of theirs that changed rarity class may change none of the answers its
   * grouping consulted (see `PairMemo`), the only way rarity enters a grouping.
   */
  stand(id: string, identity: Identity, units: Unit[], weigh: Weigh): boolean {
    const grounds = this.grounds.get(id);
    if (!grounds || grounds.units !== unitsKey(identity, units)) return false;
    const generations = units.map((unit) => this.pairs.generation(unit));
    const reweighed = new Set(units.filter((_, i) => generations[i] !== grounds.generations[i]));
    for (const { first, second, mode, answer } of grounds.ledger) {
      if (!reweighed.has(first) && !reweighed.has(second)) continue;
      const fresh = this.pairs.answer(first, second, mode, () => pairAnswer(first, second, mode, weigh));
      if (!sameAnswer(fresh, answer)) return false;
    }
    grounds.generations = generations;
    return true;
  }
}

function unitsKey(identity: Identity, units: Unit[]): string {
  return `${identity.name}\u0001${units.map((unit) => unit.serial).join(',')}`;
}
