/**
 * Where reported content begins after a cue (addressee, adjuncts, "that", a colon) and where it ends (before another
 * attribution, a writer's continuation, or the sentence end).
 */
import type { Token } from '../article/tokens';
import { SUBJECT_PRONOUNS } from '../text/words';
import { cueTable, STANCE_LEMMAS, type CueEntry } from './lexicon';
import { appositiveBeforePredicate, phraseAfter, type TokenRange } from './phrases';
import { pronounObjectToAddressee, skipAddressee, skipAdjuncts, toldThing } from './adjuncts';
import { isClauseStart } from './clauseStart';
import { agreesWithSubject } from './verbAgreement';
import type { ParagraphTokens } from '../article/model';
import { RELATIVE_PRONOUNS, type CueMatch } from './found';
import { explicitComplement } from './cues';
import { repeatsEarlierReport } from './sameAgain';
import { beforeSpeechEvent, opensRelativeAboutReport } from './speechEvent';
import { isFiniteWord } from './tokenShapes';

/** Reported content longer than this many tokens is cut: keeps hostile endless sentences linear. */
const MAX_CONTENT_TOKENS = 300;

/** Conjunctions after which a new attribution starts rather than the reported clause going on. */
const CLAUSE_LINKS = new Set(['while', 'although', 'though', 'whereas', 'but', 'and', 'yet']);

/** A subject (with an optional appositive) followed by a reporting verb at `from`: ", Chaly, a negotiator, said". */
function attributionAt(p: ParagraphTokens, from: number, limit: number): { cue: number } | null {
  const { tokens } = p;
  // "…, while only 49 percent say …"
  if (tokens[from]?.kind === 'word' && LEADING_QUANTIFIERS.has(tokens[from].lower)) from++;
  const subject = phraseAfter(p.text, tokens, from, limit);
  if (!subject || subject.last - subject.first > 8) return null;
  let at = subject.last;
  if (tokens[at]?.lower === ',') {
    const appositive = phraseAfter(p.text, tokens, at + 1, limit);
    if (appositive && tokens[appositive.last]?.lower === ',') at = appositive.last + 1;
    else if (appositive && tokens[appositive.last]?.kind === 'word' && cueTable().has(tokens[appositive.last].lower)) at = appositive.last;
  }
  at = skipAdjuncts(p.text, tokens, at, limit);
  if (tokens[at]?.lower === '(') {
    let close = at + 1;
    while (close < limit && close - at < 8 && tokens[close].lower !== ')') close++;
    if (tokens[close]?.lower === ')') at = close + 1;
  }
  const token = tokens[at];
  if (!token || token.kind !== 'word') return null;
  const entry = cueTable().get(token.lower);
  return entry && entry.form !== 'gerund' ? { cue: at } : null;
}

/** The cue entry of a verb of saying; a stance ("and accepts limits") coordinates inside the reported clause. */
function speechEntry(word: string): CueEntry | undefined {
  const entry = cueTable().get(word);
  return entry && entry.verbs.some((verb) => !STANCE_LEMMAS.has(verb.lemma)) ? entry : undefined;
}

const LEADING_QUANTIFIERS = new Set(['only', 'just', 'nearly', 'almost', 'about', 'roughly', 'even', 'fully']);

const WRITER_CONTINUATIONS = new Set(['although', 'though', 'whereas', 'despite']);

/** After ", and" a pronoun usually continues the reported speaker's own clause ("…, and they would …"). */
const SUBJECT_PRONOUNS_CONTINUING = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

function hasCommaBefore(tokens: readonly Token[], from: number, end: number): boolean {
  for (let m = from; m < end; m++) if (tokens[m].lower === ',') return true;
  return false;
}

/**
 * "… talks are making progress as Russian forces continue to shell the city": after a complete reported clause, "as"
 * with a clause of its own whose subject is a noun phrase is the writer's circumstance, not part of what was said.
 * A pronoun subject ("as he put it", "as they grow") usually belongs to the speaker's own sentence and stays.
 */
