/**
 * One entity per person in the article: full names cluster by `namesMatch`, then surname-only and honorific forms
 * join the matching person mentioned most recently before them (so "Clinton" after "Chelsea Clinton" is Chelsea,
 * not Hillary), else the first one after.
 */
import type { NameCandidate } from './candidates';
import type { NameGender } from './compromiseLexicon';
import { givenNamesMatch, parseName, parsedNamesMatch, type ParsedName } from './names';

/** Parsing a name folds its spelling, the costliest step here; the same few names recur in every re-analysis. */
const PARSE_CACHE_LIMIT = 8192;
const parsedNames = new Map<string, Readonly<ParsedName> | null>();

function parsedName(text: string): Readonly<ParsedName> | null {
  let parsed = parsedNames.get(text);
  if (parsed === undefined) {
    parsed = parseName(text);
    if (parsed) Object.freeze(parsed);
    if (parsedNames.size >= PARSE_CACHE_LIMIT) parsedNames.clear();
    parsedNames.set(text, parsed);
  }
  return parsed;
}

export interface PersonEntity {
  /** The fullest form printed: most words, a given name preferred. */
  fullest: NameCandidate;
  parsed: Readonly<ParsedName>;
  mentions: NameCandidate[];
  gender?: NameGender;
}

export class PersonIndex {
  readonly persons: PersonEntity[] = [];
  private readonly byCandidate = new Map<NameCandidate, PersonEntity>();
  private readonly bySurname = new Map<string, PersonEntity[]>();
  /**
   * Mentions per person in separate runs that are each in text order (full names first, then the rest as they
   * arrive), so recency is a binary search per run, never a scan: hostile text may name one person 50,000 times.
   */
  private readonly orderedRuns = new Map<PersonEntity, NameCandidate[][]>();
  private run = 0;
  /** Persons whose given name matches a lone word, by word; emptied whenever a person or a given name changes. */
  private readonly byLoneGivenName = new Map<string, PersonEntity[]>();

  constructor(candidates: readonly NameCandidate[]) {
    const people = candidates.filter((c) => c.kind === 'person' || c.kind === 'unknown');
    for (const candidate of people) {
      if (candidate.kind === 'person' && candidate.hasGivenName) this.addFullName(candidate);
    }
    this.run = 1;
    for (const candidate of people) {
      if (this.byCandidate.has(candidate)) continue;
      const person = this.personFor(candidate);
      if (person) this.attach(person, candidate);
      else if (candidate.kind === 'person') this.create(candidate);
    }
    for (const person of this.persons) person.mentions.sort((a, b) => a.start - b.start);
    this.run = 2;
  }

  of(candidate: NameCandidate): PersonEntity | undefined {
    return this.byCandidate.get(candidate);
  }

  /** The person a printed name form refers to at `offset` (nearest preceding matching mention first). */
  personFor(candidate: Pick<NameCandidate, 'text' | 'start'>): PersonEntity | undefined {
    const parsed = parsedName(candidate.text);
    if (!parsed) return undefined;
    let matching = (this.bySurname.get(parsed.surname) ?? []).filter((p) => parsedNamesMatch(p.parsed, parsed) && (!parsed.gender || !p.gender || p.gender === parsed.gender));
    // A lone given name ("Melanie said") refers to the one person with that given name, if the surname finds nobody.
    if (matching.length === 0 && !parsed.given) {
      matching = this.withGivenName(parsed.surname);
      if (matching.length > 1) return undefined;
    }
    if (matching.length <= 1) return matching[0];
    let best: PersonEntity | undefined;
    let bestDistance = Infinity;
    for (const person of matching) {
      const distance = Math.min(...(this.orderedRuns.get(person) ?? []).map((run) => distanceBefore(run, candidate.start)));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = person;
      }
    }
    return best;
  }

  private withGivenName(word: string): PersonEntity[] {
    let persons = this.byLoneGivenName.get(word);
    if (!persons) {
      persons = this.persons.filter((p) => p.parsed.given !== undefined && givenNamesMatch(p.parsed.given, word));
      this.byLoneGivenName.set(word, persons);
    }
    return persons;
  }

  /** A source printed as an unknown single capital becomes a person when nothing else claims it. */
  create(candidate: NameCandidate): PersonEntity | undefined {
    const parsed = parsedName(candidate.text);
    if (!parsed) return undefined;
    const person: PersonEntity = { fullest: candidate, parsed, mentions: [], gender: candidate.gender };
    this.persons.push(person);
    this.byLoneGivenName.clear();
    const list = this.bySurname.get(parsed.surname) ?? [];
    list.push(person);
    this.bySurname.set(parsed.surname, list);
    this.attach(person, candidate);
    return person;
  }

  private addFullName(candidate: NameCandidate): void {
    const parsed = parsedName(candidate.text);
    if (!parsed) return;
    const same = (this.bySurname.get(parsed.surname) ?? []).find((p) => p.parsed.given && parsedNamesMatch(p.parsed, parsed));
    if (same) this.attach(same, candidate);
    else this.create(candidate);
  }

  private attach(person: PersonEntity, candidate: NameCandidate): void {
    person.mentions.push(candidate);
    this.byCandidate.set(candidate, person);
    const runs = this.orderedRuns.get(person) ?? [[], [], []];
    runs[this.run].push(candidate);
    this.orderedRuns.set(person, runs);
    // A lone word's gender comes from the given-name lists, which say nothing when the word is a surname ("Christie").
    if (candidate.hasGivenName || candidate.titled) person.gender ??= candidate.gender;
    if (nameWeight(candidate) > nameWeight(person.fullest)) {
      person.fullest = candidate;
      person.parsed = parsedName(candidate.text) ?? person.parsed;
      this.byLoneGivenName.clear();
    }
  }
}

/**
 * How far before `offset` the person was last mentioned; mentions after it count as further than any before.
 * `mentions` is in text order, so this is a binary search.
 */
function distanceBefore(mentions: readonly NameCandidate[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) return offset - mentions[lo - 1].start;
  return mentions.length > 0 ? 1e9 + mentions[0].start - offset : Infinity;
}

function nameWeight(candidate: NameCandidate): number {
  const words = candidate.last - candidate.first;
  return (candidate.hasGivenName ? 100 : 0) + words * 10 - (candidate.titled ? 1 : 0);
}
