/**
 * The subject of a sentence's main clause, for a participle or a coordinated verb of saying later in it ("Ruiz, the
 * board's chair, cut the budget, saying …", "At a rally in Tarrow, Ohio, on Sunday, Ruiz urged calm, adding …").
 */
import type { Sentence } from '../article/sentences';
import type { ParagraphTokens } from '../article/model';
import { isCommaToken } from './found';
import { CONTRACTED_SUBJECT } from '../text/words';
import { phraseAfter, type TokenRange } from './phrases';
import { MONTHS, WEEKDAYS } from './tokenShapes';
import { agreesWithSubject, PLURAL_QUANTIFIERS } from './verbAgreement';

const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/** How far into the sentence its subject may start (after openers) and how long an appositive after it may run. */
const SUBJECT_REACH = 30;
const APPOSITIVE_REACH = 16;

/** A verb (or what the lexicon misreads as one) right after the phrase: the phrase is the clause's subject. */
function verbFollows(p: ParagraphTokens, subject: TokenRange, at: number): boolean {
  const next = p.tokens[at];
  if (!next || next.kind !== 'word') return false;
  const cls = next.wordClass;
  // "X lashed out", "X on Monday lashed out", "X also said"; after a personal pronoun any word is its verb ("She cut …").
  const personal = subject.last - subject.first === 1 && (PERSONAL_PRONOUNS.has(p.tokens[subject.first].lower) || CONTRACTED_SUBJECT.test(p.tokens[subject.first].lower));
  // "Ruiz celebrated in Tarrow": a past form the lexicon lists as an adjective is the verb after a subject.
  const pastForm = cls === 'adjective' && /ed$/.test(next.lower);
  // "Some farmers sell …", "Critics ask to …": a bare form agrees with a plural subject as its present verb (the
  // lexicon lists some as nouns, which the phrase walk ends at by the same agreement).
  const last = p.tokens[subject.last - 1];
  const plural = (cls === 'base' && !next.capitalised && last.kind === 'word' && !last.capitalised && (/[^s'’]s$/.test(last.lower) || PLURAL_QUANTIFIERS.has(last.lower))) || agreesWithSubject(p.tokens, at, at + 2);
  return cls === 'verb' || cls === 'auxiliary' || cls === 'adverb' || cls === 'other' || cls === 'preposition' || pastForm || plural || (personal && cls !== 'conjunction');
}

/**
 * "Ruiz, the board's chair, cut …", "Lund, 58, of Tarrow, Ohio, urged …", "Vold, who faces a hard race, dropped …":
 * the token after the appositives set off by commas behind a name, or -1 where none closes before `before`.
 */
function afterAppositives(p: ParagraphTokens, comma: number, before: number): number {
  const { tokens } = p;
  for (let m = comma + 1; m < before && m - comma <= APPOSITIVE_REACH; m++) {
    const t = tokens[m];
    if (t.kind === 'quote' || t.lower === ';' || t.lower === ':') return -1;
    if (m <= comma + 1 || !isCommaToken(p, m)) continue;
    // "Vold, in an interview, barely dwelled on …": adverbs may stand before the predicate's verb.
    let v = m + 1;
    while (v < before && tokens[v].kind === 'word' && !tokens[v].capitalised && tokens[v].wordClass === 'adverb') v++;
    const next = tokens[v];
    // "Tarrow, on Sunday, Ruiz urged calm, saying …": a participle after a comma opens an adjunct, not the predicate.
    if (next?.kind === 'word' && !next.capitalised && !next.lower.endsWith('ing')) {
      const cls = next.wordClass;
      // "Tarrow, at the same time, put …": a bare form after the appositive is its verb.
      if (cls === 'verb' || cls === 'auxiliary' || cls === 'base' || (cls === 'adjective' && /ed$/.test(next.lower))) return v;
    }
  }
  return -1;
}

/**
 * The subject of the clause a participle at `before` follows: the subject at the start of the sentence, or that of a
 * main clause coordinated after it ("Prosecutors charged the officer and Ruiz fired the chief, acknowledging …").
 */
export function subjectOfSentence(p: ParagraphTokens, sentence: Sentence, before: number): TokenRange | null {
  const main = mainSubject(p, sentence, before);
  return coordinatedSubject(p, main ? main.last : sentence.first, before) ?? main;
}

/**
 * The last "and"/"but" + name or pronoun + finite verb between `from` and `before`, after a verb of the clause before
 * it: a clause with a subject of its own ("Ruiz and Vold visited …" is one subject).
 */
function coordinatedSubject(p: ParagraphTokens, from: number, before: number): TokenRange | null {
  const { tokens, text } = p;
  let found: TokenRange | null = null;
  let predicate = false;
  for (let m = from; m < before - 2; m++) {
    const link = tokens[m];
    if (link.kind === 'word' && !link.capitalised && ['verb', 'auxiliary', 'base'].includes(link.wordClass)) predicate = true;
    if (!predicate || link.kind !== 'word' || (link.lower !== 'and' && link.lower !== 'but')) continue;
    const next = tokens[m + 1];
    if (next.kind !== 'word' || !(next.capitalised || PERSONAL_PRONOUNS.has(next.lower))) continue;
    const subject = phraseAfter(text, tokens, m + 1, before);
    const verb = subject ? tokens[subject.last] : undefined;
    // A past form the lexicon lists as an adjective ("closed") is the verb after a subject, as in `verbFollows`.
    const finite = verb?.kind === 'word' && !verb.capitalised && !verb.lower.endsWith('ing') && (verb.wordClass === 'verb' || verb.wordClass === 'auxiliary' || (verb.wordClass === 'adjective' && /ed$/.test(verb.lower)));
    if (subject && finite) found = subject;
  }
  return found;
}

/** The subject noun phrase at the start of the sentence (after an introductory phrase and comma), if a verb follows it. */
function mainSubject(p: ParagraphTokens, sentence: Sentence, before: number): TokenRange | null {
  const { tokens, text } = p;
  for (let start = sentence.first; start < before && start - sentence.first <= SUBJECT_REACH; start++) {
    if (start > sentence.first && !isCommaToken(p, start - 1) && !closesDateline(p, start - 1, sentence.first)) continue;
    // "Later in the day, she …", "As word of the results came in, he …", "Speaking in Salem, she …": an opener.
    if ((start === sentence.first || closesDateline(p, start - 1, sentence.first)) && opensWithOpener(p, start, before)) continue;
    // "TARROW, July 25 (UPI) — …", "…, Tuesday, …": a date is no subject.
    if (isDate(tokens, start)) continue;
    let first = start;
    if (tokens[first]?.kind === 'word' && tokens[first].wordClass === 'conjunction') first++;
    // "Then she shattered …", "And then Vold went …": a sentence adverb before the subject.
    if (tokens[first]?.kind === 'word' && tokens[first].wordClass === 'adverb' && tokens[first + 1]?.kind === 'word') first++;
    const subject = withParenthetical(p, phraseAfter(text, tokens, first, before), before);
    // "Hours later, Vold …": an adverb and a comma after the phrase close an opener, not a subject.
    const opener = subject !== null && tokens[subject.last]?.wordClass === 'adverb' && isCommaToken(p, subject.last + 1);
    if (opener) continue;
    if (subject && verbFollows(p, subject, subject.last)) return subject;
    if (subject && isCommaToken(p, subject.last) && tokens[subject.first].capitalised && !OPENER_CLASSES.has(tokens[subject.first].wordClass)) {
      const verb = afterAppositives(p, subject.last, before);
      if (verb >= 0) return subject;
    }
    const name = leadingName(p, first, before);
    if (name) return name;
  }
  return null;
}

/** "Rep. Ana Ruiz (D-Ore.) reacted …": a parenthetical right after the phrase belongs to it. */
function withParenthetical(p: ParagraphTokens, phrase: TokenRange | null, before: number): TokenRange | null {
  const { tokens } = p;
  if (!phrase || tokens[phrase.last]?.lower !== '(') return phrase;
  for (let m = phrase.last + 1; m < before && m - phrase.last <= PARENTHETICAL_REACH; m++) {
    if (tokens[m].lower === ')') return { first: phrase.first, last: m + 1 };
  }
  return phrase;
}

const PARENTHETICAL_REACH = 8;

function isDate(tokens: ParagraphTokens['tokens'], k: number): boolean {
  const lower = tokens[k]?.lower ?? '';
  return WEEKDAYS.has(lower) || (MONTHS.has(lower) && /^\d/.test(tokens[k + 1]?.lower ?? ''));
}

const DATELINE_DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);
/** How far into a sentence a dateline's dash may stand ("TARROW, Velmland, July 25 (UPI) —"). */
const DATELINE_REACH = 12;

/**
 * "TARROW (AFP) — The union …", "TARROW, July 25 (UPI) – …", "TARROW — …": the dash at `k` closes a dateline, and the
 * sentence's subject comes after it.
 */
function closesDateline(p: ParagraphTokens, k: number, first: number): boolean {
  const { tokens, text } = p;
  if (!DATELINE_DASHES.has(tokens[k].lower) || k - first > DATELINE_REACH || k === first) return false;
  // "TARROW BEACH, S.C. -": an abbreviation's period may close the place.
  const before = tokens[k - 1].lower === '.' && k - 2 > first ? tokens[k - 2] : tokens[k - 1];
  const shouted = before.kind === 'word' && before.capitalised && text.slice(before.start, before.end) === text.slice(before.start, before.end).toUpperCase();
  return before.lower === ')' || shouted;
}

/** "On Sunday, …", "Instead, …": first words of an opener, not of a subject with an appositive. */
const OPENER_CLASSES: ReadonlySet<string> = new Set(['preposition', 'adverb', 'conjunction']);

const OPENER_WORDS: ReadonlySet<string> = new Set(['here', 'there', 'outside', 'inside', 'later', 'earlier', 'last', 'next', 'this', 'since', 'as', 'when', 'after', 'before', 'while', 'although', 'though', 'because', 'once', 'if', 'until', 'despite', 'amid']);

/** The sentence opens with a subordinate clause or an adjunct that a comma closes before `before`. */
function opensWithOpener(p: ParagraphTokens, first: number, before: number): boolean {
  const t = p.tokens[first];
  if (!t || t.kind !== 'word') return false;
  const cls = t.wordClass;
  // "Hours later,", "Two weeks ago,"
  const ago = [1, 2].some((n) => ['later', 'earlier', 'ago'].includes(p.tokens[first + n]?.lower ?? ''));
  const opener = OPENER_WORDS.has(t.lower) || cls === 'preposition' || (cls === 'verb' && /ing$/.test(t.lower)) || ago;
  if (!opener) return false;
  for (let m = first + 1; m < before; m++) if (isCommaToken(p, m)) return true;
  return false;
}

const NOT_NAME_CLASSES: ReadonlySet<string> = new Set(['determiner', 'pronoun', 'preposition', 'conjunction', 'adverb', 'auxiliary']);

/**
 * "Tom Vold hit the trail, accusing …": a run of capitalised words opening the clause, then a lowercase word, is its
 * subject where the lexicon misreads the verb after it ("hit" as a noun, "rallied supporters" as one phrase).
 */
function leadingName(p: ParagraphTokens, start: number, before: number): TokenRange | null {
  const { tokens } = p;
  let last = start;
  while (last < before && last - start < 6 && tokens[last].kind === 'word' && tokens[last].capitalised && !/['’]s$/.test(tokens[last].lower)) last++;
  if (last === start || NOT_NAME_CLASSES.has(tokens[start].wordClass)) return null;
  const next = tokens[last];
  return next && next.kind === 'word' && !next.capitalised && last < before ? { first: start, last } : null;
}