function asClauseEnds(p: ParagraphTokens, start: number, as: number, end: number): boolean {
  const { tokens, text } = p;
  const subject = tokens[as + 1];
  // "as long as", "as well as", "such as" compare or list; they are no clause of their own.
  if (tokens[as - 2]?.lower === 'as' || tokens[as - 1]?.lower === 'such') return false;
  if (as - start < 3 || !subject || subject.kind !== 'word' || subject.wordClass === 'pronoun' || SUBJECT_PRONOUNS.has(subject.lower)) return false;
  if (!(subject.capitalised || subject.wordClass === 'determiner')) return false;
  if (!hasVerbBetween(tokens, start, as)) return false;
  // The subject's own verb right after it: "as Russian forces continue …", not "as President of the United States, because …".
  const asSubject = phraseAfter(text, tokens, as + 1, end);
  if (!asSubject) return false;
  let verb = asSubject.last;
  while (verb < end && tokens[verb].kind === 'word' && tokens[verb].wordClass === 'adverb') verb++;
  return (isFiniteWord(tokens[verb]) && !tokens[verb].capitalised) || agreesWithSubject(tokens, verb, verb + 2) || (isClauseStart(text, tokens, as + 1, end) && asSubject.last - asSubject.first > 1 && verbInside(tokens, asSubject));
}

function verbInside(tokens: readonly Token[], phrase: TokenRange): boolean {
  for (let m = phrase.first + 1; m < phrase.last; m++) if (agreesWithSubject(tokens, m, phrase.last)) return true;
  return false;
}

/** How far an aside may run between a subject and its verb. */
const ASIDE_REACH = 8;

/**
 * "said Lund, despite her late start, is better placed": an aside closed by a comma and followed by a finite verb stands
 * between the content's subject and its predicate, inside the content.
 */
function asideBeforePredicate(tokens: readonly Token[], from: number, end: number): boolean {
  for (let m = from + 1; m < end && m - from <= ASIDE_REACH; m++) {
    if (tokens[m].kind !== 'word' && tokens[m].lower !== ',') return false;
    if (tokens[m].lower === ',') return isFiniteWord(tokens[m + 1]) && !tokens[m + 1].capitalised;
  }
  return false;
}

function hasVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) {
    const t = tokens[m];
    if (t.kind !== 'word') continue;
    const cls = t.wordClass;
    if (cls === 'auxiliary' || (cls === 'verb' && !t.lower.endsWith('ing'))) return true;
  }
  return false;
}

/**
 * Where reported content that starts at `start` ends: the sentence end, or before ", adding …" / ", according to …" /
 * ", X said" / ", while X said …" that open another attribution.
 */
export function contentEnd(p: ParagraphTokens, start: number, limit: number): number {
  return beforeSpeechEvent(p, start, clauseEnd(p, start, limit));
}

