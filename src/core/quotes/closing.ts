/**
 * Where a trailing attribution ends: after "…," said Peskov and its adjuncts comes the end of the clause, not more
 * content of its own.
 */
import type { ParagraphTokens } from '../article/model';
import { isSentenceEnd, type CueMatch } from './found';
import { skipAdjuncts } from './adjuncts';
import { MONTHS } from './tokenShapes';
import { invertedSource } from './inverted';
import { subjectEnd } from './phrases';
import type { Token } from '../article/tokens';

/** Words opening the circumstance of a speech act rather than what was said. */
const OCCASION_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'until', 'following', 'during', 'amid']);

/** "said after the vote that …": a "that" later in the clause still brings content. */
function hasThatAhead(p: ParagraphTokens, from: number, limit: number): boolean {
  for (let m = from; m < limit && m < from + 14; m++) {
    const t = p.tokens[m];
    if (t.lower === 'that') return true;
    if (t.lower === ',' || t.kind === 'quote' || isSentenceEnd(p, m, limit)) return false;
    // "…," Varga told KTVB when asked about concerns that …: the "that" belongs to the occasion's own verb.
    if (t.kind === 'word' && t.wordClass === 'verb') return false;
  }
  return false;
}

function nounBefore(p: ParagraphTokens, m: number): boolean {
  const before = p.tokens[m - 1];
  return before?.kind === 'word' && (before.capitalised || before.wordClass === 'noun');
}

/**
 * After a trailing cue only circumstances may follow before the clause ends ("…," he said of Cruz. / "…," Trump added to
 * Variety on Monday.): no "that", no finite verb, no content.
 */
export function closesAttribution(p: ParagraphTokens, from: number, limit: number, afterQuotation = false): boolean {
  for (let m = from; m < limit && m < from + 14; m++) {
    const t = p.tokens[m];
    if (isSentenceEnd(p, m, limit) || t.lower === ',' || t.kind === 'quote' || t.lower === ':' || t.lower === '—') return true;
    if (t.kind !== 'word') continue;
    // `"…," Soto said in a film that showed the depot.`: after the quotation, "that" behind a noun opens a relative clause.
    if (t.lower === 'that') return afterQuotation && nounBefore(p, m);
    // "… told the paper in late May": a month, not the auxiliary.
    if (t.capitalised && MONTHS.has(t.lower)) continue;
    // `"…," Trump said in August after the firm announced …`: the quotation was the content; this is its occasion.
    if (afterQuotation && OCCASION_OPENERS.has(t.lower) && !hasThatAhead(p, m + 1, limit)) return true;
    const cls = t.wordClass;
    // `"…," Aalto wrote in a statement to the paper explaining why …`: a participle after the quotation opens its own
    // phrase, which the quotation's attribution does not report.
    // "into the phone", "his running mate": after a determiner a word the lexicon lists as a verb is a noun's.
    const afterDeterminer = p.tokens[m - 1]?.wordClass === 'determiner';
    if (afterQuotation && cls === 'verb' && t.lower.endsWith('ing') && !afterDeterminer) return true;
    // "…," Trump told a meeting being held in a church. — participles describe; a finite verb starts new content.
    if ((cls === 'auxiliary' && t.lower !== 'being' && t.lower !== 'having') || (cls === 'verb' && !afterDeterminer && !t.lower.endsWith('ed') && !t.lower.endsWith('ing'))) return false;
  }
  return from >= limit;
}

/** What "said" may take as its object at a sentence's end: "…, said nothing.", "…, said so." */
const OBJECT_WORDS: ReadonlySet<string> = new Set(['nothing', 'something', 'anything', 'everything', 'so', 'yes', 'no', 'it', 'this', 'that', 'little', 'much', 'more', 'less', 'otherwise']);

/**
 * "The treasurer, who had been ill, died in Marlow, Vt., said clinic spokeswoman Ines Varga.": "said" right after a
 * comma, with its inverted source closing the sentence, reports what comes before the comma; the phrase found before
 * the cue ("Vt.", or a relative clause's noun) is part of that content, not its subject. Other verbs take the phrase
 * after them as an object or an addressee ("…, wrote a new song.", "…, told the paper.").
 */
export function saidSourceCloses(p: ParagraphTokens, cue: CueMatch, limit: number): boolean {
  const { tokens, text } = p;
  if (cue.lemma !== 'say' || cue.cueStart !== cue.index || tokens[cue.index - 1]?.lower !== ',' || skipAdjuncts(text, tokens, cue.end, limit) !== cue.end) return false;
  const source = invertedSource(p, cue, limit);
  return source !== null && !OBJECT_WORDS.has(tokens[source.first].lower) && isSentenceEnd(p, source.last, limit);
}

/** Words that open an object: an article or possessive ("the seat", "her thanks") or an object pronoun. */
export function takesObject(p: ParagraphTokens, k: number): boolean {
  const t = p.tokens[k];
  if (t?.kind !== 'word') return false;
  return (t.wordClass === 'determiner' && t.lower !== 'that') || OBJECT_PRONOUNS.has(t.lower);
}

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'them', 'us', 'me']);

/**
 * "…, a fund which advises farms.", "…, Vold, who added to her lead.": a cue whose subject is "who" or "which" tells
 * about the noun before it; a relative clause closes no report of the words before that noun.
 */
export function inRelativeClause(tokens: readonly Token[], cue: CueMatch, segmentStart: number): boolean {
  const subject = tokens[subjectEnd(tokens, cue.cueStart, segmentStart)];
  return subject !== undefined && (subject.lower === 'who' || subject.lower === 'which');
}
