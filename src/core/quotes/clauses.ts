/**
 * Attribution inside one sentence: a reporting cue, the source phrase next to it, and the content it reports —
 * before it ("…, Peskov said."), after it ("Peskov said that …"), or around it ("A, he said, B").
 */
import type { Sentence } from '../article/sentences';
import type { Token } from '../article/tokens';
import { phraseAfter, phraseBefore, subjectEnd, type TokenRange } from './phrases';
import { skipAddressee, skipAdjuncts } from './adjuncts';
import { isClauseStart } from './clauseStart';
import type { ParagraphTokens } from '../article/model';
import { build, hasFiniteVerb, isCommaToken, isSentenceEnd, makeCue, PASSIVE_AUX, RELATIVE_PRONOUNS, spanOf, type CueMatch, type FoundAttribution } from './found';
import { matchCue } from './cues';
import { cueTable } from './lexicon';
import { impersonalReport } from './impersonal';
import { opensWithTime } from './timeOpener';
import { findsOnlyAThing } from './foundThing';
import { isSubordinateOnly, isVerblessAdverbial, opensFrontedClause, splitAtMainClause, withinSubordinateClause } from './fronted';
import { contentEnd, leadingContent } from './content';
import { continuation } from './continuation';
import { closesAttribution, inRelativeClause, saidSourceCloses, takesObject } from './closing';
import { saidClause } from './saidClause';
import { invertedSource } from './inverted';
import { subjectOfSentence } from './subject';
import { subjectWithPostModifier } from './postModifier';
import { accordingTo, adjectivalStance, ADJECTIVAL_STANCE_WORDS, apparentClause, askedQuestion, documentSource, isPassiveQuestion, NOMINAL_STANCE_NOUNS, nominalStance, possessedClaim, SPEECH_NOUNS } from './phrasal';

/** Content before a trailing cue: a quotation, or at least two words that are not a sentence adverb ("Instead,"). */
function substantial(p: ParagraphTokens, first: number, last: number): boolean {
  let words = 0;
  for (let m = first; m < last; m++) {
    if (p.tokens[m].kind === 'quote') return true;
    if (p.tokens[m].kind === 'word') words++;
  }
  return words >= 2;
}

/**
 * Trailing attribution: `CONTENT, SOURCE said` or `CONTENT, said SOURCE` — the content precedes the cue, and a second
 * piece may follow it (`"A," he said, "B."`, `A, he said, B.`). Returns the attribution and the token after it.
 */
