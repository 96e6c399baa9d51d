/**
 * compromise's own word lists (given names by gender, countries, cities, demonyms, organisations, honorifics),
 * read as a dictionary instead of tagging whole sentences: a lookup per candidate word is all speaker
 * recognition needs from it, and it costs nothing next to a full `nlp(text)` pass. Loaded lazily through
 * `../text/nlp`, like every other use of compromise, so the bundle holds one copy and activation loads none.
 */
import { lexiconTags as compromiseTags } from '../text/nlp';

export function lexiconTags(lowerWord: string): readonly string[] {
  const tags = compromiseTags(lowerWord);
  if (tags === undefined) return [];
  return typeof tags === 'string' ? [tags] : tags;
}

export function hasTag(lowerWord: string, ...wanted: string[]): boolean {
  const tags = lexiconTags(lowerWord);
  return tags.some((tag) => wanted.includes(tag));
}

export type NameGender = 'male' | 'female';

/**
 * Given names that compromise lists only as common words (an adjective, a noun): "Frank Lockridge" would otherwise
 * lose its given name, and at a sentence start the whole person.
 */
const GIVEN_NAMES_ALSO_COMMON = new Map<string, NameGender | undefined>([
  ['frank', 'male'], ['rich', 'male'], ['al', 'male'], ['sandy', undefined], ['bill', 'male'], ['cliff', 'male'], ['guy', 'male'],
  ['gene', 'male'], ['ray', 'male'], ['earl', 'male'], ['miles', 'male'], ['rod', 'male'], ['reed', 'male'],
  ['joy', 'female'], ['hope', 'female'], ['faith', 'female'], ['dawn', 'female'], ['rose', 'female'],
  ['penny', 'female'], ['ruby', 'female'], ['iris', 'female'], ['holly', 'female'], ['violet', 'female'],
]);

/** Gender of a given name in compromise's name lists, when it has one. */
export function givenNameGender(lowerWord: string): NameGender | undefined {
  if (GIVEN_NAMES_ALSO_COMMON.has(lowerWord)) return GIVEN_NAMES_ALSO_COMMON.get(lowerWord);
  const tags = lexiconTags(lowerWord);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  return undefined;
}

export function isGivenName(lowerWord: string): boolean {
  return GIVEN_NAMES_ALSO_COMMON.has(lowerWord) || hasTag(lowerWord, 'MaleName', 'FemaleName', 'FirstName');
}

export function isPlaceName(lowerWord: string): boolean {
  return hasTag(lowerWord, 'Country', 'City', 'Region', 'Place');
}

/** compromise knows the word as something other than a name (a verb, an adjective, a common noun…). */
export function isCommonWord(lowerWord: string): boolean {
  const tags = lexiconTags(lowerWord);
  if (tags.length === 0) return false;
  return !tags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName' || t === 'LastName' || t === 'Person' || t === 'ProperNoun' || t === 'Organization' || t === 'Country' || t === 'City' || t === 'Region' || t === 'Place');
}
