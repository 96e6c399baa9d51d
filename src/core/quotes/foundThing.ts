/**
 * "He found sanctuary in Tarn", "the crews found the tunnels": "find" with a bare object reports a discovery, not a
 * view. It reports a finding when a study or a poll does the finding ("a poll found broad support") and a view when
 * the object has a predicate ("found the plan reckless", "found it to be a mistake", "found Orn the winner").
 */
import type { ParagraphTokens } from '../article/model';
import type { TokenRange } from './phrases';
import { phraseAfter } from './phrases';
import { isClauseStart } from './clauseStart';
import { FINDING_DOCUMENTS } from './phrasal';

/** Who finds things out for a living: what they find is a result. */
const INQUIRERS = new Set(['report', 'reports', 'inquiry', 'investigation', 'investigators', 'review', 'researchers', 'economists',
  'authors', 'scientists', 'paper', 'analysts', 'inspector', 'auditors', 'experts', 'tests', 'test', 'probe', 'jury', 'court', 'judge']);

function inquirerBefore(p: ParagraphTokens, from: number, cue: number): boolean {
  for (let m = from; m < cue; m++) if (FINDING_DOCUMENTS.has(p.tokens[m].lower) || INQUIRERS.has(p.tokens[m].lower)) return true;
  return false;
}

/** Endings of adjectives the word list does not know ("deplorable", "reckless", "dangerous", "offensive"). */
const ADJECTIVE_ENDINGS = /(?:ble|less|ous|ful|ive)$/;

/**
 * The object has a predicate: an adjective or participle closing the content ("found his message chilling"), "to be",
 * "as" or "too" after the object, or a noun phrase right after a name ("found Orn the winner").
 */
function hasPredicate(p: ParagraphTokens, object: TokenRange, content: TokenRange): boolean {
  let last = content.last - 1;
  while (last > content.first && p.tokens[last].kind === 'punct') last--;
  const closing = p.tokens[last];
  const adjectival = closing.wordClass === 'adjective' || (closing.wordClass === 'verb' && /(ing|ed)$/.test(closing.lower)) || ADJECTIVE_ENDINGS.test(closing.lower);
  if (last > content.first && closing.kind === 'word' && !closing.capitalised && adjectival && !clauseBetween(p, object.last, last)) return true;
  const after = p.tokens[object.last];
  if (!after || after.kind !== 'word') return false;
  if (after.lower === 'to' && p.tokens[object.last + 1]?.lower === 'be') return true;
  return after.lower === 'as' || after.lower === 'too' || after.wordClass === 'adjective' || (after.wordClass === 'determiner' && p.tokens[object.last - 1].capitalised);
}

/**
 * "found sanctuary in Tarn and never returned": a verb after the object, or a conjunction right before the closing
 * word, makes that word a clause of its own; a list inside the object ("on race, religion and class") does not.
 */
function clauseBetween(p: ParagraphTokens, from: number, to: number): boolean {
  let before = to - 1;
  while (before > from && p.tokens[before].wordClass === 'adverb') before--;
  if (p.tokens[before].wordClass === 'conjunction') return true;
  for (let m = from; m < to; m++) {
    const t = p.tokens[m];
    if (t.kind === 'quote' || t.wordClass === 'auxiliary' || t.wordClass === 'verb') return true;
  }
  return false;
}

/** "found their voice": finding a voice is beginning to speak out. */
function findsAVoice(p: ParagraphTokens, object: TokenRange): boolean {
  for (let m = object.first; m < object.last; m++) if (p.tokens[m].lower === 'voice') return true;
  return false;
}

/** A "find" whose content is a bare thing found, from a finder who is no study: no report. */
export function findsOnlyAThing(p: ParagraphTokens, lemma: string, sentenceFirst: number, cueStart: number, content: TokenRange): boolean {
  if (lemma !== 'find') return false;
  const first = p.tokens[content.first];
  if (!first || first.kind !== 'word' || first.lower === 'that' || isClauseStart(p.text, p.tokens, content.first, content.last)) return false;
  const object = phraseAfter(p.text, p.tokens, content.first, content.last);
  if (!object || hasPredicate(p, object, content) || findsAVoice(p, object)) return false;
  return !inquirerBefore(p, sentenceFirst, cueStart);
}
