/** Whether a clause (a subject and its finite verb) starts at a token: the test of reported content after a cue. */
import type { Token } from '../article/tokens';
import { SUBJECT_PRONOUNS } from '../text/words';
import { phraseAfter } from './phrases';
import { capitalised, isAbbreviationPeriod } from './tokenShapes';
import { agreesWithSubject, FINITE_SUFFIX, onlyAdverbsSince, PAST_AS_ADJECTIVE, pastBeforeObject, verbInsidePhrase } from './verbAgreement';

const PRONOUN_CONTRACTION = /^(he|she|it|they|we|i|you|that|there|who)['’](s|re|ve|ll|d|m)$/;
/** A reported clause may open with a subordinate clause ("said if he were president, …"). */
const SUBORDINATORS = new Set(['if', 'when', 'because', 'while', 'although', 'though', 'once', 'unless', 'after', 'before', 'since']);
const PREPOSITIONAL_SUBORDINATORS = new Set(['after', 'before', 'since']);
const QUESTION_OPENERS = new Set(['whether', 'how', 'why', 'what', 'where', 'who']);
const LEADING_ADVERBS = new Set(['too', 'so', 'only', 'even', 'just', 'not', 'perhaps', 'maybe', 'now', 'then', 'still', 'also', 'already', 'nearly', 'almost', 'about', 'roughly']);
const COMPARATIVE_QUANTIFIERS = new Set(['more', 'less', 'fewer']);

/**
 * Whether a clause (subject and finite verb) starts at `start`: "he was confident", "the decision, which …, illustrates",
 * "if he were president, …". The subject's finite verb is looked for within a dozen words, across one parenthetical.
 */
export function isClauseStart(text: string, tokens: readonly Token[], start: number, limit: number, depth = 0): boolean {
  let k = start;
  while (k < limit && tokens[k].kind === 'word' && LEADING_ADVERBS.has(tokens[k].lower) && k - start < 3) k++;
  if (tokens[k]?.lower === 'at' && (tokens[k + 1]?.lower === 'least' || tokens[k + 1]?.lower === 'most')) k += 2;
  // "more than 1 million donors made …"
  if (COMPARATIVE_QUANTIFIERS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'than') k += 2;
  const t = tokens[k];
  if (!t) return false;
  if (t.kind === 'quote') return true;
  if (t.kind !== 'word') return false;
  if (SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'there' || PRONOUN_CONTRACTION.test(t.lower)) return true;
  if (QUESTION_OPENERS.has(t.lower)) return true;
  // "having Trump at the top of the ticket puts …": a gerund phrase as subject, then a finite verb.
  if (t.lower.endsWith('ing') && !t.capitalised && t.lower !== 'being' && t.wordClass !== 'noun') return gerundSubjectHasVerb(tokens, k, limit);
  // "said if elected president he could …": a subordinate clause may be reduced; "before invading" is a preposition's.
  if (SUBORDINATORS.has(t.lower)) return !PREPOSITIONAL_SUBORDINATORS.has(t.lower) || (depth < 2 && isClauseStart(text, tokens, k + 1, limit, depth + 1));
  // "under the proposed deal, Ukraine would …": a fronted phrase, then the clause.
  if (t.wordClass === 'preposition' && t.lower !== 'to' && depth === 0) {
    for (let m = k + 1; m < limit && m < k + 10; m++) {
      if (tokens[m].lower === ',') return isClauseStart(text, tokens, m + 1, limit, 1);
      if (tokens[m].kind !== 'word' || tokens[m].wordClass === 'verb') break;
    }
    return false;
  }
  const subject = phraseAfter(text, tokens, k, limit);
  if (!subject) return false;
  if (verbInsidePhrase(tokens, subject) || (subject.last < limit && (agreesWithSubject(tokens, subject.last, subject.last + 2) || pastBeforeObject(tokens, subject.last)))) return true;
  // After the subject: a finite verb, possibly behind adverbs, a prepositional phrase ("the upside of using …") or one
  // parenthetical between commas ("the decision, which struck down …, illustrates").
  let inParenthetical = false;
  let parentheticals = 0;
  let participle = false;
  for (let m = subject.last; m < limit && m < subject.last + 16; m++) {
    const token = tokens[m];
    if (isAbbreviationPeriod(tokens, m)) continue;
    if (token.kind !== 'word') {
      // "the mood of the meeting “was because …”": the quotation carries the verb; after ", saying," it is the
      // participle's object ("the news to the paper, saying, “…”" is a noun phrase and a participle).
      if (token.kind === 'quote' && !inParenthetical) return !participle;
      if (token.lower === ',') {
        if (!inParenthetical && parentheticals > 0) return false;
        inParenthetical = !inParenthetical;
        parentheticals++;
        participle ||= inParenthetical && /ing$/.test(tokens[m + 1]?.lower ?? '') && tokens[m + 1].kind === 'word' && !tokens[m + 1].capitalised;
        continue;
      }
      if (inParenthetical || token.lower === '-' || token.lower === '(' || token.lower === ')') continue;
      return false;
    }
    if (inParenthetical) continue;
    const cls = token.wordClass;
    if (cls === 'auxiliary') return true;
    // "the only senator to endorse her": a verb after "to" is an infinitive, not the clause's own verb.
    if (cls === 'verb' && !token.lower.endsWith('ing') && tokens[m - 1]?.lower !== 'to') return true;
    if ((cls === 'base' || (cls === 'other' && FINITE_SUFFIX.test(token.lower))) && onlyAdverbsSince(tokens, subject.last, m)) return true;
    // "the plan failed", "Clinton lost": the lexicon lists these past forms as adjectives, but right after the subject
    // an adjective would come only behind a copula.
    if (cls === 'adjective' && PAST_AS_ADJECTIVE.test(token.lower) && onlyAdverbsSince(tokens, subject.last, m)) return true;
    if (token.lower === 'and' || token.lower === 'or') {
      // "comments from Rice, Rhodes and Petraeus were …" coordinates names, "from becoming … and winning …" gerunds;
      // "neutrality and accepts limits" a verb.
      const following = tokens[m + 1];
      if (following && following.kind === 'word' && (capitalised(text, following) || following.wordClass === 'determiner' || following.lower.endsWith('ing'))) continue;
    }
    // "a former governor who is close to …" is a noun phrase with a relative clause, not a clause.
    if (cls === 'conjunction' || token.lower === 'that' || token.lower === 'who' || token.lower === 'which' || token.lower === 'whose' || token.lower === 'whom') return false;
  }
  return false;
}

function gerundSubjectHasVerb(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let m = k + 1; m < limit && m < k + 15; m++) {
    if (isAbbreviationPeriod(tokens, m)) continue;
    if (tokens[m].kind !== 'word') return false;
    const cls = tokens[m].wordClass;
    if (cls === 'auxiliary' || (cls === 'verb' && !tokens[m].lower.endsWith('ing') && !tokens[m].lower.endsWith('ed'))) return true;
  }
  return false;
}
