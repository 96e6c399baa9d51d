/**
 * Lazy access to compromise. Loading it costs ~100 ms, so it is required on first use only (the extension activates
 * without it); esbuild bundles the CommonJS build behind a lazy wrapper.
 */
import type nlpType from 'compromise';

type Nlp = typeof nlpType;
type Lexicon = Record<string, string | string[]>;

interface Conjugation {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}

interface VerbMethods {
  two: { transform: { verb: { conjugate: (verb: string, model: unknown) => Conjugation } } };
}

declare const require: (id: string) => unknown;

let loaded: Nlp | undefined;

export function compromise(): Nlp {
  loaded ??= require('compromise') as Nlp;
  return loaded;
}

let lexicon: Lexicon | undefined;

/** compromise's word list (24k entries): a dictionary lookup tags a word without running the tagger. */
export function lexiconTags(word: string): string | string[] | undefined {
  lexicon ??= (compromise().model() as { one: { lexicon: Lexicon } }).one.lexicon;
  return Object.prototype.hasOwnProperty.call(lexicon, word) ? lexicon[word] : undefined;
}

export function conjugate(verb: string): Conjugation {
  const nlp = compromise();
  return (nlp.methods() as unknown as VerbMethods).two.transform.verb.conjugate(verb, nlp.model());
}
