import { AFFILIATION_TERMS } from './lexicon';

/**
 * The side a phrase places its speaker on, from the first demonym, country, capital or seat of government in it
 * ("Kremlin spokesman" → Russia, "deputy head of Ukrainian President …’s office" → Ukraine). Undefined when the
 * phrase names none, or names two sides ("Russian and Ukrainian officials").
 */
export function affiliationOf(phrase: string): string | undefined {
  const sides = sidesOf(phrase);
  return sides.length === 1 ? sides[0] : undefined;
}

/** Every side a phrase names, in order of first appearance. */
export function sidesOf(phrase: string): string[] {
  const words = phrase
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, (dots) => (dots.length > 0 && /^u\.s|^u\.k|^e\.u|^u\.n/.test(w) ? '.' : '')))
    .filter((w) => w.length > 0);
  const sides: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    const side = (pair && AFFILIATION_TERMS.get(pair)) || AFFILIATION_TERMS.get(words[i]) || AFFILIATION_TERMS.get(words[i].replace(/\.$/, ''));
    if (side && !sides.includes(side)) sides.push(side);
    if (pair && AFFILIATION_TERMS.has(pair)) i++;
  }
  return sides;
}
