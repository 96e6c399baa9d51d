/** Adjuncts after a reporting verb ("on Wednesday", "in an interview with PBS", "earlier") and its addressee ("told reporters"). */
import type { Token } from '../article/tokens';
import { phraseAfter } from './phrases';
import { TITLE_ABBREVIATIONS } from '../article/sentences';
import { capitalised, isAdverbial, MONTHS, TIME_DETERMINERS, TIME_NOUNS, WEEKDAYS, type TokenRange } from './tokenShapes';

const TIME_WORDS = new Set([...WEEKDAYS, 'here', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'previously', 'again',
  'also', 'then', 'once', 'repeatedly', 'publicly', 'privately', 'separately', 'flatly', 'bluntly', 'frankly', 'openly', 'explicitly']);
/** Nouns that make a prepositional phrase an adjunct of saying ("in a statement", "at a news conference"). */
const SPEECH_EVENTS = new Set(['statement', 'statements', 'interview', 'interviews', 'tweet', 'tweets', 'post', 'posts',
  'briefing', 'conference', 'email', 'e-mail', 'letter', 'speech', 'remarks', 'hearing', 'memo', 'report', 'message', 'release',
  'call', 'appearance', 'broadcast', 'show', 'twitter', 'facebook', 'television', 'radio', 'podcast', 'op-ed', 'column', 'blog',
  'video', 'press', 'reporters', 'journalists', 'telegram', 'instagram', 'session', 'meeting', 'address', 'rally', 'event', 'program',
  'programme', 'debate', 'testimony', 'filing', 'document', 'documents', 'snippet', 'writing', 'person', 'response', 'reply',
  'note', 'summit', 'forum', 'panel', 'audience', 'crowd', 'supporters', 'congress', 'parliament', 'lawmakers']);
const ADJUNCT_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'to', 'with', 'via', 'over', 'after', 'before', 'from', 'through', 'late', 'early', 'earlier', 'last', 'this', 'while']);


/** "Wednesday", "March 30", "Tuesday night": a date ends where the next noun phrase begins ("on Wednesday more weapons"). */
function timePhrase(tokens: readonly Token[], start: number, limit: number): TokenRange | null {
  let k = start;
  if (tokens[k]?.lower === 'the') k++;
  const first = tokens[k];
  if (!first || !(WEEKDAYS.has(first.lower) || MONTHS.has(first.lower))) return null;
  k++;
  while (k < limit && k - start < 5 && (/^\d/.test(tokens[k].lower) || TIME_WORDS.has(tokens[k].lower) || tokens[k].lower === ',' && /^\d/.test(tokens[k + 1]?.lower ?? ''))) k++;
  return { first: start, last: k };
}

/** "reported September 26, citing …": a date without a preposition; returns the token after it, or `k`. */
function bareDate(text: string, tokens: readonly Token[], k: number): number {
  const month = tokens[k];
  if (!MONTHS.has(month.lower) || !capitalised(text, month)) return k;
  const day = tokens[k + 1]?.lower === '.' ? k + 2 : k + 1;
  if (!/^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[day]?.lower ?? '')) return k;
  // "said May 5 was the deadline", "criticized April 1 interview": a date before more words belongs to what follows.
  const next = tokens[day + 1];
  return !next || next.kind === 'punct' ? day + 1 : k;
}

const BRACKETED_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'with', 'without', 'via', 'for', 'from', 'to']);

/** The comma closing a short phrase that opens with the comma at `k`, when a quotation follows it; else -1. */
function commaBracketBeforeQuote(tokens: readonly Token[], k: number, limit: number): number {
  // A prepositional phrase ("in a nod to …", "on Monday"); "if …," or "when …," opens a clause of the content.
  if (!BRACKETED_PREPOSITIONS.has(tokens[k + 1].lower)) return -1;
  for (let close = k + 2; close < limit && close - k <= 12; close++) {
    const t = tokens[close];
    if (t.kind === 'quote' || t.lower === '.' || t.lower === ';' || t.lower === ':') return -1;
    if (t.lower === ',') return tokens[close + 1]?.kind === 'quote' ? close : -1;
  }
  return -1;
}

