/**
 * Attributions carried by a phrase rather than a subject and its reporting verb: "according to X", "in a new poll",
 * "Clinton's claim that …", "when asked by a reporter whether …".
 */
import type { Sentence } from '../article/sentences';
import type { Token } from '../article/tokens';
import { phraseAfter, phraseBefore, subjectEnd, type TokenRange } from './phrases';
import { skipAdjuncts } from './adjuncts';
import { isClauseStart } from './clauseStart';
import { capitalised, isWord } from './tokenShapes';
import { accordingSource } from './accordingSource';
import { ROLE_NOUNS } from '../speakers/lexicon';
import type { ParagraphTokens } from '../article/model';
import { build, hasFiniteVerb, isSentenceEnd, PASSIVE_AUX, RELATIVE_PRONOUNS, type CueMatch, type FoundAttribution } from './found';
import { clauseBeforeMainVerb, contentEnd, QUESTION_WORDS } from './content';
import { openingSourceEnd } from './sourceTail';

/** Nouns of saying that take a that-clause: "Clinton's claim that …", "his warning that …". */
export const SPEECH_NOUNS = new Set(['claim', 'claims', 'statement', 'assertion', 'argument', 'warning', 'promise', 'pledge',
  'suggestion', 'insistence', 'allegation', 'accusation', 'charge', 'announcement', 'admission', 'prediction', 'assurance',
  'vow', 'threat', 'contention', 'declaration', 'complaint', 'denial', 'remark', 'comment', 'boast', 'reminder', 'estimate']);

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** "Clinton's claim that …": the possessor said it. Without a possessor nobody is named, and nothing is reported. */
export function possessedClaim(p: ParagraphTokens, k: number, sentence: Sentence, limit: number): FoundAttribution | null {
  const { tokens, text } = p;
  let owner = k - 1;
  while (owner >= sentence.first && tokens[owner].kind === 'word' && tokens[owner].wordClass === 'adjective') owner--;
  const possessor = tokens[owner];
  if (!possessor || owner < sentence.first || possessor.kind !== 'word') return null;
  let source: TokenRange | null = null;
  if (POSSESSIVE_PRONOUNS.has(possessor.lower)) source = { first: owner, last: owner + 1 };
  else if (/['’]s$/.test(possessor.lower) || /s['’]$/.test(possessor.lower)) source = phraseBefore(text, tokens, owner, sentence.first);
  if (!source || !isClauseStart(text, tokens, k + 2, limit)) return null;
  const cue: CueMatch = { index: k, end: k + 1, entry: { verbs: [], form: 'base' }, complements: new Set(), trailing: false, lemma: tokens[k].lower.replace(/s$/, ''), cueStart: k, explicitOnly: false };
  return build(p, cue, source, [{ first: k + 1, last: clauseBeforeMainVerb(p, k + 2, contentEnd(p, k + 2, limit)) }]);
}

/** "When asked by a reporter whether …, Trump replied": the question is reported speech of the asker. */
export function isPassiveQuestion(p: ParagraphTokens, k: number, sentence: Sentence): boolean {
  const previous = k > sentence.first ? p.tokens[k - 1] : undefined;
  return !previous || previous.lower === 'when' || previous.lower === 'was' || previous.lower === 'were' || previous.lower === 'if' || previous.lower === 'after' || previous.lower === ',';
}

export function askedQuestion(p: ParagraphTokens, k: number, limit: number): FoundAttribution | null {
  const { tokens, text } = p;
  let at = k + 1;
  let asker: TokenRange | null = null;
  if (tokens[at]?.lower === 'by') {
    asker = phraseAfter(text, tokens, at + 1, limit);
    if (!asker) return null;
    at = asker.last;
  }
  at = skipAdjuncts(text, tokens, at, limit);
  const opener = tokens[at];
  if (!opener || !(QUESTION_WORDS.has(opener.lower) || opener.lower === 'about' || opener.lower === 'to')) return null;
  let last = at;
  while (last < limit && tokens[last].lower !== ',') last++;
  const content = { first: opener.lower === 'about' ? at + 1 : at, last };
  if (content.last <= content.first) return null;
  const cue: CueMatch = { index: k, end: k + 1, entry: { verbs: [], form: 'past' }, complements: new Set(), trailing: false, lemma: 'ask', cueStart: k, explicitOnly: false };
  return build(p, cue, asker, [content]);
}