function clauseEnd(p: ParagraphTokens, start: number, limit: number): number {
  const { tokens } = p;
  const end = Math.min(limit, start + MAX_CONTENT_TOKENS);
  for (let m = start; m < end; m++) {
    const token = tokens[m];
    const quoteEndsInComma = token.kind === 'quote' && m > start && /,\s*$/.test(p.text.slice(p.quotes[token.quote!].contentStart, p.quotes[token.quote!].contentEnd));
    // "… vote early; 40 percent said …": a clause with its own speaker and cue is the next report; a semicolon list of
    // one speaker's clauses ("…; repainted the pier; and …") goes on.
    if (token.lower === ';' && m > start && attributionAt(p, m + 1, end)) return m;
    if (token.kind === 'word' && token.lower === 'as' && asClauseEnds(p, start, m, end)) return tokens[m - 1].lower === ',' ? m - 1 : m;
    if (token.lower !== ',' && token.lower !== '—' && !quoteEndsInComma) {
      // "… and Ukrainian officials said …", "… but noted that …": a coordinated attribution.
      if (m > start && token.kind === 'word' && CLAUSE_LINKS.has(token.lower)) {
        const next = tokens[m + 1];
        const nextEntry = next && next.kind === 'word' ? speechEntry(next.lower) : undefined;
        // "and pledge to …" coordinates the reported verbs; "and added that …" / "but noted that …" is a new report.
        const newReport = nextEntry && (token.lower === 'and' ? nextEntry.form === 'past' || nextEntry.form === 'present' : nextEntry.form !== 'gerund');
        if (newReport || (token.lower !== 'and' && attributionAt(p, m + 1, end))) return tokens[m - 1].lower === ',' ? m - 1 : m;
      }
      continue;
    }
    const boundary = quoteEndsInComma ? m + 1 : m;
    const next = tokens[m + 1];
    if (!next || next.kind !== 'word') continue;
    if (next.lower === 'according' && tokens[m + 2]?.lower === 'to') return boundary;
    // ", said Sherman, a …" — an inverted attribution.
    const inverted = cueTable().get(next.lower);
    const invertedSource = inverted && (inverted.form === 'past' || inverted.form === 'present') ? phraseAfter(p.text, tokens, m + 2, end) : null;
    if (invertedSource && !appositiveBeforePredicate(tokens, invertedSource.last, end)) return boundary;
    const entry = cueTable().get(next.lower);
    if (entry && entry.form === 'gerund') return quoteEndsInComma ? boundary : m;
    if (CLAUSE_LINKS.has(next.lower) && next.lower !== 'and' && attributionAt(p, m + 2, end)) return m;
    // The writer's own continuation: ", although …", ", which would mean …" running to the sentence end, ", and NEW SUBJECT VERB …".
    if (!quoteEndsInComma && WRITER_CONTINUATIONS.has(next.lower) && !asideBeforePredicate(tokens, m + 1, end)) return m;
    if (!quoteEndsInComma && next.lower === 'which' && !hasCommaBefore(tokens, m + 2, end)) return m;
    // ", and that …" coordinates a second complement of the same cue; ", and Russia said …" starts the writer's next clause.
    const afterAnd = tokens[m + 2];
    if (!quoteEndsInComma && next.lower === 'and' && afterAnd?.kind === 'word' && afterAnd.lower !== 'that' && !SUBJECT_PRONOUNS_CONTINUING.has(afterAnd.lower) && isClauseStart(p.text, tokens, m + 2, end)) return m;
    // ", he said" / ", Peskov said" / ", Chaly, a negotiator, said" closing the clause; a quotation opened by a colon
    // ("… declared the need for courage: “…,” she said.") is that attribution's own, so the clause ends at the colon.
    if (attributionAt(p, m + 1, end)) return quoteEndsInComma && m - 1 > start && tokens[m - 1].lower === ':' ? m - 1 : boundary;
  }
  return end;
}

interface Lead {
  content: TokenRange;
}

/** A quotation within a few words after an object, with no finite verb or clause break before it; or -1. */
function quotedPredicate(tokens: readonly Token[], from: number, limit: number): number {
  for (let m = from; m < limit && m < from + 14; m++) {
    const t = tokens[m];
    if (t.kind === 'quote') return m;
    if (t.kind === 'punct' || t.lower === 'that') return -1;
    if (t.wordClass === 'auxiliary' || (t.wordClass === 'verb' && !/(ed|ing)$/.test(t.lower))) return -1;
  }
  return -1;
}

const ASIDE_PUNCT = new Set([',', '.', '-', '(', ')', '—', '–']);

