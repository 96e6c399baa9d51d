/**
 * Ratios that count the people a noun names: "six in 10 voters", "one in five", "three out of four adults". A source
 * phrase that opens with one speaks for the noun after it, not for the number.
 */

const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half']);

function isCount(lower: string | undefined): boolean {
  return lower !== undefined && (COUNT_WORDS.has(lower) || /^\d[\d,.]*$/.test(lower));
}

/**
 * How many words the ratio opening at word `k` takes ("six in 10": 3, "three out of four": 4), else 0.
 * `lowerAt` gives a word's lower case, undefined past the words that may be read.
 */
export function ratioLength(lowerAt: (index: number) => string | undefined, k: number): number {
  if (!isCount(lowerAt(k))) return 0;
  if (lowerAt(k + 1) === 'in' && isCount(lowerAt(k + 2))) return 3;
  if (lowerAt(k + 1) === 'out' && lowerAt(k + 2) === 'of' && isCount(lowerAt(k + 3))) return 4;
  return 0;
}
