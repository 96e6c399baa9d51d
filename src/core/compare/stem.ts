/**
 * A light English suffix stripper. Paraphrases reuse a word in another inflection or derivation
 * ("confident"/"confidence", "separated"/"separate", "negotiations"/"negotiating"), and a full
 * part-of-speech pass through compromise is too slow for tens of thousands of quotes, so the
 * comparison strips the common suffixes itself. Over-stemming only makes two words look alike,
 * which the rarity weighting and the speaker constraint keep in check.
 */

/** Longest first, so "ations" is tried before "ion" and "s". */
const SUFFIXES = [
  'fulness', 'ousness', 'iveness', 'ational', 'ization', 'isation',
  'ations', 'ingly', 'ments', 'ities', 'ances', 'ences', 'ators', 'ating',
  'ation', 'ement', 'ness', 'ment', 'ence', 'ance', 'ible', 'able', 'ions', 'ings', 'ator', 'ated', 'ates',
  'ity', 'ing', 'ion', 'ive', 'ous', 'ant', 'ent', 'ers', 'ors', 'ate', 'ed', 'ly', 'al', 'er', 'or', 'es', 's',
];
const MIN_STEM = 3;

export function stem(word: string): string {
  let w = word;
  for (let pass = 0; pass < 2; pass++) {
    const before = w;
    w = stripOnce(w);
    if (w === before) break;
  }
  return w;
}

function stripOnce(word: string): string {
  // "denies" and "denied" are "deny", as "carries" and "carried" are "carry".
  if ((word.endsWith('ies') || word.endsWith('ied')) && word.length - 3 >= MIN_STEM) return word.slice(0, -3) + 'y';
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    if (suffix === 's' && /(ss|us|is)$/.test(word)) continue;
    const base = word.slice(0, -suffix.length);
    if (base.length < MIN_STEM) continue;
    return tidy(base);
  }
  return tidy(word);
}

/** "separate" and "separat(ed)" meet at "separat"; "stopp(ed)" and "stop" at "stop". */
function tidy(base: string): string {
  let w = base.endsWith('e') && base.length > MIN_STEM ? base.slice(0, -1) : base;
  if (/([bdgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