/**
 * Skips adjuncts after a cue ("on Wednesday", "in an interview with PBS, which aired on Wednesday,", "earlier") and
 * returns the index of the first token after them.
 */
export function skipAdjuncts(text: string, tokens: readonly Token[], start: number, limit: number): number {
  let k = start;
  for (let round = 0; round < 4 && k < limit; round++) {
    const t = tokens[k];
    // "acknowledged, however, “…”"
    if (t.lower === ',' && tokens[k + 1]?.kind === 'word') {
      let close = k + 1;
      while (close < limit && close - k <= 4 && tokens[close].lower !== ',') close++;
      if (close < limit && tokens[close].lower === ',' && isAdverbial(tokens, k + 1, close)) {
        k = close;
        if (tokens[k + 1]?.kind !== 'quote') k++;
        continue;
      }
    }
    // "said, in a nod to her eldest, “…”": a phrase between commas right before the quotation stands between the
    // verb and the words it reports.
    const bracketed = t.lower === ',' && tokens[k + 1]?.kind === 'word' ? commaBracketBeforeQuote(tokens, k, limit) : -1;
    if (bracketed > 0) {
      k = bracketed;
      break;
    }
    if (t.kind !== 'word') break;
    if (TIME_DETERMINERS.has(t.lower)) {
      // "this week", "last month"; "this is …" is the reported clause.
      if (TIME_NOUNS.has(tokens[k + 1]?.lower ?? '') || WEEKDAYS.has(tokens[k + 1]?.lower ?? '')) {
        k += 2;
        continue;
      }
      break;
    }
    const afterDate = bareDate(text, tokens, k);
    if (afterDate > k) {
      k = afterDate;
      continue;
    }
    if (TIME_WORDS.has(t.lower)) {
      // "Wednesday morning"
      k += WEEKDAYS.has(t.lower) && TIME_NOUNS.has(tokens[k + 1]?.lower ?? '') ? 2 : 1;
      continue;
    }
    // "said of the senator, “…”": whom the words were about.
    if (t.lower === 'of' && k === start) {
      const about = phraseAfter(text, tokens, k + 1, limit);
      if (about && (tokens[about.last]?.lower === ',' || tokens[about.last]?.lower === ':') && (tokens[about.last + 1]?.kind === 'quote' || tokens[about.last + 1]?.lower === 'that')) {
        k = about.last;
        continue;
      }
      break;
    }
    if (!ADJUNCT_PREPOSITIONS.has(t.lower)) break;
    const single = tokens[k + 1] && SPEECH_EVENTS.has(tokens[k + 1].lower) ? { first: k + 1, last: k + 2 } : null;
    const date = timePhrase(tokens, k + 1, limit);
    const phrase = date ?? phraseAfter(text, tokens, k + 1, limit) ?? single;
    if (!phrase) break;
    // "in April", "on March 3" are dates by their month or weekday.
    let eventful = date !== null;
    for (let m = phrase.first; m < phrase.last; m++) if (SPEECH_EVENTS.has(tokens[m].lower) || TIME_WORDS.has(tokens[m].lower) || /^\d/.test(tokens[m].lower)) eventful = true;
    if (!eventful) break;
    k = phrase.last;
    // ", which aired on Wednesday," — a relative clause between commas belongs to the adjunct.
    if (k + 1 < limit && tokens[k].lower === ',' && (tokens[k + 1].lower === 'which' || tokens[k + 1].lower === 'who')) {
      let c = k + 2;
      while (c < limit && c - k < 16 && tokens[c].lower !== ',' && tokens[c].kind !== 'quote') c++;
      if (c < limit && tokens[c].lower === ',') k = c + 1;
    }
  }
  return k;
}