/** An "as" within a few words after an object, with no verb or clause break before it; or -1. */
function asAfterObject(tokens: readonly Token[], from: number, limit: number): number {
  for (let m = from; m < limit && m < from + 10; m++) {
    const t = tokens[m];
    if (t.lower === 'as') return tokens[m + 1]?.kind === 'word' ? m : -1;
    if (t.kind !== 'word' || t.lower === 'that' || isFiniteWord(t)) return -1;
  }
  return -1;
}

/** The "that" closing an addressee or circumstances of up to a dozen words without a verb, or -1. */
function thatAfterAddressee(tokens: readonly Token[], from: number, limit: number): number {
  for (let m = from; m < limit && m < from + 12; m++) {
    const t = tokens[m];
    // "told the paper in a story that ran Friday that …": the first "that" opens a relative clause about the story.
    if (opensRelativeAboutReport(tokens, m)) {
      m++;
      continue;
    }
    if (t.lower === 'that') return m;
    if (t.kind === 'punct' && !ASIDE_PUNCT.has(t.lower)) return -1;
    // "speaking at a rally in Tarrow, Ore., warned that …": the "that" is the later verb's.
    if (m > from && t.kind === 'word' && cueTable().has(t.lower) && tokens[m - 1].wordClass !== 'determiner') return -1;
    if (t.kind === 'word' && (t.wordClass === 'auxiliary' || (t.wordClass === 'verb' && !t.lower.endsWith('ed')))) return -1;
  }
  return -1;
}

/** Content introduced after the cue (and its addressee and adjuncts), per the verb's complements. */
export function leadingContent(p: ParagraphTokens, cue: CueMatch, limit: number): Lead | null {
  const { tokens, text } = p;
  let k = skipAdjuncts(text, tokens, cue.end, limit);
  // "wrote back: …", "fired back that …": the particle answers, the content follows it.
  if (tokens[k]?.lower === 'back' && k === cue.end && [':', 'that'].includes(tokens[k + 1]?.lower ?? '')) k++;
  const c = cue.complements;
  if (cue.explicitOnly && !explicitComplement(p, k)) return null;
  const afterIt = contentAfterObjectIt(p, k, limit);
  if (afterIt !== undefined) return afterIt;
  // "promised they would …": a clause right after the verb, before any addressee is looked for.
  if (c.has('clause') && tokens[k] && tokens[k].kind === 'word' && tokens[k].lower !== 'that' && isClauseStart(text, tokens, k, limit)) {
    return { content: { first: k, last: contentEnd(p, k, limit) } };
  }
  if (c.has('addressee') || c.has('objectTo')) {
    // "told a joke about …": the object is what was told, and nothing more was.
    if (c.has('addressee') && toldThing(tokens, k, limit)) return null;
    const afterObject = skipAddressee(text, tokens, k, limit);
    if (c.has('objectTo') && tokens[afterObject]?.lower === 'to' && afterObject > k) {
      return { content: { first: k, last: contentEnd(p, afterObject, limit) } };
    }
    if (c.has('addressee')) {
      k = skipAdjuncts(text, tokens, afterObject, limit);
      // "told members of the party's executive council that …": a longer addressee, still before "that".
      if (tokens[k]?.lower !== 'that') {
        const that = thatAfterAddressee(tokens, k, limit);
        if (that >= 0) k = that;
      }
    }
  }
  // "told the paper in an interview that aired Sunday that …": the report's own "that" comes after the relative clause.
  if (opensRelativeAboutReport(tokens, k)) {
    const that = thatAfterAddressee(tokens, k + 2, limit);
    if (that > k) k = that;
  }
  // "said for six years on the stump that …", "said — on Twitter, as it happens — that …": circumstances before "that".
  if ((c.has('clause') || c.has('that')) && tokens[k]?.lower !== 'that' && tokens[k]?.kind !== 'quote') {
    const that = thatAfterAddressee(tokens, k, limit);
    if (that > k && isClauseStart(text, tokens, that + 1, limit)) k = that;
  }
  const t = tokens[k];
  if (!t) return null;
  if (cue.explicitOnly && !explicitComplement(p, k)) return null;
  // "a deadline that insiders said went unnoticed": the relative clause's verb follows the cue directly.
  if (cue.relativeSubject && t.kind === 'word' && (t.wordClass === 'auxiliary' || (t.wordClass === 'verb' && !t.lower.endsWith('ing')))) {
    return { content: { first: k, last: contentEnd(p, k, limit) } };
  }
  if (t.lower === 'that' && k + 1 < limit) return { content: { first: k, last: contentEnd(p, k + 1, limit) } };
  if (cue.lemma === 'say' && repeatsEarlierReport(tokens, k)) return { content: { first: k, last: contentEnd(p, k, limit) } };
  // "announced it had pulled out": a subject pronoun and its verb show the clause as plainly as "that".
  if (c.has('that') && t.kind === 'word' && SUBJECT_PRONOUNS_CONTINUING.has(t.lower) && isFiniteWord(tokens[k + 1])) return { content: { first: k, last: contentEnd(p, k, limit) } };
  if (t.lower === ':' && k + 1 < limit) return { content: { first: k + 1, last: contentEnd(p, k + 1, limit) } };
  if (t.lower === ',' && tokens[k + 1]?.kind === 'quote') return { content: { first: k + 1, last: contentEnd(p, k + 1, limit) } };
  if (t.kind === 'quote') return { content: { first: k, last: contentEnd(p, k, limit) } };
  if (c.has('question') && QUESTION_WORDS.has(t.lower)) return { content: { first: k, last: contentEnd(p, k, limit) } };
  if (c.has('to') && t.lower === 'to' && startsVerbPhrase(tokens[k + 1])) return { content: { first: k, last: contentEnd(p, k, limit) } };
  if (c.has('at') && (t.lower === 'at' || t.wordClass === 'verb')) {
    const from = t.lower === 'at' ? k + 1 : k;
    return from < limit ? { content: { first: from, last: contentEnd(p, from, limit) } } : null;
  }
  const predicate = c.has('predicate') ? predicateContent(p, k, limit) : null;
  if (predicate) return predicate;
  if ((c.has('clause') || c.has('addressee')) && isClauseStart(text, tokens, k, limit)) {
    return { content: { first: k, last: contentEnd(p, k, limit) } };
  }
  if (c.has('object') && startsObject(p, k, limit)) return { content: { first: k, last: objectEnd(p, k, contentEnd(p, k, limit)) } };
  return null;
}