function trailingAttribution(p: ParagraphTokens, cue: CueMatch, source: TokenRange | null, hasLead: boolean, segmentStart: number, limit: number): { attribution: FoundAttribution; end: number } | null {
  const { tokens, text } = p;
  if (!cue.trailing || inRelativeClause(tokens, cue, segmentStart)) return null;
  let before = source ? source.first - 1 : cue.cueStart - 1;
  // "…, another negotiator at the talks, Oleksandr Chaly said.": the role before the name belongs to the source.
  const role = source && tokens[before]?.lower === ',' ? phraseBefore(text, tokens, before - 1, segmentStart) : null;
  // "Still, the ferry sails at dawn, Olsen said": what a role would leave before it must still be content, not an adverb.
  const leftover = role ? role.first - 1 : segmentStart;
  if (source && role && role.last === before && role.last - role.first <= 8 && leftover > segmentStart && isCommaToken(p, leftover) && tokens[role.first].kind === 'word' && substantial(p, segmentStart, leftover) && !isVerblessAdverbial(p, segmentStart, leftover)) {
    source = { first: role.first, last: source.last };
    before = role.first - 1;
  }
  const boundary = tokens[before];
  if (!boundary || before < segmentStart || !(boundary.lower === ',' || boundary.kind === 'quote' || boundary.lower === '—')) return null;
  // `Welcoming the plan, Peskov said, "…"` leads; `"A," Peskov said, "B."` trails: the content before must be a quotation
  // when the cue also has content after it.
  if (hasLead && boundary.kind !== 'quote') return null;
  const contentLast = boundary.kind === 'quote' ? before + 1 : before;
  // "Sorry, Sanders said.": a one-word answer is content when the cue closes the sentence.
  const answer = contentLast - segmentStart === 1 && tokens[segmentStart].kind === 'word' && isSentenceEnd(p, cue.end, limit);
  if (!(substantial(p, segmentStart, contentLast) || answer || tokens[cue.end]?.lower === ',') || contentLast <= segmentStart) return null;
  // "… political figures." / "… March 1 states to organize": a word as often a noun closes a report only at the clause end.
  if (cue.explicitOnly && !(isSentenceEnd(p, cue.end, limit) || tokens[cue.end]?.lower === ',' || tokens[cue.end]?.kind === 'quote')) return null;
  const inverted = source ? null : invertedSource(p, cue, limit);
  const who = source ?? inverted;
  if (!who) return null;
  let afterCue = skipAdjuncts(text, tokens, inverted ? inverted.last : cue.end, limit);
  // "…, he told the court in a filing."
  if (cue.complements.has('addressee') && !inverted) afterCue = skipAdjuncts(text, tokens, skipAddressee(text, tokens, afterCue, limit), limit);
  if (!closesAttribution(p, afterCue, limit, boundary.kind === 'quote')) return null;
  // "…, Vole told a joke.", "…, Marsh claimed the seat.": a verb with an object of its own reports nothing before it.
  if (!inverted && boundary.kind !== 'quote' && takesObject(p, afterCue)) return null;
  // "…left a statement for the press, he said:" closing the paragraph introduces the next one's quotation.
  if (tokens[afterCue]?.lower === ':' && afterCue + 1 >= tokens.length && !inverted) return null;
  const resumeAt = inverted ? inverted.last : cue.end;
  const second = continuation(p, resumeAt, limit, { subjectOnly: !hasFiniteVerb(p, segmentStart, contentLast), afterInvertedSource: inverted !== null, afterQuotation: boundary.kind === 'quote' });
  // "At day's end, however, Vold said …", "Talking to a radio station, Aalto confirms …", "As the crowd cheered,
  // Vole …": a fronted adverbial or subordinate clause is content only with the rest of its clause after the cue ("In
  // a merger, he said, the brand would survive").
  if (!second && (isVerblessAdverbial(p, segmentStart, contentLast) || isSubordinateOnly(p, segmentStart, contentLast))) return null;
  // Nor is a time phrase when the cue has content of its own after it; a quotation in it names a programme ("Sunday on
  // Rolo Radio's “Morning Hour,” Ivo said the plan …").
  if (!second && hasLead && opensWithTime(tokens, segmentStart) && !hasFiniteVerb(p, segmentStart, contentLast, { quotationsCount: false })) return null;
  // "Vold seemed weary: “…,” she said.": the quotation the colon opens is what the cue reports, not the clause before it.
  const colonOpened = boundary.kind === 'quote' && before - 1 > segmentStart && tokens[before - 1].lower === ':';
  const first = { first: colonOpened ? before : segmentStart, last: contentLast };
  const attribution = build(p, cue, who, second ? [first, second] : [first]);
  return attribution ? { attribution, end: second ? second.last : resumeAt } : null;
}

/** The scan of one sentence: what it found so far, where the current reported segment starts, and the token at hand. */
interface SentenceScan {
  p: ParagraphTokens;
  sentence: Sentence;
  limit: number;
  found: FoundAttribution[];
  segmentStart: number;
  k: number;
}

/** Finds the attributions of one sentence, in text order of their cues. */
export function attributeSentence(p: ParagraphTokens, sentence: Sentence): FoundAttribution[] {
  const scan: SentenceScan = { p, sentence, limit: sentence.last, found: [], segmentStart: sentence.first, k: sentence.first };
  for (; scan.k < scan.limit; scan.k++) {
    if (p.tokens[scan.k].kind !== 'word' || readConstruction(scan)) continue;
    const cue = matchCue(p, scan.k, sentence);
    if (cue) readCue(scan, cue);
  }
  passSubjectToFrontedParticiples(scan.found);
  return scan.found;
}