/** An addressee after tell/inform ("PBS", "reporters", "The New York Times", "Zelenskyy"): no prepositions, few words. */
export function skipAddressee(text: string, tokens: readonly Token[], start: number, limit: number): number {
  if (toldThing(tokens, start, limit)) return start;
  let k = start;
  // "warned that …": "that" opens the clause, not an addressee ("warned that group").
  if (tokens[k]?.kind === 'word' && ((tokens[k].wordClass === 'determiner' && tokens[k].lower !== 'that') || tokens[k].lower === 'him' || tokens[k].lower === 'her' || tokens[k].lower === 'them' || tokens[k].lower === 'us' || tokens[k].lower === 'me')) k++;
  while (k < limit && k - start < 8) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.lower === '.' && TITLE_ABBREVIATIONS.has(tokens[k - 1]?.lower ?? '')) {
      k++;
      continue;
    }
    // "told the Daily Ledger (DL)": a short bracketed abbreviation after a name belongs to it.
    if (t.lower === '(' && k > start && capitalised(text, tokens[k - 1]) && tokens[k + 2]?.lower === ')') {
      k += 3;
      continue;
    }
    if (t.kind !== 'word' || t.lower === 'that') break;
    if ((t.lower === 'of' || t.lower === 'and') && k > start && tokens[k + 1] && (capitalised(text, tokens[k + 1]) || (t.lower === 'of' && tokens[k + 1].lower === 'the'))) {
      k++;
      continue;
    }
    const cls = t.wordClass;
    // "told delegates", "told state delegates": in the addressee's place a verb's -s form is a plural noun.
    const pluralNoun = cls === 'verb' && /[^s]s$/.test(t.lower);
    if (!(capitalised(text, t) || cls === 'noun' || cls === 'other' || cls === 'adjective' || cls === 'base' || cls === 'number' || pluralNoun) || cls === 'preposition') break;
    k++;
  }
  return k;
}

/** What one tells that is no one told: "told a joke", "told the story of …", "tells the truth". */
const TOLD_THINGS = new Set(['story', 'stories', 'tale', 'tales', 'joke', 'jokes', 'anecdote', 'anecdotes', 'truth', 'lie', 'lies',
  'fib', 'fibs', 'secret', 'secrets', 'difference', 'version', 'parable', 'yarn', 'yarns']);

/** An object of "tell" that is a thing told, not an addressee: its head, after a determiner and modifiers, is one. */
export function toldThing(tokens: readonly Token[], start: number, limit: number): boolean {
  let k = start;
  if (tokens[k]?.kind === 'word' && (tokens[k].wordClass === 'determiner' || /['’]s$/.test(tokens[k].lower)) && tokens[k].lower !== 'that') k++;
  for (; k < limit && k - start < 5 && tokens[k].kind === 'word' && !tokens[k].capitalised; k++) {
    if (TOLD_THINGS.has(tokens[k].lower)) return true;
    if (!['adjective', 'noun', 'other', 'base'].includes(tokens[k].wordClass)) return false;
  }
  return false;
}

/**
 * "it to the Valley Times on Monday": an object "it" and an addressee after "to" (not an infinitive: "confirmed it to be
 * true"); the index after the addressee and its adjuncts, or null.
 */
export function pronounObjectToAddressee(text: string, tokens: readonly Token[], k: number, limit: number): number | null {
  const next = tokens[k + 2];
  // Someone addressed: a name, a pronoun, a determiner's noun or a plural ("reporters"); "expect it to likely be" is none.
  const addressed = next?.kind === 'word' && (next.capitalised || ['determiner', 'pronoun'].includes(next.wordClass) || (/[^s'’]s$/.test(next.lower) && next.wordClass !== 'verb'));
  if (tokens[k]?.lower !== 'it' || tokens[k + 1]?.lower !== 'to' || !addressed) return null;
  const after = skipAddressee(text, tokens, k + 2, limit);
  return after > k + 2 ? skipAdjuncts(text, tokens, after, limit) : null;
}
