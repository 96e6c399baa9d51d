/**
 * Who a pronoun or a role description refers to. compromise has no coreference, hence these rules, made for news
 * prose that keeps one person in focus across sentences ("…," Podolyak said. He added: …):
 * - in the pronoun's own sentence: the source of an earlier attribution, else an earlier pronoun of the same
 *   person (pronoun chains: "Though he did not name Rubio or Kasich, he made it clear …"), else the nearest name;
 * - in earlier sentences, nearest first: the last attribution source, else the first compatible reference (the
 *   subject, usually).
 * Every free he/she in the text is resolved in order too (see `Resolver`), so chains carry the focus forward.
 */
import type { NameGender } from './compromiseLexicon';
import type { SpeakerEntry } from './registry';

export type ReferenceKind = 'name' | 'source' | 'pronoun';

export interface Reference {
  start: number;
  sentence: number;
  entry: SpeakerEntry;
  kind: ReferenceKind;
}

/** `person`: any person, for a definite description ("the Republican nominee") rather than a pronoun. */
export type PronounClass = 'male' | 'female' | 'plural' | 'neuter' | 'person';

export interface AntecedentQuery {
  start: number;
  sentence: number;
  pronoun: PronounClass;
  /** How many sentences back to look. */
  lookback?: number;
  accept?: (entry: SpeakerEntry) => boolean;
  /** References at these offsets cannot be the antecedent (names inside the quotation the pronoun attributes). */
  excluded?: (offset: number) => boolean;
  /** A description takes the first person of its own sentence (the subject), a pronoun the rules above. */
  inOwnSentence?: 'pronoun' | 'first';
  /** Where the pronoun's sentence begins: a name there is its subject. */
  sentenceStart?: number;
}

const LOOKBACK_SENTENCES = 4;
/** References examined per sentence: keeps hostile one-sentence texts with thousands of names linear. */
const MAX_SCAN = 64;

export class ReferenceTimeline {
  /** Names, added up front in any order and sorted once by `seal`. */
  private readonly names = new Map<number, Reference[]>();
  /** Sources and resolved pronouns, added while resolving in text order, so already sorted. */
  private readonly resolved = new Map<number, Reference[]>();

  private sealed = false;

  /** Before `seal`, in any order; after it (a person first met as a source), inserted in place. */
  addName(reference: Reference): void {
    const list = this.names.get(reference.sentence);
    if (!list || !this.sealed) {
      push(this.names, reference);
      return;
    }
    let at = list.length;
    while (at > 0 && list[at - 1].start > reference.start) at--;
    list.splice(at, 0, reference);
  }

  seal(): void {
    for (const list of this.names.values()) list.sort((a, b) => a.start - b.start);
    this.sealed = true;
  }

  addResolved(reference: Reference): void {
    push(this.resolved, reference);
  }

  antecedent(query: AntecedentQuery): SpeakerEntry | undefined {
    const { start, sentence, pronoun } = query;
    const accept = query.accept ?? (() => true);
    const fits = (r: Reference): boolean => compatible(r.entry, pronoun) && accept(r.entry) && !query.excluded?.(r.start);
    const own = this.referencesOf(sentence, start).filter(fits);
    if (own.length > 0) {
      if (query.inOwnSentence === 'first') return own[0].entry;
      const source = lastOf(own, 'source') ?? lastOf(own, 'pronoun');
      // "Pell Darrow, who served under Tobias Orlan, listed the rules: “…,” he said.": the subject the sentence opens
      // with outranks names in its clauses and objects.
      const subject = own[0].kind === 'name' && own[0].start === query.sentenceStart ? own[0] : undefined;
      return (source ?? subject ?? own[own.length - 1]).entry;
    }
    for (let s = sentence - 1; s >= Math.max(0, sentence - (query.lookback ?? LOOKBACK_SENTENCES)); s--) {
      const here = this.referencesOf(s, Infinity).filter(fits);
      if (here.length === 0) continue;
      return (lastOf(here, 'source') ?? here[0]).entry;
    }
    return undefined;
  }

  /** The sentence's references before `before`, in text order, at most MAX_SCAN of each kind (the latest). */
  private referencesOf(sentence: number, before: number): Reference[] {
    const names = latestBefore(this.names.get(sentence), before);
    const resolved = latestBefore(this.resolved.get(sentence), before);
    return names.concat(resolved).sort((a, b) => a.start - b.start);
  }
}

function push(map: Map<number, Reference[]>, reference: Reference): void {
  const list = map.get(reference.sentence);
  if (list) list.push(reference);
  else map.set(reference.sentence, [reference]);
}

function latestBefore(list: Reference[] | undefined, before: number): Reference[] {
  if (!list) return [];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < before) lo = mid + 1;
    else hi = mid;
  }
  return list.slice(Math.max(0, lo - MAX_SCAN), lo);
}

function lastOf(references: Reference[], kind: ReferenceKind): Reference | undefined {
  for (let i = references.length - 1; i >= 0; i--) if (references[i].kind === kind) return references[i];
  return undefined;
}

function compatible(entry: SpeakerEntry, pronoun: PronounClass): boolean {
  if (pronoun === 'person') return entry.kind === 'person';
  if (pronoun === 'male' || pronoun === 'female') return entry.kind === 'person' && genderFits(entry.gender, pronoun);
  if (pronoun === 'plural') return entry.kind === 'group' || entry.kind === 'organization' || entry.kind === 'anonymous';
  return entry.kind === 'organization';
}

function genderFits(gender: NameGender | undefined, pronoun: NameGender): boolean {
  return gender === undefined || gender === pronoun;
}
