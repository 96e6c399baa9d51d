/**
 * Sets of words, word n-grams and letter trigrams kept as sorted arrays of 32-bit hashes. A workspace keeps a
 * profile of every quotation it compares, and a `Set<string>` of joined n-grams costs about ten times the memory
 * of these arrays. Two different items share a hash with probability 2^-32 per pair of items, far below anything
 * a feature can show.
 */

export type HashedSet = Uint32Array;

const EMPTY: HashedSet = new Uint32Array(0);

/** FNV-1a over UTF-16 code units, finished with murmur3's mix so that close strings spread apart. */
export function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return finish(hash);
}

/** The hash of a sequence of items from their hashes, order-sensitive. */
export function combine(first: number, next: number): number {
  return finish(Math.imul(first, 0x9e3779b1) ^ next);
}

function finish(value: number): number {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function hashedSet(hashes: number[]): HashedSet {
  if (hashes.length === 0) return EMPTY;
  const sorted = Uint32Array.from(hashes).sort();
  let size = 1;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[size - 1]) sorted[size++] = sorted[i];
  return size === sorted.length ? sorted : sorted.slice(0, size);
}

/** How many items both sets hold. */
export function sharedCount(a: HashedSet, b: HashedSet): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}