/**
 * The constructions with a shape of their own at token k: "according to", "in a statement", "the claim that …",
 * "when asked …", stances ("is convinced that …", "her concern that …"), "it was confirmed", "appears to". True when
 * the token was read as one (an "according to" or "in" that reports nothing is still consumed).
 */
function readConstruction(scan: SentenceScan): boolean {
  const { p, sentence, limit, k } = scan;
  const { tokens } = p;
  const lower = tokens[k].lower;
  if ((lower === 'according' && tokens[k + 1]?.lower === 'to') || lower === 'in') {
    const result = lower === 'in' ? documentSource(p, k, scan.segmentStart, limit) : accordingTo(p, k, scan.segmentStart, limit);
    if (result) {
      scan.found.push(result.attribution);
      scan.segmentStart = Math.max(scan.segmentStart, result.resume);
      scan.k = Math.max(k, result.skipTo - 1);
    }
    return true;
  }
  const claim = SPEECH_NOUNS.has(lower) && tokens[k + 1]?.lower === 'that' ? possessedClaim(p, k, sentence, limit) : null;
  if (claim) return record(scan, claim);
  const asked = lower === 'asked' && isPassiveQuestion(p, k, sentence) ? askedQuestion(p, k, limit) : null;
  if (asked) {
    scan.found.push(asked);
    // The question is not the content of the clause that follows it ("…, Trump replied.").
    const after = asked.contentTokens[0].last;
    const resume = tokens[after]?.lower === ',' ? after + 1 : after;
    // "Mr. Orn, (when) asked about the ships, said …": a question set off after the subject leaves the subject to the
    // verb that follows it.
    const opening = tokens[k - 1]?.lower === 'when' ? k - 2 : k - 1;
    const setOff = opening > scan.segmentStart && tokens[opening]?.lower === ',' && tokens[after]?.lower === ',';
    if (!setOff) scan.segmentStart = resume;
    scan.k = resume - 1;
    return true;
  }
  const stance = (ADJECTIVAL_STANCE_WORDS.has(lower) ? adjectivalStance(p, k, sentence, limit) : null) ?? (NOMINAL_STANCE_NOUNS.has(lower) ? nominalStance(p, k, sentence, limit) : null);
  if (stance) return record(scan, stance);
  const impersonal = lower === 'it' ? impersonalReport(p, k, scan.segmentStart, limit) : null;
  if (impersonal) {
    scan.found.push(impersonal.attribution);
    scan.k = Math.max(k, impersonal.skipTo - 1);
    return true;
  }
  const apparent = apparentClause(p, k, scan.segmentStart, limit);
  return apparent ? record(scan, apparent) : false;
}

function record(scan: SentenceScan, attribution: FoundAttribution): true {
  scan.found.push(attribution);
  return true;
}

