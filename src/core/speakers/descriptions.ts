/**
 * Definite descriptions that rename a person already in the story ("the actress", "the Starfall star", "the
 * 45-year-old"). News prose uses them instead of repeating the name, so they are references to resolve, never names
 * of their own. Offices ("the senator") are roles, read by `./roles`; these are the other nouns for a person.
 */
import type { NameGender } from './compromiseLexicon';
import type { ArticleWords } from './words';

/** Nouns that describe the person rather than an office they hold: what news uses to avoid repeating a name. */
const DESCRIPTIVE_NOUNS = new Map<string, NameGender | undefined>([
  ['actress', 'female'], ['actor', undefined], ['star', undefined], ['singer', undefined], ['rapper', undefined],
  ['musician', undefined], ['comedian', undefined], ['comic', undefined], ['model', undefined], ['celebrity', undefined],
  ['athlete', undefined], ['player', undefined], ['striker', undefined], ['goalkeeper', undefined], ['quarterback', undefined],
  ['veteran', undefined], ['billionaire', undefined], ['millionaire', undefined], ['mogul', undefined], ['tycoon', undefined],
  ['icon', undefined], ['legend', undefined], ['newcomer', undefined], ['native', undefined], ['filmmaker', undefined],
  ['designer', undefined], ['artist', undefined], ['novelist', undefined], ['poet', undefined],
  ['chef', undefined], ['dancer', undefined], ['personality', undefined], ['influencer', undefined], ['hopeful', undefined],
  ['incumbent', undefined], ['challenger', undefined], ['politician', undefined], ['defendant', undefined], ['plaintiff', undefined],
  ['woman', 'female'], ['man', 'male'], ['mother', 'female'], ['father', 'male'], ['mom', 'female'], ['dad', 'male'],
  ['wife', 'female'], ['husband', 'male'], ['widow', 'female'], ['widower', 'male'], ['grandmother', 'female'],
  ['grandfather', 'male'], ['singer-songwriter', undefined],
]);
/** "the 45-year-old": an age standing for the person. */
const AGE_NOUN = /^(\d{1,3})-year-old$/;
/** "Mara Quell, 45," after a name; "45-year-old Mara Quell" before it. */
const AGE_AFTER_NAME = /^,\s*(\d{1,3})\s*[,.;)]/;
const AGE_BEFORE_NAME = /(\d{1,3})-year-old\s+$/;

export interface DescriptionHead {
  gender?: NameGender;
  age?: number;
}

/** What a description's head word tells about the person it renames, or undefined when it is no such noun. */
export function descriptionHead(lower: string): DescriptionHead | undefined {
  const age = AGE_NOUN.exec(lower);
  if (age) return { age: Number(age[1]) };
  if (!DESCRIPTIVE_NOUNS.has(lower)) return undefined;
  return { gender: DESCRIPTIVE_NOUNS.get(lower) };
}

/** The age printed next to a name mention occupying words [first, last), if any. */
export function ageAround(article: ArticleWords, first: number, last: number): number | undefined {
  const { words, text } = article;
  const after = AGE_AFTER_NAME.exec(text.slice(words[last - 1].end, words[last - 1].end + 8));
  if (after) return Number(after[1]);
  const before = AGE_BEFORE_NAME.exec(text.slice(Math.max(0, words[first].start - 16), words[first].start));
  return before ? Number(before[1]) : undefined;
}