/**
 * "confirmed it to the paper: “…”": "it" stands for the quotation the colon after the addressee introduces; with
 * nothing after the addressee ("confirmed it to the paper, saying …") the verb reports no content of its own (null).
 * Undefined where no object "it" and addressee follow the cue.
 */
function contentAfterObjectIt(p: ParagraphTokens, k: number, limit: number): Lead | null | undefined {
  const told = pronounObjectToAddressee(p.text, p.tokens, k, limit);
  if (told === null) return undefined;
  if (p.tokens[told]?.lower !== ':' || p.tokens[told + 1]?.kind !== 'quote') return null;
  return { content: { first: told + 1, last: contentEnd(p, told + 1, limit) } };
}

/** How far into an object an occasion is looked for. */
const OBJECT_REACH = 14;

/**
 * "criticized Lund during a debate": the object's content ends where "during" gives the occasion of the act. A verb,
 * a punctuation mark or a quotation before it means the object has a clause of its own, which is left as it is.
 */
function objectEnd(p: ParagraphTokens, k: number, end: number): number {
  const { tokens } = p;
  for (let m = k + 1; m < end && m - k <= OBJECT_REACH; m++) {
    const t = tokens[m];
    if (t.kind !== 'word' || t.wordClass === 'verb' || t.wordClass === 'auxiliary') return end;
    if (t.lower === 'during') return m;
  }
  return end;
}

