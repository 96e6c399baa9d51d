/**
 * A short hash of a text with its length: enough to tell two texts of one document apart without keeping either.
 * FNV-1a over UTF-16 units; a 50 KB article takes well under a millisecond.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}
