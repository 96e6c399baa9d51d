/**
 * Person-name comparison that tolerates transliteration (Zelensky/Zelenskyy/Zelenskiy, Sergei/Sergey,
 * Podolyak/Podoliak, Mikhail/Mykhailo) without merging different people (Lavrov/Lavrova, Hillary/Chelsea Clinton).
 * Used inside one article (surname → full name) and across articles (one identity per person).
 */

const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm',
  'rev', 'fr', 'sir', 'dame', 'lord', 'lady', 'hon', 'amb', 'atty', 'maj', 'cmdr', 'pres', 'supt', 'insp',
]);
const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'dame', 'lady']);
const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);
/** Lower-case particles that belong to the surname ("Ursula von der Leyen", "Osama bin Laden"). */
const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten']);

/**
 * Given names that are one name across languages or as a familiar form. Spelling variants are folded by
 * `foldSpelling`; this table holds what folding cannot reach (Volodymyr/Vladimir, Dmytro/Dmitry, Bill/William).
 */
const GIVEN_NAME_GROUPS: string[][] = [
  ['vladimir', 'volodymyr', 'wladimir', 'volodimir'],
  ['dmitry', 'dmytro', 'dmitri', 'dmitriy'],
  ['alexander', 'aleksandr', 'oleksandr', 'alexandr', 'olexander', 'aleksander', 'alex', 'sasha'],
  ['alexei', 'alexey', 'aleksei', 'aleksey', 'oleksiy', 'oleksii', 'olexiy'],
  ['sergei', 'sergey', 'serhiy', 'serhii', 'sergiy'],
  ['andrei', 'andrey', 'andriy', 'andrii', 'andrew'],
  ['mikhail', 'mykhailo', 'michael', 'mikhailo'],
  ['nikolai', 'nikolay', 'mykola', 'nicholas'],
  ['yuri', 'yury', 'yuriy', 'iurii', 'yurii'],
  ['grigory', 'hryhoriy', 'grigori', 'hryhorii'],
  ['pavel', 'pavlo', 'paul'],
  ['olga', 'olha'],
  ['igor', 'ihor'],
  ['anatoly', 'anatoliy', 'anatolii'],
  ['yevgeny', 'evgeny', 'yevhen', 'evgeni', 'eugene'],
  ['vitaly', 'vitaliy', 'vitalii'],
  ['vasily', 'vasyl', 'vasili'],
  ['william', 'bill', 'billy', 'will'],
  ['robert', 'bob', 'bobby', 'rob'],
  ['richard', 'dick', 'rick', 'rich'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['joseph', 'joe', 'joey'],
  ['thomas', 'tom', 'tommy'],
  ['edward', 'ted', 'ed', 'eddie', 'ned'],
  ['elizabeth', 'liz', 'beth', 'betsy', 'libby'],
  ['charles', 'chuck', 'charlie'],
  ['christopher', 'chris'],
  ['daniel', 'dan', 'danny'],
  ['donald', 'don'],
  ['jonathan', 'jon'],
  ['kenneth', 'ken'],
  ['lawrence', 'larry'],
  ['margaret', 'maggie', 'peggy'],
  ['matthew', 'matt'],
  ['michael', 'mike'],
  ['mitchell', 'mitch'],
  ['nicholas', 'nick'],
  ['patrick', 'pat'],
  ['peter', 'pete'],
  ['ronald', 'ron'],
  ['samuel', 'sam'],
  ['stephen', 'steve', 'steven'],
  ['susan', 'sue'],
  ['timothy', 'tim'],
  ['anthony', 'tony'],
  ['benjamin', 'ben'],
  ['bernard', 'bernie'],
  ['catherine', 'kate', 'katherine', 'cathy', 'kathy'],
  ['deborah', 'debbie', 'debra'],
  ['gerald', 'jerry'],
  ['harold', 'harry'],
  ['jeffrey', 'jeff'],
  ['john', 'jack', 'johnny'],
  ['marco', 'mark', 'marcus'],
];

const GIVEN_NAME_GROUP_IDS = buildGroupIndex(GIVEN_NAME_GROUPS);

function buildGroupIndex(groups: string[][]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  groups.forEach((group, id) => {
    for (const name of group) {
      const key = foldSpelling(name);
      const ids = index.get(key) ?? [];
      ids.push(id);
      index.set(key, ids);
    }
  });
  return index;
}

export interface ParsedName {
  /** First given name, folded ("mihail"); undefined for a surname-only or honorific + surname form. */
  given?: string;
  /** Initial of the given name when only an initial is printed ("J. Smith"). */
  givenInitial?: string;
  /** Folded surname, particles included ("vonderleien"). */
  surname: string;
  /** From an honorific (Mrs., Mr.); undefined when the form does not say. */
  gender?: 'male' | 'female';
}

/** Lower case, no diacritics, no possessive, honorifics and punctuation removed: "Mr. Zelenskyy’s" → "zelenskyy". */
export function normalizeName(name: string): string {
  return nameWords(name)
    .filter((w) => !HONORIFICS.has(w) && !SUFFIXES.has(w))
    .join(' ');
}

/**
 * A spelling skeleton that is the same for the usual romanisations of one Cyrillic (or other) name:
 * y/j/i are one letter, kh = h, x = ks, doubled letters collapse. Zelenskyy, Zelensky, Zelenskiy → "zelenski";
 * Lavrova keeps its final vowel, so it stays apart from Lavrov.
 */
export function foldSpelling(word: string): string {
  let w = stripDiacritics(word.toLowerCase()).replace(/[^a-z]/g, '');
  w = w
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
  // Yevgeny/Evgeny, Yelena/Elena: an initial y before e is a glide that some romanisations drop.
  return w.replace(/^ie/, 'e');
}

export function parseName(name: string): ParsedName | null {
  const words = nameWords(name);
  let gender: ParsedName['gender'];
  const core: string[] = [];
  for (const w of words) {
    if (HONORIFICS.has(w)) {
      if (FEMALE_HONORIFICS.has(w)) gender = 'female';
      else if (MALE_HONORIFICS.has(w)) gender = 'male';
      continue;
    }
    if (SUFFIXES.has(w)) continue;
    core.push(w);
  }
  if (core.length === 0) return null;
  let surnameStart = core.length - 1;
  while (surnameStart > 1 && SURNAME_PARTICLES.has(core[surnameStart - 1])) surnameStart--;
  const surname = foldSpelling(core.slice(surnameStart).join(''));
  if (!surname) return null;
  if (surnameStart === 0) return { surname, gender };
  const first = core[0];
  if (first.length === 1) return { givenInitial: first, surname, gender };
  return { given: foldSpelling(first), surname, gender };
}

/** True when two printed forms can name the same person in one story (surname-only forms match any given name). */
export function namesMatch(a: string, b: string): boolean {
  const pa = parseName(a);
  const pb = parseName(b);
  if (!pa || !pb) return false;
  return parsedNamesMatch(pa, pb);
}

export function parsedNamesMatch(a: ParsedName, b: ParsedName): boolean {
  if (a.surname !== b.surname) return false;
  if (a.gender && b.gender && a.gender !== b.gender) return false;
  if (a.given && b.given) return givenNamesMatch(a.given, b.given);
  const initialA = a.givenInitial ?? a.given?.[0];
  const initialB = b.givenInitial ?? b.given?.[0];
  if ((a.givenInitial || b.givenInitial) && initialA && initialB) return foldSpelling(initialA) === foldSpelling(initialB);
  return true;
}

/** Folded given names: equal, one the other plus a short ending (Mikhail/Mykhailo), or listed as one name. */
export function givenNamesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2) return true;
  const groupsA = GIVEN_NAME_GROUP_IDS.get(a);
  const groupsB = GIVEN_NAME_GROUP_IDS.get(b);
  return !!groupsA && !!groupsB && groupsA.some((id) => groupsB.includes(id));
}

/** Lower-case words of a printed name, possessive and punctuation dropped ("Zelenskyy’s" → "zelenskyy"). */
function nameWords(name: string): string[] {
  return stripDiacritics(name.toLowerCase())
    .replace(/['’]s\b/g, '')
    .split(/[^a-z'’-]+/)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((w) => w.length > 0);
}

function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
