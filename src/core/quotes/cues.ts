/**
 * Which words are reporting cues where they stand: a verb of saying in the lexicon, used as a verb ("the report" is a
 * noun, "to say" an infinitive, "was told" a passive), with the complements its verbs allow.
 */
import type { Token } from '../article/tokens';
import { TITLE_ABBREVIATIONS, type Sentence } from '../article/sentences';
import { SUBJECT_PRONOUNS } from '../text/words';
import { cueTable, STANCE_LEMMAS, type Complement } from './lexicon';
import type { ParagraphTokens } from '../article/model';
import { PASSIVE_AUX, type CueMatch } from './found';
import { reportsNothing } from './notSpeech';
import { PAST_AS_ADJECTIVE } from './verbAgreement';
import { BETWEEN_SUBJECT_AND_VERB } from './phrases';
import { subjectWithPostModifier } from './postModifier';

/** Reporting verbs whose base and -s forms are common nouns ("home state", "news reports", "phone calls"). */
const NOUN_LIKE_LEMMAS = new Set(['state', 'report', 'show', 'claim', 'note', 'comment', 'answer', 'charge', 'estimate', 'call',
  'promise', 'offer', 'post', 'tweet', 'label', 'question', 'order', 'reply', 'project', 'signal', 'figure', 'hold', 'find',
  'count', 'brief', 'press', 'demand', 'vow', 'pledge', 'quote', 'text', 'email', 'blog', 'forecast', 'hint', 'doubt', 'guess',
  'fear', 'hope', 'bet', 'protest', 'object', 'cry', 'laugh', 'sigh', 'snap', 'bark', 'shout', 'yell', 'point', 'address',
  'stress', 'counter', 'repeat', 'muse', 'remark', 'learn', 'read', 'highlight', 'underline', 'signal', 'plead', 'beg',
  'plan', 'aim', 'wish', 'support', 'back', 'favor', 'favour', 'champion', 'vote', 'view', 'want',
  'dislike', 'fault', 'push', 'fight', 'campaign', 'focus', 'side', 'demand', 'respect', 'trust', 'love', 'credit', 'target',
  'attack', 'welcome', 'rip', 'trash', 'lobby']);

/** Verbs of aspect before "to": "continue to believe", "tend to favor", "began to argue", "used to say". */
const CONTINUING_VERBS = new Set(['continue', 'continues', 'continued', 'continuing', 'tend', 'tends', 'tended', 'begin', 'begins',
  'began', 'begun', 'start', 'starts', 'started', 'used', 'poised']);
const GOING_ON = new Set(['went', 'goes', 'go', 'going', 'gone']);

/** Plural nouns without an -s: "the data show", "people say". */
const PLURAL_NOUNS = new Set(['data', 'media', 'people', 'police', 'staff', 'public', 'men', 'women', 'children', 'crowd', 'majority', 'minority']);

const TITLE_CASE_CUES = new Set(['says', 'said', 'tells', 'told', 'say']);

