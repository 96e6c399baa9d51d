/**
 * Who a pronoun or relative "who" refers to. News prose keeps one speaker in focus across sentences ("…," Podolyak
 * said. He added: …), so a pronoun prefers, in order: a compatible person named earlier in its own sentence, the
 * speaker of the nearest earlier attribution, then the first compatible person named in an earlier sentence
 * (subjects come first). compromise has no coreference, hence these rules.
 */
import type { NameGender } from './compromiseLexicon';
import type { SpeakerEntry } from './registry';

export interface Reference {
  start: number;
  sentence: number;
  entry: SpeakerEntry;
  /** A source of an attribution (rather than a name merely mentioned). */
  isSource: boolean;
}

/** `person`: any person, for a definite description ("the Republican nominee") rather than a pronoun. */
export type PronounClass = 'male' | 'female' | 'plural' | 'neuter' | 'person';

/** How many sentences back a pronoun may reach for its antecedent. */
const LOOKBACK_SENTENCES = 4;

export class ReferenceTimeline {
  /** Sorted by start. Name mentions are inserted up front; sources are appended as they resolve, in text order. */
  private readonly bySentence = new Map<number, Reference[]>();

  add(reference: Reference): void {
    const list = this.bySentence.get(reference.sentence) ?? [];
    let at = list.length;
    while (at > 0 && list[at - 1].start > reference.start) at--;
    list.splice(at, 0, reference);
    this.bySentence.set(reference.sentence, list);
  }

  /**
   * `inOwnSentence`: a pronoun takes the nearest compatible person before it in its sentence ("As for Carson, he");
   * a description takes the first, the subject ("Christie attacked Rubio, and the New Jersey governor …").
   */
  antecedent(pronounStart: number, sentence: number, pronoun: PronounClass, lookback = LOOKBACK_SENTENCES, accept: (entry: SpeakerEntry) => boolean = () => true, inOwnSentence: 'nearest' | 'first' = 'nearest'): SpeakerEntry | undefined {
    const fits = (r: Reference): boolean => compatible(r.entry, pronoun) && accept(r.entry);
    const own = (this.bySentence.get(sentence) ?? []).filter((r) => r.start < pronounStart && fits(r));
    if (own.length > 0) return own[inOwnSentence === 'first' ? 0 : own.length - 1].entry;
    for (let s = sentence - 1; s >= Math.max(0, sentence - lookback); s--) {
      const here = (this.bySentence.get(s) ?? []).filter(fits);
      if (here.length === 0) continue;
      const sources = here.filter((r) => r.isSource);
      if (sources.length > 0) return sources[sources.length - 1].entry;
      return here[0].entry;
    }
    return undefined;
  }
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