/** Who a cue's subject is: the phrase before a finite verb, or the noun right before a gerund ("with Ukraine insisting"). */
function cueSource(scan: SentenceScan, cue: CueMatch): { source: TokenRange | null; finite: boolean } {
  const { p, k, segmentStart } = scan;
  const { tokens, text } = p;
  const headIndex = subjectEnd(tokens, cue.cueStart, segmentStart);
  // "is urging" is finite and has a subject; "…, adding" continues the previous speaker.
  let progressive = false;
  if (cue.entry.form === 'gerund') for (let m = k - 1; m > headIndex; m--) if (PASSIVE_AUX.has(tokens[m].lower)) progressive = true;
  const finite = cue.entry.form !== 'gerund' || progressive || cue.cueStart !== k;
  const head = tokens[headIndex];
  // "…, saying": after a comma the participle has no subject of its own (the clause's subject is found later).
  const gerundSubject = !finite && tokens[cue.cueStart - 1]?.lower !== ',' && head?.kind === 'word' && headIndex >= segmentStart && head.lower !== 'and' && head.wordClass !== 'preposition' && head.wordClass !== 'conjunction';
  let phrase = finite || gerundSubject ? phraseBefore(text, tokens, headIndex, segmentStart) : null;
  // "Mr. Lund, recalling weekly breakfasts with her, described …": a participle set off after the clause's subject.
  if (!finite && !phrase && isCommaToken(p, cue.cueStart - 1)) {
    const subject = phraseBefore(text, tokens, cue.cueStart - 2, segmentStart);
    if (subject && subject.first === scan.sentence.first && subject.last === cue.cueStart - 1 && tokens[subject.first].capitalised && !verbInside(tokens, subject)) phrase = subject;
  }
  const found = finite ? (subjectWithPostModifier(text, tokens, cue.cueStart, headIndex, segmentStart, phrase) ?? phrase) : phrase;
  const source = found && clauseBeforeInvertedCue(scan, cue, found, headIndex) ? null : found;
  const relative = source && source.first > segmentStart ? tokens[source.first - 1] : undefined;
  // "which officials said went …"; "that" is a relative pronoun only after a noun ("a deadline that …").
  if (relative && RELATIVE_PRONOUNS.has(relative.lower) && (relative.lower !== 'that' || nounBefore(p, source!.first - 2))) cue.relativeSubject = true;
  return { source, finite };
}

/**
 * "That is bad for Lund, forcing her to act, said Brad Bell.": a phrase set off before an inverted cue ends its
 * content; the noun before that phrase ends a clause, it is no subject ("Lund, speaking on the radio, said …" is one).
 */
function clauseBeforeInvertedCue(scan: SentenceScan, cue: CueMatch, subject: TokenRange, headIndex: number): boolean {
  const { p, segmentStart, limit } = scan;
  if (headIndex === cue.cueStart - 1 || !isCommaToken(p, cue.cueStart - 1)) return false;
  return hasFiniteVerb(p, segmentStart, subject.first) && invertedSource(p, cue, limit) !== null;
}

/** "Perez hammered Vold", "Vold hit the trail": only a name ("Mr. Lund") is surely the subject, not a clause. */
function verbInside(tokens: readonly Token[], phrase: TokenRange): boolean {
  // "Meanwhile, highlighting …": an opening adverb is no name.
  if (['adverb', 'conjunction', 'preposition'].includes(tokens[phrase.first].wordClass)) return true;
  for (let m = phrase.first; m < phrase.last; m++) if (tokens[m].kind === 'word' && !tokens[m].capitalised) return true;
  return false;
}

/** Reads the attribution a reporting cue opens: an aside, a trailing attribution, or content after the cue. */
function readCue(scan: SentenceScan, cue: CueMatch): void {
  const { p, limit } = scan;
  const { source, finite } = cueSource(scan, cue);
  const aside = passiveAside(p, cue, scan.segmentStart, limit) ?? (source ? parentheticalReport(p, cue, source, scan.segmentStart, limit) : null);
  if (aside) {
    scan.found.push(aside);
    // "As X reported, CLAUSE, according to Y": a later cue's content starts with the clause.
    scan.segmentStart = aside.contentTokens[0].first;
    return;
  }
  const lead = leadingContent(p, cue, limit);
  const lenient = !lead && source && finite ? saidClause(p, cue, limit) : null;
  const hasLead = lead !== null || lenient !== null;
  const inverted = source && saidSourceCloses(p, cue, limit) ? trailingAttribution(p, cue, null, hasLead, scan.segmentStart, limit) : null;
  const trailing = inverted ?? trailingAttribution(p, cue, source, hasLead, scan.segmentStart, limit);
  if (trailing) {
    scan.found.push(trailing.attribution);
    scan.segmentStart = trailing.end;
    scan.k = Math.max(scan.k, trailing.end - 1);
    return;
  }
  if (lenient) {
    const attribution = build(p, cue, source, [withinSubordinateClause(p, source!, scan.sentence, lenient)]);
    if (attribution) scan.found.push(attribution);
    return;
  }
  const afterAside = !lead && source ? quotationAfterAside(p, cue, limit) : null;
  if (afterAside) {
    const attribution = build(p, cue, source, [afterAside]);
    if (attribution) scan.found.push(attribution);
    return;
  }
  if (lead) readLeadingContent(scan, cue, source, finite, lead.content);
  else if (source) readIntroduction(scan, cue, source);
}

