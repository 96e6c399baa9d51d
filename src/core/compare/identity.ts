/**
 * One identity per person or institution across the workspace's articles. Person names are compared with the
 * transliteration-tolerant matcher of speaker resolution; institutions by their normalised name, with a capital
 * standing for its country's government ("Moscow" = "Russia").
 */
import { givenNamesMatch, normalizeName, parseName, type ParsedName } from '../speakers/names';
import type { Speaker, SpeakerKind } from '../types';

export interface SpeakerEntry {
  file: string;
  speaker: Speaker;
  quoteCount: number;
  /** Entries whose identities can interact share a bucket (see `bucketsOf`). */
  bucket: string;
}

export interface Identity {
  id: string;
  name: string;
  kind: SpeakerKind;
  affiliation?: string;
  members: SpeakerEntry[];
}

/** Capitals and short forms used for a country's government; general knowledge, not any article's names. */
const COUNTRY_NAMES: Record<string, string> = {
  moscow: 'russia', 'russian federation': 'russia',
  kyiv: 'ukraine', kiev: 'ukraine',
  washington: 'united states', us: 'united states', 'u s': 'united states', usa: 'united states', america: 'united states',
  uk: 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom', london: 'united kingdom',
  beijing: 'china', paris: 'france', berlin: 'germany', ankara: 'turkey', 'turkiye': 'turkey',
  tehran: 'iran', jerusalem: 'israel', minsk: 'belarus', brussels: 'european union', eu: 'european union',
};

/**
 * Each of one article's speakers' bucket. An organisation named by the last words of exactly one other
 * organisation's name in the same article is its short form ("the Times" after "the Financial Times").
 */
export function bucketsOf(file: string, speakers: Speaker[]): string[] {
  const organisations = speakers.filter((s) => s.kind === 'organization').map((s) => ({ speaker: s, name: canonicalName(s.name) }));
  return speakers.map((speaker) => {
    if (speaker.kind === 'organization') {
      const name = canonicalName(speaker.name);
      const longer = organisations.filter((o) => o.name.endsWith(` ${name}`));
      if (longer.length === 1) return bucketOf(file, longer[0].speaker);
    }
    return bucketOf(file, speaker);
  });
}

/**
 * A role named through a pronoun ("her rep", "his lawyer") is someone's only in its own article: "her rep" in two
 * articles may serve two people. Like an unnamed source, it joins others by what it said (see `linking.ts`).
 */
const RELATIVE_ROLE = /^(?:his|her|their|its)\s/i;

/**
 * Entries whose identities can interact share a bucket: persons by folded surname, others by canonical name.
 * An unnamed source ("a person familiar with the talks") is nobody else, not even in another article.
 */
function bucketOf(file: string, speaker: Speaker): string {
  if (speaker.kind === 'anonymous' || RELATIVE_ROLE.test(speaker.name)) return `anonymous:${file}\u0000${speaker.id}`;
  const parsed = properPersonName(speaker);
  if (parsed) return `person:${parsed.surname}`;
  return `name:${canonicalName(speaker.name)}`;
}

function canonicalName(name: string): string {
  const normal = normalizeName(name.replace(/\./g, ' ')).replace(/^the /, '');
  return COUNTRY_NAMES[normal] ?? normal;
}

function properPersonName(speaker: Speaker): ParsedName | null {
  if (speaker.kind !== 'person') return null;
  const words = speaker.name.trim().split(/\s+/);
  const looksLikeName = words.every((w) => /^[\p{Lu}]/u.test(w) || /^(van|von|der|den|de|del|della|di|da|du|la|le|bin|ibn|al|el|ter|ten)$/.test(w));
  // A title alone, capitalised at a sentence's start ("Lawyer"), is the role "lawyer", not a surname: one bucket,
  // one id, with the role in lower case.
  const loneTitle = words.length === 1 && TITLES.has(words[0].toLowerCase().replace(/\.$/, ''));
  return looksLikeName && !loneTitle ? parsedName(speaker) : null;
}

/** `localeCompare`'s order, with one collator instead of one per call: a bucket of a speaker every article quotes is large. */
const collator = new Intl.Collator();

/** Clusters one bucket's entries. Deterministic: the result depends only on the set of entries. */
export function clusterBucket(bucket: string, entries: SpeakerEntry[]): Identity[] {
  const keyed = entries.map((entry) => ({ entry, key: entryKey(entry) }));
  const ordered = keyed.sort((a, b) => collator.compare(a.key, b.key)).map(({ entry }) => entry);
  const clusters = bucket.startsWith('person:') ? clusterPersons(ordered) : [ordered];
  const used = new Set<string>();
  return clusters.map((members) => {
    const identity = describe(members, bucket);
    let id = identity.id;
    for (let n = 2; used.has(id); n++) id = `${identity.id}-${n}`;
    used.add(id);
    return { ...identity, id };
  });
}

function entryKey(entry: SpeakerEntry): string {
  return `${entry.file}\u0000${entry.speaker.id}`;
}

interface PersonCluster {
  members: SpeakerEntry[];
  /** Its distinct names, by what the matching looks at: a name printed in a thousand articles is checked once. */
  names: Map<string, ParsedName>;
  /** The sides its members state. */
  sides: Set<string>;
}

/**
 * Full names first, each joining the cluster whose every given name matches it (complete linkage: J. Smith
 * must not chain John and Jane); then initials and bare surnames join the one cluster they fit, or stay apart
 * when they fit none or several.
 */