/** Documents that state findings of their own: "In a Fox poll, Cruz had 38 percent", "…, in the latest survey." */
export const FINDING_DOCUMENTS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'analysis', 'average', 'data',
  'audit', 'census', 'ranking', 'rankings', 'tally', 'projection', 'projections', 'forecast', 'forecasts', 'estimates']);

/** "In a new poll," at a clause start, or ", in the latest survey." closing one. */
export function documentSource(p: ParagraphTokens, k: number, segmentStart: number, limit: number): { attribution: FoundAttribution; resume: number; skipTo: number } | null {
  const { tokens, text } = p;
  const atStart = k === segmentStart;
  if (!atStart && tokens[k - 1]?.lower !== ',') return null;
  const source = phraseAfter(text, tokens, k + 1, limit);
  if (!source) return null;
  let found = false;
  for (let m = source.first; m < source.last; m++) if (FINDING_DOCUMENTS.has(tokens[m].lower)) found = true;
  if (!found) return null;
  // The phrase may run on ("poll released Sunday"); it must end the clause or be followed by its comma.
  let end = source.last;
  while (end < limit && end - source.last < 6 && tokens[end].lower !== ',' && !isSentenceEnd(p, end, limit)) end++;
  if (end >= limit && !atStart) return null;
  if (!(end >= limit || tokens[end].lower === ',' || isSentenceEnd(p, end, limit))) return null;
  return sourcedContent(p, k, 1, 'in', { first: source.first, last: end }, segmentStart, limit);
}

export function accordingTo(p: ParagraphTokens, k: number, segmentStart: number, limit: number): { attribution: FoundAttribution; resume: number; skipTo: number } | null {
  const according = accordingSource(p, k + 2, limit);
  return according && sourcedContent(p, k, 2, 'according to', according.source, segmentStart, limit, according.after);
}

/**
 * Content around a prepositional cue ("according to X", "in a poll"): after it at a clause start, else before it.
 * `afterSource` is where the words after the source start, past time words left out of it ("according to police Monday").
 */
function sourcedContent(p: ParagraphTokens, k: number, cueLength: number, lemma: string, source: TokenRange, segmentStart: number, limit: number, afterSource = source.last): { attribution: FoundAttribution; resume: number; skipTo: number } | null {
  const { tokens } = p;
  const cue: CueMatch = { index: k, end: k + cueLength, entry: { verbs: [], form: 'base' }, complements: new Set(), trailing: true, lemma, cueStart: k, explicitOnly: false };
  const previous = tokens[k - 1];
  // "(According to the police, …": an opening bracket before the cue is no content of its own.
  const atStart = k === segmentStart || (k - 1 === segmentStart && ((isWord(previous) && previous.wordClass === 'conjunction') || previous?.lower === '('));
  if (atStart) {
    const { closing, from } = openingSourceEnd(p, afterSource, limit);
    if (from >= limit) return null;
    const opening = closing === afterSource ? source : { first: source.first, last: closing };
    const attribution = build(p, cue, opening, [{ first: from, last: contentEnd(p, from, limit) }]);
    return attribution ? { attribution, resume: segmentStart, skipTo: from } : null;
  }
  if (k <= segmentStart) return null;
  const first: TokenRange = { first: segmentStart, last: previous?.lower === ',' ? k - 1 : k };
  // "…, according to her publicist, Dov Ketterman.": the words after the source name it again; they are not content.
  const appositive = appositiveEnd(p, { first: source.first, last: afterSource }, limit);
  if (appositive !== null) {
    return adjunctOnly(p, first) ? null : withSource(build(p, cue, { first: source.first, last: appositive }, [first]), appositive);
  }
  // "Harbour Freight gets, according to one filing, $12 million …": the rest of the clause, whatever its shape.
  const opensSecond = tokens[afterSource]?.lower === ',' && afterSource + 1 < limit && !isSentenceEnd(p, afterSource + 1, limit);
  const secondEnd = opensSecond ? contentEnd(p, afterSource + 1, limit) : afterSource;
  const second = opensSecond && !leavesReport(p, first, { first: afterSource + 1, last: secondEnd }) ? { first: afterSource + 1, last: secondEnd } : null;
  // "…," Obama said at a rally, according to a pool report: the circumstance of a report is not its content, unless
  // the clause goes on after the source ("Turnout, according to the clerk, has doubled").
  if (adjunctOnly(p, first) && !(second && completesClause(p, first, second))) return null;
  return withSource(build(p, cue, source, second ? [first, second] : [first]), second ? second.last : afterSource);
}

