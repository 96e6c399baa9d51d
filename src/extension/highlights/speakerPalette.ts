/** The number of `sourceLens.speakerN.*` colours contributed in package.json. */
export const PALETTE_SIZE = 8;

/** FNV-1a: a speaker's first-choice colour depends on its id alone, so it survives reloads and other articles. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Gives every speaker a palette slot: the slot of its id's hash unless a speaker it shares an article with
 * already holds it, then the next free one. Speakers are placed most-quoted first and by id, so the result
 * depends only on the workspace's contents, and one speaker has one colour in every article and the sidebar.
 */
export function assignPaletteSlots(articles: ReadonlyArray<ReadonlyArray<string>>, weight: (id: string) => number): Map<string, number> {
  const neighbours = new Map<string, Set<string>>();
  for (const speakers of articles) {
    for (const id of speakers) {
      const set = neighbours.get(id) ?? new Set<string>();
      for (const other of speakers) if (other !== id) set.add(other);
      neighbours.set(id, set);
    }
  }
  const order = [...neighbours.keys()].sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : a > b ? 1 : 0));
  const slots = new Map<string, number>();
  for (const id of order) {
    const taken = new Set<number>();
    for (const other of neighbours.get(id)!) {
      const slot = slots.get(other);
      if (slot !== undefined) taken.add(slot);
    }
    const first = stableHash(id) % PALETTE_SIZE;
    let slot = first;
    for (let step = 0; step < PALETTE_SIZE; step++) {
      const candidate = (first + step) % PALETTE_SIZE;
      if (!taken.has(candidate)) {
        slot = candidate;
        break;
      }
    }
    slots.set(id, slot);
  }
  return slots;
}

/** The contributed theme colour id of a slot's speaker colour. */
export function speakerColorId(slot: number, part: 'foreground' | 'quoteBackground' | 'quoteBorder'): string {
  return `sourceLens.speaker${slot + 1}.${part}`;
}