/** "called the talks “constructive”", "called Mrs. Smith an ''Aunt Tom''", "described the protests as peaceful". */
function predicateContent(p: ParagraphTokens, k: number, limit: number): Lead | null {
  const { tokens, text } = p;
  const objectPronoun = tokens[k]?.kind === 'word' && OBJECT_PRONOUNS.has(tokens[k].lower);
  const object = phraseAfter(text, tokens, k, limit) ?? (objectPronoun ? { first: k, last: k + 1 } : null);
  if (!object) return null;
  const after = object.last;
  const predicate = tokens[after]?.lower === 'as' ? after + 1 : after;
  const next = tokens[predicate];
  if (next && next.kind === 'quote') return { content: { first: k, last: predicate + 1 } };
  // "called Ford's plans to open a plant in Mexico “an absolute disgrace”": a quoted predicate after a longer object.
  const quoted = quotedPredicate(tokens, after, limit);
  if (quoted >= 0) return { content: { first: k, last: quoted + 1 } };
  if (next && next.kind === 'word' && predicate < limit) {
    const cls = next.wordClass;
    const nounPredicate = cls === 'determiner' || cls === 'adjective' || (predicate > after && cls !== 'preposition' && cls !== 'verb');
    if (nounPredicate) return { content: { first: k, last: contentEnd(p, predicate, limit) } };
  }
  // "see police violence against minorities as a problem": "as" after a longer object.
  const as = asAfterObject(tokens, after, limit);
  return as > after ? { content: { first: k, last: contentEnd(p, as + 1, limit) } } : null;
}

export const QUESTION_WORDS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);

/** "found himself in …": a reflexive object reports nothing. */
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself']);

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'himself', 'herself', 'themselves', 'itself']);

/** A noun phrase object: a determiner, a name, a pronoun or a noun, not a preposition or a verb. */
function startsObject(p: ParagraphTokens, k: number, limit: number): boolean {
  const token = p.tokens[k];
  if (!token || k >= limit || token.kind !== 'word') return false;
  if (REFLEXIVES.has(token.lower)) return false;
  if (OBJECT_PRONOUNS.has(token.lower)) return true;
  if (RELATIVE_PRONOUNS.has(token.lower)) return false;
  // "supports raising the wage"
  if (!token.capitalised && token.lower.endsWith('ing') && token.wordClass === 'verb') return true;
  return phraseAfter(p.text, p.tokens, k, limit) !== null;
}

/** "to accept" but not "to the Western powers". */
function startsVerbPhrase(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const cls = token.wordClass;
  return cls !== 'determiner' && cls !== 'pronoun' && cls !== 'number' && cls !== 'preposition' && !token.capitalised;
}

/**
 * "Ruiz's claim that 80 percent were on the list is her team's estimate": the noun's clause ends where the
 * sentence's own verb comes back — a second finite verb right after a noun.
 */
export function clauseBeforeMainVerb(p: ParagraphTokens, first: number, last: number): number {
  const { tokens } = p;
  let seenVerb = false;
  for (let m = first; m < last; m++) {
    const t = tokens[m];
    if (t.kind !== 'word') continue;
    const cls = t.wordClass;
    const finite = cls === 'auxiliary' || (cls === 'verb' && !t.lower.endsWith('ing'));
    if (!finite) continue;
    const before = tokens[m - 1];
    // Not the same verb group ("has been saying") and not a new clause ("and was", "that is", "who said").
    const sameGroup = before && before.kind === 'word' && (before.wordClass === 'auxiliary' || before.wordClass === 'adverb');
    const linked = before && before.kind === 'word' && (before.wordClass === 'conjunction' || RELATIVE_PRONOUNS.has(before.lower) || before.lower === 'to' || before.wordClass === 'pronoun');
    if (seenVerb && before && before.kind === 'word' && !sameGroup && !linked) return m;
    seenVerb = true;
  }
  return last;
}
