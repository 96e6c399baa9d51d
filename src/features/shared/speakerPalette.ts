export type ThemeKind = 'dark' | 'light' | 'highContrast' | 'highContrastLight';

/**
 * The default `sourceLens.speakerN.foreground` of each slot per theme kind, as contributed in package.json (a unit
 * test keeps the two equal). Webviews see no extension-contributed colours, so the Compare view takes them from here.
 */
export const SPEAKER_FOREGROUNDS: ReadonlyArray<Record<ThemeKind, string>> = [
  { dark: '#4FC1FF', light: '#0B62A8', highContrast: '#6FD3FF', highContrastLight: '#0B62A8' },
  { dark: '#F28B54', light: '#B4500E', highContrast: '#FFA36E', highContrastLight: '#B4500E' },
  { dark: '#7FD67F', light: '#2A7A2A', highContrast: '#8CFF8C', highContrastLight: '#2A7A2A' },
  { dark: '#D98BDB', light: '#9B2FA0', highContrast: '#F5A3F7', highContrastLight: '#9B2FA0' },
  { dark: '#E6C84F', light: '#7F6400', highContrast: '#FFE066', highContrastLight: '#7F6400' },
  { dark: '#4FD6C8', light: '#0E7C72', highContrast: '#5CFFEE', highContrastLight: '#0E7C72' },
  { dark: '#FF7A8A', light: '#C0283E', highContrast: '#FF94A1', highContrastLight: '#C0283E' },
  { dark: '#A99BFF', light: '#5B48C9', highContrast: '#C2B8FF', highContrastLight: '#5B48C9' },
];

/** The number of `sourceLens.speakerN.*` colours contributed in package.json. */
export const PALETTE_SIZE = SPEAKER_FOREGROUNDS.length;

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

/**
 * A slot's speaker colour as a CSS colour for the theme kind, honouring the user's
 * `workbench.colorCustomizations` when it holds a plain hex colour for it.
 */
export function speakerCssColor(slot: number, kind: ThemeKind, customizations: Record<string, unknown> = {}): string {
  const custom = customizations[speakerColorId(slot, 'foreground')];
  if (typeof custom === 'string' && /^#[0-9a-fA-F]{3,8}$/.test(custom)) return custom;
  return SPEAKER_FOREGROUNDS[slot % PALETTE_SIZE]![kind];
}