/** How far after a cue an aside may run before the colon that opens the quotation. */
const ASIDE_REACH = 10;

/** "Hanna responded pointedly, with a smile: “…”", "Ruiz replied, after a long pause: “…”". */
function quotationAfterAside(p: ParagraphTokens, cue: CueMatch, limit: number): TokenRange | null {
  const { tokens } = p;
  for (let k = cue.end; k < limit && k - cue.end <= ASIDE_REACH; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' || isSentenceEnd(p, k, limit)) return null;
    // "In one tweet Friday, Vold said: …": a later verb owns the colon.
    if (t.kind === 'word' && (cueTable().has(t.lower) || hasFiniteVerb(p, k, k + 1))) return null;
    if (t.lower === ':') return tokens[k + 1]?.kind === 'quote' ? { first: k + 1, last: contentEnd(p, k + 1, limit) } : null;
  }
  return null;
}

/** "He told the crowd:" closing the paragraph introduces the quotation of the next one. */
function readIntroduction(scan: SentenceScan, cue: CueMatch, source: TokenRange): void {
  const { p, limit } = scan;
  const { tokens, text } = p;
  let colon = skipAdjuncts(text, tokens, cue.end, limit);
  if (cue.complements.has('addressee')) colon = skipAdjuncts(text, tokens, skipAddressee(text, tokens, colon, limit), limit);
  if (tokens[colon]?.lower === ':' && colon + 1 >= tokens.length) {
    scan.found.push({ type: 'direct', parts: [], cue: makeCue(p, cue), source: spanOf(p, source.first, source.last), quotes: [], contentTokens: [], cueToken: cue.index, introducesNext: true });
  }
}

/** Content after the cue: its speaker is the cue's subject, a coordinated verb's subject, or the one speaking before. */
function readLeadingContent(scan: SentenceScan, cue: CueMatch, source: TokenRange | null, finite: boolean, content: TokenRange): void {
  const { p, sentence, limit, found } = scan;
  const link = p.tokens[cue.cueStart - 1];
  const coordinated = !source && finite && link && (link.lower === 'and' || link.lower === 'but');
  // "Her campaign announced new support … and said …": the subject of the first verb speaks.
  const sentenceSubject = coordinated && found.length === 0 ? subjectOfSentence(p, sentence, cue.cueStart) : null;
  if (!source && finite && !(coordinated && (found.length > 0 || sentenceSubject))) return;
  // "After telling the paper she was done, the cyclist …": the main clause's subject spoke, and is not content.
  const fronted = !source && !finite && opensFrontedClause(p, cue.cueStart, sentence.first) ? splitAtMainClause(p, content, limit) : null;
  if (findsOnlyAThing(p, cue.lemma, sentence.first, cue.cueStart, content)) return;
  const reported = fronted?.content ?? (source ? withinSubordinateClause(p, source, sentence, content) : content);
  const attribution = build(p, cue, source ?? sentenceSubject ?? fronted?.subject ?? null, [reported]);
  if (!attribution) return;
  if (fronted) {
    found.push(attribution);
    scan.k = Math.max(scan.k, fronted.content.last - 1);
    return;
  }
  if (!source && !sentenceSubject) {
    // "…, adding that …": the speaker is the previous attribution's in this sentence, else the sentence's subject
    // ("She released a statement, insisting that …"), else the previous speaker, possibly in an earlier paragraph.
    // A stance named inside the sentence ("took a swipe at Vold's stance on …, saying") is not who goes on speaking, nor
    // is the writer's own hedge ("Lund seemed to back down, saying …" names no one before the clause's subject).
    const speaking = lastOutermost(found.filter((a) => !(a.attitude && NOMINAL_STANCE_NOUNS.has(a.cue?.lemma.split(' ')[0] ?? '')) && (a.source !== undefined || a.inheritsSource)));
    const subject = speaking ? null : subjectOfSentence(p, sentence, cue.cueStart);
    const inherited = speaking ? speaking.source : subject ? spanOf(p, subject.first, subject.last) : undefined;
    if (inherited) attribution.source = inherited;
    else attribution.inheritsSource = true;
  }
  // Later cues inside this content are relayed speech and are found by continuing the scan inside it.
  found.push(attribution);
}