function clusterPersons(entries: SpeakerEntry[]): SpeakerEntry[][] {
  const parsed = entries.map((entry) => ({ entry, name: parsedName(entry.speaker)! }));
  const clusters: PersonCluster[] = [];
  const names = (cluster: PersonCluster) => cluster.names.values();
  const compatible = (cluster: PersonCluster, entry: SpeakerEntry, name: ParsedName) =>
    [...names(cluster)].every((other) => sameGender(other, name)) && sameSide(cluster.sides, entry.speaker.affiliation);
  const join = (cluster: PersonCluster, entry: SpeakerEntry, name: ParsedName) => {
    cluster.members.push(entry);
    cluster.names.set(nameKey(name), name);
    if (entry.speaker.affiliation) cluster.sides.add(entry.speaker.affiliation);
  };
  const start = (entry: SpeakerEntry, name: ParsedName) => {
    const cluster: PersonCluster = { members: [], names: new Map(), sides: new Set() };
    join(cluster, entry, name);
    clusters.push(cluster);
  };
  for (const { entry, name } of parsed.filter((p) => p.name.given)) {
    const home = clusters.find(
      (c) => compatible(c, entry, name) && [...names(c)].every((other) => !other.given || givenNamesMatch(other.given, name.given!)),
    );
    if (home) join(home, entry, name);
    else start(entry, name);
  }
  for (const { entry, name } of parsed.filter((p) => !p.name.given)) {
    const initial = name.givenInitial;
    let fits = clusters.filter(
      (c) => compatible(c, entry, name) && (!initial || [...names(c)].some((other) => (other.given ?? other.givenInitial ?? '')[0] === initial[0])),
    );
    if (fits.length > 1) {
      const sameAffiliation = fits.filter((c) => entry.speaker.affiliation && c.sides.has(entry.speaker.affiliation));
      fits = sameAffiliation.length === 1 ? sameAffiliation : fits;
    }
    if (fits.length === 1) {
      join(fits[0], entry, name);
      continue;
    }
    const alike = fits.length === 0
      ? clusters.find((c) => [...names(c)].every((other) => !other.given && other.givenInitial === initial) && compatible(c, entry, name))
      : undefined;
    if (alike) join(alike, entry, name);
    else start(entry, name);
  }
  return clusters.map((c) => c.members);
}

function nameKey(name: ParsedName): string {
  return `${name.given ?? ''}\u0000${name.givenInitial ?? ''}\u0000${name.gender ?? ''}`;
}

const parsedNames = new WeakMap<Speaker, ParsedName | null>();

/** Parsed once per speaker object: an article's speakers are re-clustered whenever another article joins their bucket. */
function parsedName(speaker: Speaker): ParsedName | null {
  let parsed = parsedNames.get(speaker);
  if (parsed === undefined) parsedNames.set(speaker, (parsed = parseName(withoutTitle(speaker.name))));
  return parsed;
}

/**
 * Titles an article may print before a name ("Coroner Gary Hargrove", "Judge James Dabney"): a role, not the
 * given name, so that the titled and the plain form are one person. General knowledge, not any article's words.
 */
const TITLES = new Set([
  'coroner', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'senator', 'sen', 'governor', 'gov',
  'judge', 'justice', 'attorney', 'prosecutor', 'detective', 'sheriff', 'sergeant', 'sgt', 'officer', 'chief', 'deputy',
  'director', 'secretary', 'chairman', 'chairwoman', 'ceo', 'coach', 'mayor', 'general', 'gen', 'colonel', 'col',
  'captain', 'capt', 'lieutenant', 'lt', 'commissioner', 'inspector', 'professor', 'prof', 'doctor', 'agent', 'lawyer',
  'publicist', 'representative', 'ambassador', 'premier', 'chancellor', 'congressman', 'congresswoman', 'constable',
]);

/** The name without the titles before it; a title alone stays as it is. */
export function withoutTitle(name: string): string {
  const words = name.trim().split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && TITLES.has(words[first].toLowerCase().replace(/\.$/, ''))) first++;
  return words.slice(first).join(' ');
}

function sameGender(a: ParsedName, b: ParsedName): boolean {
  return !a.gender || !b.gender || a.gender === b.gender;
}

/** Two people with one name but sides stated differently ("Russian" / "American") are two people. */
function sameSide(sides: Set<string>, affiliation: string | undefined): boolean {
  return !affiliation || sides.size === 0 || (sides.size === 1 && sides.has(affiliation));
}

function describe(members: SpeakerEntry[], bucket: string): Identity {
  const name = mostCommon(members.map((m) => m.speaker.name), (a, b) => b.length - a.length || a.localeCompare(b))!;
  const kind = mostCommon(members.map((m) => m.speaker.kind), (a, b) => a.localeCompare(b))!;
  const affiliation = mostCommon(members.flatMap((m) => (m.speaker.affiliation ? [m.speaker.affiliation] : [])), (a, b) => a.localeCompare(b));
  // Ids are unique across buckets: a name's bucket holds every spelling of it, and an unnamed source's id names its article.
  const anonymousIn = bucket.startsWith('anonymous:') ? members[0].file : undefined;
  const readable = bucket.startsWith('name:') ? bucket.slice('name:'.length) : name;
  const base = slug(anonymousIn ? `${readable} ${anonymousIn}` : readable) || 'speaker';
  return { id: base, name, kind, affiliation, members };
}

/** The most frequent value; ties go to the first by `order`. */
function mostCommon<T>(values: T[], order: (a: T, b: T) => number): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || order(a[0], b[0]))[0]?.[0];
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
