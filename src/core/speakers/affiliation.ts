import { AFFILIATION_TERMS } from './lexicon';

/**
 * The side a phrase places its speaker on, from the first demonym, country, capital or seat of government in it
 * ("Kremlin spokesman" → Russia, "deputy head of Ukrainian President …’s office" → Ukraine). Undefined when the
 * phrase names none, or names two sides ("Russian and Ukrainian officials").
 */
export function affiliationOf(phrase: string): string | undefined {
  if (affiliations.has(phrase)) return affiliations.get(phrase);
  const sides = sidesOf(phrase);
  const affiliation = sides.length === 1 ? sides[0] : undefined;
  if (affiliations.size >= CACHE_LIMIT) affiliations.clear();
  affiliations.set(phrase, affiliation);
  return affiliation;
}

/** Every role of every speaker is read again on each re-analysis; the phrases themselves rarely change. */
const CACHE_LIMIT = 8192;
const affiliations = new Map<string, string | undefined>();

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