/** A short or prepositional phrase without a verb: the circumstance of a report ("at a rally") or a clause's subject. */
function adjunctOnly(p: ParagraphTokens, range: TokenRange): boolean {
  const opener = p.tokens[range.first];
  const adjunct = opener.kind === 'word' && (opener.wordClass === 'preposition' || range.last - range.first < 4);
  return adjunct && !hasFiniteVerb(p, range.first, range.last);
}

/**
 * Whether the words after the source finish the clause that `first` opened: its predicate ("Turnout, according to the
 * clerk, has doubled") or, after a fronted phrase, a clause of their own ("Since May, according to the union, members
 * have …"). A participle after the source ("…, adding that …") is the writer's, not the clause's.
 */
function completesClause(p: ParagraphTokens, first: TokenRange, second: TokenRange): boolean {
  const opener = p.tokens[second.first];
  if (opener.kind !== 'word' || opener.lower.endsWith('ing')) return false;
  if (opener.wordClass === 'auxiliary' || (opener.wordClass === 'verb' && !opener.capitalised)) return true;
  return p.tokens[first.first].wordClass === 'preposition' && isClauseStart(p.text, p.tokens, second.first, second.last);
}

function withSource(attribution: FoundAttribution | null, end: number): { attribution: FoundAttribution; resume: number; skipTo: number } | null {
  return attribution ? { attribution, resume: end, skipTo: end } : null;
}

/** Conjunctions that open the writer's own clause after a report: "…, according to a club count, but his lead is slipping". */
const WRITER_CLAUSE_LINKS = new Set(['but', 'although', 'though', 'while', 'whereas', 'yet']);

/**
 * Whether the words after an "according to" source that interrupts or closes `content` leave the report: a relative
 * clause ("…, according to Ana Lund, who ran the count") or the writer's conjunction always does; after a complete
 * clause, so does a participle or a phrase without a verb of its own, which names the source again or the content's
 * last noun ("…, according to the Marlow Health Trust, the body that runs the ward").
 */
function leavesReport(p: ParagraphTokens, content: TokenRange, after: TokenRange): boolean {
  const opener = p.tokens[after.first];
  if (opener.kind !== 'word') return false;
  if (RELATIVE_PRONOUNS.has(opener.lower) || opener.lower === 'whose' || WRITER_CLAUSE_LINKS.has(opener.lower)) return true;
  if (!hasFiniteVerb(p, content.first, content.last)) return false;
  if (!opener.capitalised && /(ing|ed)$/.test(opener.lower) && ['verb', 'adjective'].includes(opener.wordClass)) return true;
  let end = after.first;
  while (end < after.last && !RELATIVE_PRONOUNS.has(p.tokens[end].lower)) end++;
  return !hasFiniteVerb(p, after.first, end);
}

/** Words that open a role appositive: an article or a third-person possessive ("her rep", "a spokesman for …"). */
const ROLE_OPENERS = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an']);

/**
 * Where the appositive after a source ends ("Dov Ketterman, her publicist" / "her publicist, Dov Ketterman"), when
 * the words after its comma close the sentence and are a name or a role: a run of capitalised words, or a
 * determiner and a role noun ("her rep", "a spokesman for the ministry"). Null when they are anything else.
 */
function appositiveEnd(p: ParagraphTokens, source: TokenRange, limit: number): number | null {
  const { tokens, text } = p;
  const comma = source.last;
  if (tokens[comma]?.lower !== ',') return null;
  const phrase = phraseAfter(text, tokens, comma + 1, limit);
  if (!phrase || !isSentenceEnd(p, phrase.last, limit)) return null;
  const words = tokens.slice(phrase.first, phrase.last);
  const name = words.length <= 4 && words.every((t) => t.kind === 'word' && capitalised(text, t));
  const role = ROLE_OPENERS.has(words[0].lower) && words.length >= 2 && ROLE_NOUNS.has(headOf(words));
  return name || role ? phrase.last : null;
}