/** "Highlighting that …, Kirby said …": a fronted participle takes the subject of the clause after it. */
function passSubjectToFrontedParticiples(found: FoundAttribution[]): void {
  for (let i = 0; i < found.length - 1; i++) {
    const a = found[i];
    const next = found[i + 1];
    if (a.inheritsSource && next.source && a.cueToken < next.cueToken && a.parts[a.parts.length - 1].end <= next.source.start) {
      a.source = next.source;
      a.inheritsSource = false;
    }
  }
}

/**
 * "As the paper first reported, the mayor backed the plan." / "And, Kasich told the crowd, he was tough.": a cue
 * clause set off before the clause it reports, opened by "as" or by a comma after nothing but a conjunction.
 */
/** "As reported by the Tribune, the plan …": the agent after "by" reports the clause after the comma. */
function passiveAside(p: ParagraphTokens, cue: CueMatch, segmentStart: number, limit: number): FoundAttribution | null {
  const { tokens, text } = p;
  const as = cue.cueStart - 1;
  if (as < segmentStart || tokens[as].lower !== 'as' || tokens[cue.end]?.lower !== 'by') return null;
  if (!(as === segmentStart || tokens[as - 1].lower === ',' || tokens[as - 1].lower === '(')) return null;
  const agent = phraseAfter(text, tokens, cue.end + 1, limit);
  if (!agent) return null;
  const after = skipAdjuncts(text, tokens, agent.last, limit);
  if (tokens[after]?.lower !== ',' || !isClauseStart(text, tokens, after + 1, limit)) return null;
  return build(p, cue, agent, [{ first: after + 1, last: contentEnd(p, after + 1, limit) }]);
}

function parentheticalReport(p: ParagraphTokens, cue: CueMatch, source: TokenRange, segmentStart: number, limit: number): FoundAttribution | null {
  const { tokens, text } = p;
  const before = source.first - 1;
  if (before < segmentStart) return null;
  const opener = tokens[before];
  let opens = false;
  if (opener.lower === 'as') opens = before === segmentStart || tokens[before - 1].lower === '(' || tokens[before - 1].lower === ',';
  else if (opener.lower === ',' && before > segmentStart) {
    opens = true;
    for (let m = segmentStart; m < before; m++) if (tokens[m].kind !== 'word' || tokens[m].wordClass !== 'conjunction') opens = false;
  }
  if (!opens) return null;
  let after = skipAdjuncts(text, tokens, cue.end, limit);
  if (cue.complements.has('addressee')) after = skipAdjuncts(text, tokens, skipAddressee(text, tokens, after, limit), limit);
  if (tokens[after]?.lower !== ',' || !isClauseStart(text, tokens, after + 1, limit)) return null;
  return build(p, cue, source, [{ first: after + 1, last: contentEnd(p, after + 1, limit) }]);
}

/** The last attribution not reported inside another's content ("its demands for …" inside "welcomed that …"). */
function lastOutermost(found: readonly FoundAttribution[]): FoundAttribution | undefined {
  for (let i = found.length - 1; i >= 0; i--) {
    const cue = found[i].cueToken;
    const nested = found.some((other, j) => j !== i && other.contentTokens.some((range) => range.first <= cue && cue < range.last));
    if (!nested) return found[i];
  }
  return undefined;
}

function nounBefore(p: ParagraphTokens, k: number): boolean {
  const token = p.tokens[k];
  if (!token || token.kind !== 'word') return false;
  const cls = token.wordClass;
  return cls === 'noun' || cls === 'other' || cls === 'base';
}