const PRONOUN_CONTRACTION = /^(he|she|it|they|we|i|you|who)['’]s$/;

/** "Ruiz's", "the mayor's": a possessive, not a pronoun fused with "is" ("she's"). */
function isPossessive(lower: string): boolean {
  return /['’]s$/.test(lower) && !PRONOUN_CONTRACTION.test(lower);
}

const ROLE_NOUNS_BEFORE_CUE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);

/** Nouns whose first word is a verb of saying: "the center-left think tank", "a talk show host", "a press release". */
const NOUN_COMPOUNDS = new Set(['think tank', 'think tanks', 'talk show', 'talk shows', 'talk radio', 'press conference',
  'press conferences', 'press release', 'press releases', 'press secretary', 'press office', 'press corps', 'call center',
  'report card']);

export function matchCue(p: ParagraphTokens, k: number, sentence: Sentence): CueMatch | null {
  const { tokens } = p;
  const token = tokens[k];
  if (token.kind !== 'word') return null;
  const entry = cueTable().get(token.lower);
  if (!entry || NOUN_COMPOUNDS.has(`${token.lower} ${tokens[k + 1]?.lower}`) || reportsNothing(tokens, k, entry)) return null;
  const previous = k > sentence.first ? tokens[k - 1] : undefined;
  // Title case ("Russia, Ukraine Signal Progress") capitalises verbs that are not cues; "Trump Says …" is one all the same.
  if (previous && /\p{Lu}/u.test(p.text[token.start]) && !TITLE_CASE_CUES.has(token.lower)) return null;
  // "the super PAC supporting her": a stance participle after a noun is that noun's stance.
  const stanceAfterNoun = entry.verbs.every((verb) => STANCE_LEMMAS.has(verb.particle ? `${verb.lemma} ${verb.particle}` : verb.lemma)) && previous?.kind === 'word' && ['noun', 'other'].includes(previous.wordClass);
  if (entry.form === 'gerund' && previous && !gerundIsVerb(p, previous) && !stanceAfterNoun) return null;
  // A determiner or possessive before the word makes it a noun or an adjective: "the report", "his claims", "the stated aim".
  // "close to her said" is the object pronoun ending the subject.
  const objectHer = previous?.lower === 'her' && objectOfPreposition(tokens, k - 1);
  if (previous && previous.kind === 'word' && !objectHer && (ROLE_NOUNS_BEFORE_CUE.has(previous.lower) || isPossessive(previous.lower))) return null;
  // "to say", "declined to comment": an infinitive is not itself the report.
  // "continue to believe that …" is the report all the same.
  if (previous && previous.lower === 'to' && !CONTINUING_VERBS.has(tokens[k - 2]?.lower ?? '') && !(tokens[k - 2]?.lower === 'on' && GOING_ON.has(tokens[k - 3]?.lower ?? ''))) return null;
  let cueStart = k;
  if (previous?.lower === 'to' && CONTINUING_VERBS.has(tokens[k - 2]?.lower ?? '')) cueStart = k - 2;
  // "went on to say that …"
  else if (previous?.lower === 'to' && tokens[k - 2]?.lower === 'on' && GOING_ON.has(tokens[k - 3]?.lower ?? '')) cueStart = k - 3;
  // Passive voice has no speaker in subject position; "was quoted as saying" is the one passive cue news uses for speech.
  if (previous && PASSIVE_AUX.has(previous.lower) && entry.form !== 'gerund') return null;
  if (entry.form === 'gerund' && previous?.lower === 'as' && tokens[k - 2]?.lower === 'quoted') {
    cueStart = k - 2;
    if (PASSIVE_AUX.has(tokens[k - 3]?.lower ?? '')) cueStart = k - 3;
  }
  if (entry.form === 'base' && previous && previous.kind === 'word' && cueStart === k && !baseFormIsCue(p.text, tokens, k, sentence)) return null;
  const complements = new Set<Complement>();
  let end = k + 1;
  let lemma = entry.verbs[0].lemma;
  let trailing = false;
  for (const verb of entry.verbs) {
    if (verb.particle) {
      const words = verb.particle.split(' ');
      if (words.every((word, i) => tokens[k + 1 + i]?.lower === word)) {
        end = k + 1 + words.length;
        lemma = `${verb.lemma} ${verb.particle}`;
        verb.complements.forEach((c) => complements.add(c));
        trailing ||= verb.trailing;
      }
      continue;
    }
    verb.complements.forEach((c) => complements.add(c));
    trailing ||= verb.trailing;
    if (end === k + 1) lemma = verb.lemma;
  }
  if (complements.size === 0) return null;
  // "won overwhelming support", "a bold plan": after an adjective the noun reading wins.
  if ((entry.form === 'base' || entry.form === 'present') && NOUN_LIKE_LEMMAS.has(entry.verbs[0].lemma) && previous?.kind === 'word' && !previous.capitalised && previous.wordClass === 'adjective') return null;
  const nounLike = (entry.form === 'base' || entry.form === 'present') && NOUN_LIKE_LEMMAS.has(entry.verbs[0].lemma);
  // "in five states holding contests", "the only state", "one of 10 states he won": after a word that counts or
  // points, "states" is the country's states; a determiner before other such words can be their subject ("many fear").
  const counted = previous?.kind === 'word' && (previous.wordClass === 'number' || previous.wordClass === 'determiner' || (previous.lower === 'only' && tokens[k - 2]?.wordClass === 'determiner'));
  if (nounLike && counted && entry.verbs[0].lemma === 'state') return null;
  // "the states that have voted", "emails which were released": a relative clause follows a noun.
  if (nounLike && (tokens[k + 1]?.lower === 'that' || tokens[k + 1]?.lower === 'which') && finiteWord(tokens[k + 2])) return null;
  // After a pronoun ("she states") the verb reading is the likely one; after a name it is only with a complement
  // ("The Financial Times reports that …", not "Western states like Ohio").
  const afterPronoun = previous !== undefined && previous.kind === 'word' && previous.wordClass === 'pronoun';
  // A stance verb after a name ("Sanders supports …") is read as a verb, as is a bare form after a plural ("voters back …").
  const stance = entry.verbs.every((verb) => STANCE_LEMMAS.has(verb.lemma));
  const agreeing = previous !== undefined && previous.kind === 'word' && (previous.capitalised || (entry.form === 'base' && ((/[^s'’]s$/.test(previous.lower) && ['noun', 'other'].includes(previous.wordClass)) || PLURAL_NOUNS.has(previous.lower))));
  const pluralSubject = agreeing && entry.form === 'base' && (!previous.capitalised || k - 1 === sentence.first);
  const explicitOnly = nounLike && !afterPronoun && !(stance && agreeing) && !pluralSubject;
  // "the TV show", "a radio report": a bare form after a singular noun is a compound noun.
  if (nounLike && entry.form === 'base' && previous?.kind === 'word' && !previous.capitalised && ['noun', 'other'].includes(previous.wordClass) && !pluralNoun(previous.lower)) return null;
  // "the TV show", "a Fox report", "Harbor figure Tomas Vell": a capitalised singular word opening its phrase and a bare
  // form make one noun (a verb would agree: "Harbor figures").
  if (nounLike && entry.form === 'base' && previous?.kind === 'word' && previous.capitalised && !pluralNoun(previous.lower) && nameOpensPhrase(tokens, k - 1, sentence)) return null;
  return { index: k, end, entry, complements, trailing, lemma, cueStart, explicitOnly };
}

/**
 * A name opening its noun phrase: after a determiner, a punctuation mark or nothing of the sentence, but not after a
 * title ("Mr. Lund forecast …"), and not a capitalised pronoun or quantifier opening the sentence ("They note …").
 */
function nameOpensPhrase(tokens: readonly Token[], name: number, sentence: Sentence): boolean {
  const before = name - 1;
  const token = tokens[before];
  if (['pronoun', 'determiner', 'number'].includes(tokens[name].wordClass)) return false;
  if (token?.lower === '.' && TITLE_ABBREVIATIONS.has(tokens[before - 1]?.lower ?? '')) return false;
  if (before < sentence.first || token.kind !== 'word') return true;
  // "Channel Nine's TV show", "the reality TV show", "“Big Farm” TV show": after a possessive, a lower-case modifier or
  // a title, the name is itself a modifier inside the phrase.
  // After a past form ("a poll released Monday support …") the name ends an adjunct; it modifies nothing.
  const modifier = isPossessive(token.lower) || (!token.capitalised && ['noun', 'adjective', 'other'].includes(token.wordClass) && !PAST_AS_ADJECTIVE.test(token.lower));
  return ROLE_NOUNS_BEFORE_CUE.has(token.lower) || modifier;
}

/** Singular nouns ending in -s, modifiers in a compound ("a news show", "the politics beat"). */
const SINGULAR_IN_S = new Set(['news', 'series', 'politics', 'economics', 'analysis', 'congress', 'campus', 'census', 'status', 'bus', 'gas', 'press']);

function pluralNoun(lower: string): boolean {
  return (/s$/.test(lower) && !SINGULAR_IN_S.has(lower)) || PLURAL_NOUNS.has(lower);
}

/** "Analysts say", "they say", "will say" are cues; "have a say", "scale back", "to push back" are not. */
function baseFormIsCue(text: string, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  const previous = tokens[k - 1];
  // "say" is a present-tense cue after a subject or an auxiliary ("Analysts say", "they say", "will say"), not after a
  // preposition or determiner ("have a say", "for report").
  const cls = previous.wordClass;
  if (previous.lower === 'and') return coordinatedPresent(tokens, k - 1, sentence);
  // "growers now say", "activists even insist": a word standing between subject and verb, whatever class the lexicon
  // gives it ("now", "even" are listed as conjunctions); "the last say" is a noun after its determiner.
  if (BETWEEN_SUBJECT_AND_VERB.has(previous.lower) && !previous.capitalised && tokens[k - 2]?.wordClass !== 'determiner') return true;
  // "People close to her say": the object pronoun ends the subject.
  if (previous.lower === 'her' && objectOfPreposition(tokens, k - 1)) return true;
  if ((cls === 'preposition' || cls === 'determiner' || cls === 'conjunction') && !SUBJECT_PRONOUNS.has(previous.lower)) return false;
  // "Growers whose permits were revoked say": the words before end the subject's relative clause, whatever their class.
  if (subjectWithPostModifier(text, tokens, k, k - 1, sentence.first, null)) return true;
  // "scale back", "push back": after another verb the word is its particle.
  // "both political parties say": a plural after a modifier is the subject, whatever the lexicon lists it as.
  const pluralAfterModifier = /[^s]s$/.test(previous.lower) && ['adjective', 'determiner', 'number', 'other'].includes(tokens[k - 2]?.wordClass ?? 'other');
  // "Critics of the plan say": the word before ends a prepositional phrase, the subject's post-modifier, as its noun.
  const endsPostModifier = cls === 'base' && prepositionalObject(tokens, k - 2, sentence);
  if ((cls === 'base' || cls === 'verb') && !previous.capitalised && !pluralAfterModifier && !endsPostModifier && !polledSubject(tokens, k - 1)) return false;
  const beforePrevious = tokens[k - 2];
  // "will scale back", "to push back": the word after a modal or "to" is the verb, this one its particle.
  if (k - 2 >= sentence.first && cls !== 'adverb' && cls !== 'pronoun' && !previous.capitalised && (beforePrevious.lower === 'to' || beforePrevious.wordClass === 'auxiliary')) return false;
  return true;
}

/**
 * "Some fear the cost and warn that …", "Farmers sell early, fearing a glut, and argue that …": a bare form after "and"
 * is a present verb coordinated with the clause's own, unless a modal or "to" governs the verb phrase before it ("will
 * go back and say", "had to stand and say"), which makes it as bare as that phrase.
 */
function coordinatedPresent(tokens: readonly Token[], and: number, sentence: Sentence): boolean {
  let m = and - 1;
  // A participle set off by commas ("…, fearing a glut, and") sits between the two verbs, which it shows to be the
  // clause's own (a verb under "to" or a modal is not set off from its partner).
  const setOff = tokens[m]?.lower === ',';
  if (setOff) {
    m--;
    while (m > sentence.first && tokens[m].lower !== ',') m--;
    if (!/ing$/.test(tokens[m + 1]?.lower ?? '')) return false;
    m--;
  }
  let verb = false;
  for (let reach = 0; m >= sentence.first && tokens[m].lower !== ','; m--, reach++) {
    const t = tokens[m];
    if (!setOff && reach < 8 && (t.lower === 'to' || (t.wordClass === 'auxiliary' && !PASSIVE_AUX.has(t.lower)))) return false;
    if (t.kind === 'word' && !t.capitalised && (t.wordClass === 'verb' || t.wordClass === 'base') && !/ing$/.test(t.lower)) verb = true;
  }
  return verb;
}

/**
 * "of the plan", "near the new ferry plan", "who oppose the city's plan": modifiers back from `last` to a determiner
 * or a possessive right after a preposition or a verb (without one, "the massacre put …" is a subject and its verb).
 */
function prepositionalObject(tokens: readonly Token[], last: number, sentence: Sentence): boolean {
  // "Come say hello": nothing before the word the cue follows.
  if (last < sentence.first) return false;
  let m = last;
  while (m > sentence.first && m > last - 3 && tokens[m].kind === 'word' && ['adjective', 'noun', 'other'].includes(tokens[m].wordClass)) m--;
  const t = tokens[m];
  const opener = t.kind === 'word' && (t.wordClass === 'determiner' || isPossessive(t.lower));
  const before = tokens[m - 1];
  // "who favor the tax agree": a verb the lexicon does not know ("other") also ends a relative clause's object.
  const relativeVerb = before?.wordClass === 'other' && RELATIVE_OPENERS.has(tokens[m - 2]?.lower ?? '');
  return opener && m - 1 >= sentence.first && (['preposition', 'verb', 'base'].includes(before.wordClass) || relativeVerb);
}

const RELATIVE_OPENERS = new Set(['who', 'that', 'which']);

/** "close to her said", "those around her say": "her" after these prepositions is their object, ending the subject. */
function objectOfPreposition(tokens: readonly Token[], her: number): boolean {
  return ['to', 'with', 'for', 'of', 'around', 'near', 'behind', 'beside'].includes(tokens[her - 1]?.lower ?? '');
}

/** Who a poll asks: "those surveyed", "voters polled". */
const POLLED = new Set(['polled', 'surveyed', 'questioned', 'interviewed', 'sampled']);

/** "those surveyed say …", "voters polled say …": the participle closes the subject; the word after it is the verb. */
function polledSubject(tokens: readonly Token[], participle: number): boolean {
  const before = tokens[participle - 1];
  return POLLED.has(tokens[participle].lower) && before?.kind === 'word' && (before.lower === 'those' || /[^s]s$/.test(before.lower));
}

/**
 * What makes "shows", "states", "calls" a verb: "that", a quotation, a colon before one, a pronoun, an infinitive, or a
 * determiner or name opening the object ("a survey shows the mayor …"); a noun is followed by other things ("home state of Ohio").
 */
export function explicitComplement(p: ParagraphTokens, k: number): boolean {
  const t = p.tokens[k];
  if (!t) return false;
  if (t.lower === 'that' || t.kind === 'quote' || SUBJECT_PRONOUNS.has(t.lower)) return true;
  // "supports raising the wage": a gerund object.
  if (t.kind === 'word' && !t.capitalised && t.lower.endsWith('ing') && t.wordClass === 'verb') return true;
  // "plans to run": an infinitive after the word makes it a verb.
  if (t.lower === 'to') {
    const next = p.tokens[k + 1];
    if (next === undefined || next.kind !== 'word' || next.capitalised) return false;
    const cls = next.wordClass;
    return cls !== 'determiner' && cls !== 'pronoun' && cls !== 'number' && cls !== 'preposition' && cls !== 'adjective';
  }
  if (t.lower === ':') return p.tokens[k + 1]?.kind === 'quote';
  return t.kind === 'word' && (t.capitalised || t.wordClass === 'determiner');
}

function finiteWord(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const cls = token.wordClass;
  return cls === 'auxiliary' || (cls === 'verb' && !token.lower.endsWith('ing'));
}

/** Words before a gerund that make it a verb ("…, adding", "is urging", "by saying") rather than a noun ("a briefing", "in writing"). */
const BEFORE_GERUND = new Set([',', '—', '–', 'and', 'by', 'while', 'after', 'before', 'as', 'when', 'is', 'was', 'are', 'were', 'been', 'be', 'also', 'still', 'repeatedly', 'again', 'not', 'publicly', 'even', 'without', 'quoted', ';', ':']);

function gerundIsVerb(p: ParagraphTokens, previous: Token): boolean {
  if (BEFORE_GERUND.has(previous.lower)) return true;
  // "… ''expansionist,'' accusing it of …": the comma is inside the quotation.
  if (previous.kind === 'quote') return /,\s*["'”’»›]*$/.test(p.text.slice(previous.start, previous.end));
  return previous.kind === 'word' && previous.lower.endsWith('ly') && previous.wordClass === 'adverb';
}