/** The head noun of a phrase: its last word before "of" / "for" / "at" / "to". */
function headOf(words: readonly Token[]): string {
  const stop = words.findIndex((t, i) => i > 0 && (t.lower === 'of' || t.lower === 'for' || t.lower === 'at' || t.lower === 'to'));
  return words[(stop < 0 ? words.length : stop) - 1].lower;
}

/** Verbs presenting a clause as how things look, with nobody named: "Kasich appears to have the state to himself". */
export const APPARENT_VERBS: ReadonlyMap<string, string> = new Map([['appear', 'appear'], ['appears', 'appear'], ['appeared', 'appear'], ['seem', 'seem'],
  ['seems', 'seem'], ['seemed', 'seem'], ['expected', 'be expected'], ['seen', 'be seen'], ['viewed', 'be seen'],
  ['regarded', 'be seen'], ['perceived', 'be seen'], ['known', 'be known'], ['considered', 'be seen'], ['reportedly', 'reportedly'],
  ['allegedly', 'allegedly'], ['seemingly', 'apparently'], ['purportedly', 'allegedly'],
  ['supposedly', 'allegedly']]);

const HEARSAY_ADVERBS = new Set(['reportedly', 'allegedly', 'apparently']);

/** "Trump reportedly told aides …": the clause, its subject included, is hearsay with no source named. */
function hearsay(p: ParagraphTokens, k: number, lemma: string, segmentStart: number, limit: number): FoundAttribution | null {
  const { tokens, text } = p;
  const next = tokens[k + 1];
  if (!next || next.kind !== 'word' || k - 1 < segmentStart) return null;
  const nextClass = next.wordClass;
  if (!(nextClass === 'verb' || nextClass === 'auxiliary' || nextClass === 'other')) return null;
  const head = subjectEnd(tokens, k, segmentStart);
  const subject = head >= segmentStart ? phraseBefore(text, tokens, head, segmentStart) : null;
  if (!subject) return null;
  const cue: CueMatch = { index: k, end: k + 1, entry: { verbs: [], form: 'base' }, complements: new Set(), trailing: false, lemma, cueStart: k, explicitOnly: false, attitude: true };
  return build(p, cue, null, [{ first: subject.first, last: contentEnd(p, k + 1, limit) }]);
}

/** "is widely seen as the favourite", "was known as a moderate", "is considered a long shot": how someone is regarded. */
function regardedAs(p: ParagraphTokens, k: number, lemma: string, limit: number): FoundAttribution | null {
  const { tokens } = p;
  let aux = k - 1;
  while (aux >= 0 && tokens[aux].kind === 'word' && tokens[aux].wordClass === 'adverb') aux--;
  if (aux < 0 || !(PASSIVE_AUX.has(tokens[aux].lower) || tokens[aux].lower === 'and' || tokens[aux].lower === ',')) return null;
  let from = k + 1;
  if (tokens[from]?.lower === 'as') from++;
  else if (tokens[k].lower !== 'considered') return null;
  const first = tokens[from];
  if (!first || first.kind !== 'word' || from >= limit || first.wordClass === 'preposition') return null;
  const cue: CueMatch = { index: k, end: from, entry: { verbs: [], form: 'past' }, complements: new Set(), trailing: false, lemma, cueStart: k, explicitOnly: false };
  return build(p, cue, null, [{ first: from, last: contentEnd(p, from, limit) }]);
}

/** Words of degree before a predicate adjective ("seemed most concerned", "appears less likely"). */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'quite', 'rather', 'somewhat', 'increasingly', 'equally', 'far', 'much', 'all', 'almost', 'fairly', 'pretty']);

/**
 * "The filings are expected to show …", "Kasich appears to have …", "the race seemed tighter": the whole clause, its
 * subject included, is the attributed content (PolNeAR's agentless attribution), with no source.
 */
