/**
 * Coarse word classes from closed-class lists and compromise's lexicon, without running its tagger: enough to tell
 * where a noun phrase ends, which is all the clause rules need from part of speech.
 */
import { lexiconTags } from './nlp';

/** `base`: a verb's dictionary form, which is as often a noun ("report", "lead", "interview"). */
export type WordClass = 'determiner' | 'pronoun' | 'preposition' | 'conjunction' | 'adverb' | 'auxiliary' | 'verb' | 'base' | 'noun' | 'adjective' | 'number' | 'other';

const DETERMINERS = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'some', 'several', 'many', 'few', 'most', 'all', 'both', 'each', 'every', 'any', 'no', 'other', 'another', 'such', 'one',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'more', 'fewer', 'much', 'less'];
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'this', 'that', 'someone', 'everyone', 'nobody', 'others', 'another', 'some', 'many', 'both', 'one', 'few', 'most', 'all', 'none', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** A personal pronoun fused with its auxiliary ("he’s", "they're", "I'd"): the subject of the verb after it. */
export const CONTRACTED_SUBJECT = /^(he|she|they|we|i)['’](s|re|ve|d|ll|m)$/;
const PRONOUNS = ['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'who', 'whom', 'which', 'what',
  'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'anyone', 'himself', 'herself', 'themselves', 'itself', 'there'];
const PREPOSITIONS = ['of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'about', 'over', 'under', 'after', 'before',
  'during', 'since', 'until', 'into', 'onto', 'through', 'across', 'against', 'among', 'between', 'via', 'without', 'within',
  'despite', 'amid', 'toward', 'towards', 'upon', 'around', 'behind', 'beyond', 'near', 'per', 'like', 'unlike', 'than', 'as'];
const CONJUNCTIONS = ['and', 'or', 'but', 'nor', 'so', 'yet', 'because', 'while', 'although', 'though', 'if', 'when',
  'whether', 'unless', 'since', 'whereas', 'where', 'once', 'after', 'before', 'that', 'than', 'as'];
const AUXILIARIES = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does',
  'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "isn't", "wasn't", "hasn't", "haven't",
  "hadn't", "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't", 'isn’t', 'wasn’t', 'hasn’t', 'haven’t',
  'hadn’t', 'didn’t', 'doesn’t', 'don’t', 'won’t', 'wouldn’t', 'can’t', 'couldn’t', "he's", 'he’s', "she's", 'she’s',
  "it's", 'it’s', "they're", 'they’re', "we're", 'we’re'];

const CLOSED = new Map<string, WordClass>();
for (const w of PREPOSITIONS) CLOSED.set(w, 'preposition');
for (const w of CONJUNCTIONS) CLOSED.set(w, 'conjunction');
for (const w of DETERMINERS) CLOSED.set(w, 'determiner');
for (const w of PRONOUNS) CLOSED.set(w, 'pronoun');
for (const w of AUXILIARIES) CLOSED.set(w, 'auxiliary');

const TAG_CLASS: Record<string, WordClass> = {
  Determiner: 'determiner', Possessive: 'determiner', Pronoun: 'pronoun', Preposition: 'preposition',
  Conjunction: 'conjunction', Adverb: 'adverb', Negative: 'adverb', Modal: 'auxiliary', Copula: 'auxiliary',
  Auxiliary: 'auxiliary', Verb: 'verb', PastTense: 'verb', PresentTense: 'verb', Infinitive: 'base', Gerund: 'verb',
  Participle: 'verb', PhrasalVerb: 'verb', Adjective: 'adjective', Comparative: 'adjective', Superlative: 'adjective',
  Demonym: 'adjective', Value: 'number', Cardinal: 'number', Ordinal: 'number', QuestionWord: 'pronoun',
};

/** Classes already worked out: an article's words repeat, and its model tags every token (see `article/tokens`). */
const known = new Map<string, WordClass>();
const KNOWN_LIMIT = 50_000;

export function wordClass(lower: string): WordClass {
  let cls = known.get(lower);
  if (cls === undefined) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    cls = classOf(lower);
    known.set(lower, cls);
  }
  return cls;
}

function classOf(lower: string): WordClass {
  const closed = CLOSED.get(lower);
  if (closed) return closed;
  if (/^\d/.test(lower)) return 'number';
  // Negated auxiliaries ("aren’t", "shouldn't") and contracted subjects with one ("he'll", "they’ve").
  if (/n['’]t$/.test(lower) || /^(i|he|she|it|we|they|you|there|that|who)['’](ll|ve|d|s|re|m)$/.test(lower)) return 'auxiliary';
  const tags = lexiconTags(lower);
  if (tags !== undefined) {
    const list = typeof tags === 'string' ? [tags] : tags;
    for (const tag of list) {
      const mapped = TAG_CLASS[tag];
      if (mapped) return mapped;
    }
    return 'noun';
  }
  if (lower.endsWith('ly') && lower.length > 4) return 'adverb';
  // Inflected forms are missing from the lexicon (it lists "tweet", not "tweeted"): the ending still says "verb".
  // Unknown -ing words stay open: as often nouns in a phrase ("a March 29 briefing", "in writing").
  if (lower.length > 4 && lower.endsWith('ed')) return compoundParticiple(lower) ? 'adjective' : 'verb';
  return 'other';
}

/** Prefixes that make a hyphenated verb ("re-elected", "co-founded"), not a compound adjective. */
const VERB_PREFIXES = new Set(['re', 'co', 'pre', 'de', 'un', 'non', 'mis', 'out', 'over', 'under', 'cross', 'counter', 'self', 'double', 'fact', 'spot']);

/** "Ohio-based", "state-owned", "GOP-led": a word or name joined to a participle describes a noun. */
function compoundParticiple(lower: string): boolean {
  const hyphen = lower.lastIndexOf('-');
  return hyphen > 0 && !VERB_PREFIXES.has(lower.slice(0, hyphen)) && lower.length - hyphen > 3;
}