export function apparentClause(p: ParagraphTokens, k: number, segmentStart: number, limit: number): FoundAttribution | null {
  const { tokens, text } = p;
  const lemma = APPARENT_VERBS.get(tokens[k].lower);
  if (!lemma) return null;
  if (lemma === 'be seen' || lemma === 'be known') return regardedAs(p, k, lemma, limit);
  const previous = tokens[k - 1];
  if (HEARSAY_ADVERBS.has(lemma)) return hearsay(p, k, lemma, segmentStart, limit);
  if (lemma === 'be expected' && !(previous && (PASSIVE_AUX.has(previous.lower) || (previous.lower === 'not' && PASSIVE_AUX.has(tokens[k - 2]?.lower ?? ''))))) return null;
  const next = tokens[k + 1];
  if (!next || next.kind !== 'word') return null;
  const infinitive = next.lower === 'to' && tokens[k + 2]?.kind === 'word' && tokens[k + 2].wordClass !== 'determiner';
  // "seemed equally calm", "seemed most concerned", "appeared headed for …": a degree adverb or a participle predicates too.
  const predicateWord = (word: Token | undefined): boolean => word !== undefined && word.kind === 'word' && (word.wordClass === 'adjective' || (word.wordClass === 'verb' && word.lower.endsWith('ed')));
  const graded = (DEGREE_WORDS.has(next.lower) || (next.wordClass === 'adverb' && next.lower.endsWith('ly'))) && predicateWord(tokens[k + 2]);
  const predicate = lemma !== 'be expected' && (predicateWord(next) || graded || next.lower === 'like');
  if (!infinitive && !predicate) return null;
  const head = subjectEnd(tokens, k, segmentStart);
  const cue: CueMatch = { index: k, end: k + 1, entry: { verbs: [], form: 'past' }, complements: new Set(), trailing: false, lemma, cueStart: k, explicitOnly: false };
  // "it seems likely (that) …": the clause after the verb; "there seems to be …" keeps its "there".
  if (head >= segmentStart && tokens[head].lower === 'it') return predicate ? build(p, cue, null, [{ first: k + 1, last: contentEnd(p, k + 1, limit) }]) : null;
  const subject = head >= segmentStart ? (tokens[head].lower === 'there' ? { first: head, last: head + 1 } : phraseBefore(text, tokens, head, segmentStart)) : null;
  if (!subject) return null;
  return build(p, cue, null, [{ first: subject.first, last: contentEnd(p, k + 1, limit) }]);
}

/**
 * Nouns of attitude and the words that open their content: "concerns about the budget", "his criticism of the plan",
 * "a promise to cut taxes", "the fear that prices will rise". Reported on request, as stances (PolNeAR's nominal cues).
 */
const NOMINAL_STANCES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    claim: ['that'], claims: ['that'], warning: ['that', 'about', 'against'], warnings: ['that', 'about', 'against'],
    concern: ['that', 'about', 'over'], concerns: ['that', 'about', 'over'], complaint: ['that', 'about'], complaints: ['that', 'about'],
    hope: ['that', 'to'], hopes: ['that', 'to'], belief: ['that'], beliefs: ['that'], doubt: ['that', 'about'], doubts: ['that', 'about'],
    fear: ['that'], fears: ['that', 'about'], case: ['that', 'against'], assertion: ['that'], argument: ['that'], arguments: ['that'],
    suggestion: ['that'], insistence: ['that'], allegation: ['that'], allegations: ['that'], accusation: ['that'], accusations: ['that'],
    promise: ['that', 'to'], promises: ['that', 'to'], pledge: ['that', 'to'], pledges: ['to'], assurance: ['that'], assurances: ['that'],
    prediction: ['that'], predictions: ['that'], worry: ['that', 'about'], worries: ['that', 'about'], notion: ['that'],
    conviction: ['that'], expectation: ['that'], expectations: ['that'], admission: ['that'], reminder: ['that'], perception: ['that'],
    call: ['to', 'for'], calls: ['to', 'for'], decision: ['to'], vow: ['to'], threat: ['to'], threats: ['to'], refusal: ['to'],
    push: ['to', 'for'], desire: ['to'], intention: ['to'],
    determination: ['to'], questions: ['about'], comments: ['about', 'on'], criticism: ['of', 'for'], criticisms: ['of'],
    defense: ['of'], defence: ['of'], praise: ['for', 'of'], condemnation: ['of'], rejection: ['of'], denunciation: ['of'],
    demand: ['for', 'that'], demands: ['for', 'that'], attacks: ['on', 'against'], stance: ['on'], opposition: ['to'], skepticism: ['about', 'of'], scepticism: ['about', 'of'],
  }),
);

export const NOMINAL_STANCE_NOUNS: ReadonlySet<string> = new Set(NOMINAL_STANCES.keys());

function objectBeforeMainVerb(p: ParagraphTokens, first: number, last: number): number {
  for (let m = first + 1; m < last; m++) {
    const t = p.tokens[m];
    if (t.kind !== 'word') continue;
    const cls = t.wordClass;
    const finite = cls === 'auxiliary' || (cls === 'verb' && !/(ing|ed)$/.test(t.lower));
    if (finite && !RELATIVE_PRONOUNS.has(p.tokens[m - 1].lower)) return m;
  }
  return last;
}

/** "Republicans raised new questions about …": the subject of the verb whose object the noun heads. */
function subjectOfVerbBefore(p: ParagraphTokens, k: number, floor: number): TokenRange | null {
  const { tokens, text } = p;
  let verb = k;
  while (verb >= floor && tokens[verb].kind === 'word' && tokens[verb].wordClass === 'determiner') verb--;
  const token = tokens[verb];
  if (verb < floor || !token || token.kind !== 'word' || token.wordClass !== 'verb' || token.lower.endsWith('ing')) return null;
  const head = subjectEnd(tokens, verb, floor);
  return head >= floor ? phraseBefore(text, tokens, head, floor) : null;
}

/** The possessor ending at `owner` ("rival Tom Vold’s"), without what it is the object of ("a swipe at …"). */
function possessorPhrase(p: ParagraphTokens, owner: number, floor: number): TokenRange | null {
  const phrase = phraseBefore(p.text, p.tokens, owner, floor);
  if (!phrase) return null;
  for (let m = owner - 1; m > phrase.first; m--) {
    if (p.tokens[m].kind === 'word' && p.tokens[m].wordClass === 'preposition') return { first: m + 1, last: phrase.last };
  }
  return phrase;
}

/** "Trump's criticism of the plan", "Republicans raised concerns about the cost": who holds the attitude is named. */
export function nominalStance(p: ParagraphTokens, k: number, sentence: Sentence, limit: number): FoundAttribution | null {
  const { tokens, text } = p;
  const opener = tokens[k + 1];
  const allowed = NOMINAL_STANCES.get(tokens[k].lower);
  if (!allowed || !opener || !allowed.includes(opener.lower) || k + 2 >= limit) return null;
  if (opener.lower === 'to' && !(tokens[k + 2].kind === 'word' && tokens[k + 2].wordClass !== 'determiner' && !tokens[k + 2].capitalised)) return null;
  if (opener.lower === 'that' && !isClauseStart(text, tokens, k + 2, limit)) return null;
  let owner = k - 1;
  while (owner >= sentence.first && tokens[owner].kind === 'word' && tokens[owner].wordClass === 'adjective') owner--;
  const possessor = owner >= sentence.first ? tokens[owner] : undefined;
  let source: TokenRange | null = null;
  if (possessor && possessor.kind === 'word') {
    if (POSSESSIVE_PRONOUNS.has(possessor.lower)) source = { first: owner, last: owner + 1 };
    else if (/['’]s$/.test(possessor.lower) || /s['’]$/.test(possessor.lower)) source = possessorPhrase(p, owner, sentence.first);
  }
  if (!source) source = subjectOfVerbBefore(p, owner, sentence.first);
  if (!source) return null;
  const from = opener.lower === 'to' ? k + 1 : k + 2;
  const clauseEnd = contentEnd(p, from, limit);
  // A noun phrase object ends at the sentence's own verb ("concerns about the rota were ignored"); a clause at the next.
  const end = opener.lower === 'that' || opener.lower === 'to' ? clauseBeforeMainVerb(p, from, clauseEnd) : objectBeforeMainVerb(p, from, clauseEnd);
  const cue: CueMatch = { index: k, end: opener.lower === 'to' ? k + 1 : k + 2, entry: { verbs: [], form: 'base' }, complements: new Set(), trailing: false, lemma: `${tokens[k].lower} ${opener.lower}`, cueStart: k, explicitOnly: false, attitude: true };
  return build(p, cue, source, [{ first: from, last: end }]);
}

/**
 * Adjectives of conviction, feeling and willingness and the words that open their content: "is convinced that …",
 * "remained confident that …", "was eager to …", "is opposed to the deal". Reported on request, as stances (PolNeAR
 * annotates the subject's attitude). "sure"/"certain" take only "that": "is sure to win" predicts, nobody holds it.
 * Adjectives as often said of a situation as of a view ("willing", "proud", "concerned", "determined") are left out.
 */
const ADJECTIVAL_STANCES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    convinced: ['that'], sure: ['that'], certain: ['that'], optimistic: ['that', 'about'], aware: ['that', 'of'], adamant: ['that'],
    skeptical: ['that', 'of', 'about'], sceptical: ['that', 'of', 'about'], doubtful: ['that'], eager: ['to'], keen: ['to'],
    reluctant: ['to'], opposed: ['to'], upset: ['that', 'about'],
  }),
);

export const ADJECTIVAL_STANCE_WORDS: ReadonlySet<string> = new Set(ADJECTIVAL_STANCES.keys());

/** Verbs that link a subject to its adjective ("remained confident", "came away convinced"). */
const LINKING_VERBS = new Set(['remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'become',
  'becomes', 'became', 'grow', 'grows', 'grew', 'feel', 'feels', 'felt', 'away', 'stay', 'stays', 'stayed']);

/** "Party leaders are now more convinced that …": the subject holds the attitude the adjective names. */
export function adjectivalStance(p: ParagraphTokens, k: number, sentence: Sentence, limit: number): FoundAttribution | null {
  const { tokens, text } = p;
  const opener = tokens[k + 1];
  const allowed = ADJECTIVAL_STANCES.get(tokens[k].lower);
  if (!allowed || !opener || !allowed.includes(opener.lower) || k + 2 >= limit) return null;
  const next = tokens[k + 2];
  const infinitive = opener.lower === 'to' && next.kind === 'word' && !next.capitalised && !['determiner', 'pronoun', 'number', 'preposition'].includes(next.wordClass);
  if (opener.lower === 'to' && !infinitive && tokens[k].lower !== 'opposed') return null;
  if (opener.lower === 'that' && !isClauseStart(text, tokens, k + 2, limit)) return null;
  let link = k - 1;
  while (link > sentence.first && link > k - 4 && tokens[link].kind === 'word' && (DEGREE_WORDS.has(tokens[link].lower) || ['not', 'now', 'still', 'also', 'even', 'never', 'ever'].includes(tokens[link].lower) || tokens[link].wordClass === 'adverb')) link--;
  const linking = tokens[link];
  if (link < sentence.first || !linking || linking.kind !== 'word' || !(linking.wordClass === 'auxiliary' || LINKING_VERBS.has(linking.lower))) return null;
  let verb = link;
  if (linking.lower === 'away' && verb - 1 >= sentence.first && /^(came|come|comes|walked)$/.test(tokens[verb - 1].lower)) verb--;
  // "has been", "would be", "is not": the subject comes before the whole verb group.
  while (verb - 1 >= sentence.first && tokens[verb - 1].kind === 'word' && tokens[verb - 1].wordClass === 'auxiliary') verb--;
  const head = subjectEnd(tokens, verb, sentence.first);
  if (head < sentence.first) return null;
  const source = SUBJECT_HOLDERS.has(tokens[head].lower) ? { first: head, last: head + 1 } : phraseBefore(text, tokens, head, sentence.first);
  if (!source) return null;
  const from = opener.lower === 'that' || infinitive ? k + 1 : k + 2;
  const clauseEnd = contentEnd(p, from, limit);
  const end = opener.lower === 'that' || infinitive ? clauseBeforeMainVerb(p, from, clauseEnd) : objectBeforeMainVerb(p, from, clauseEnd);
  if (end <= from) return null;
  const cue: CueMatch = { index: k, end: k + 1, entry: { verbs: [], form: 'base' }, complements: new Set(), trailing: false, lemma: `${tokens[k].lower} ${opener.lower}`, cueStart: k, explicitOnly: false, attitude: true };
  return build(p, cue, source, [{ first: from, last: end }]);
}

const SUBJECT_HOLDERS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
