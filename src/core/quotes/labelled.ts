/**
 * "Name: what they said" at the start of a paragraph: headlines ("Trump: My plans aren't set in stone"), transcripts
 * ("Q: …", "Ryan: …") and interview write-ups.
 */
import type { Token } from '../article/tokens';
import type { ParagraphTokens } from '../article/model';
import type { FoundAttribution } from './found';
import { FINDING_DOCUMENTS } from './phrasal';
import { cueTable } from './lexicon';

/** Labels of page furniture, not speakers. */
const NOT_SPEAKERS = new Set(['author', 'by', 'source', 'sources', 'photo', 'photos', 'image', 'images', 'credit', 'credits',
  'update', 'updated', 'note', 'editor', "editor's", 'editor’s', 'related', 'read', 'watch', 'video', 'correction', 'contact',
  'email', 'tags', 'filed', 'posted', 'published', 'share', 'subscribe', 'advertisement', 'caption', 'summary', 'abstract',
  'text', 'location', 'date', 'dateline', 'warning', 'breaking', 'exclusive', 'opinion', 'analysis', 'live', 'topics', 'more',
  'see', 'also', 'sign', 'follow', 'disclaimer', 'disclosure', 'listen', 'download', 'category', 'categories', 'keywords',
  'section', 'when', 'where', 'what', 'why', 'how', 'who', 'time', 'place', 'price', 'tickets', 'cost', 'website', 'web',
  'phone', 'tel', 'fax', 'address', 'hours', 'info', 'information', 'details', 'background', 'context', 'example', 'ps', 'p.s',
  'faq', 'tl;dr', 'tldr', 'bottom', 'line', 'key', 'takeaways', 'full', 'transcript', 'part', 'chapter', 'step', 'figure',
  'table', 'chart', 'map', 'graphic', 'timeline', 'quiz', 'rating', 'verdict', 'score', 'result', 'results', 'latest', 'daily',
  'weekly', 'news', 'recap', 'roundup', 'briefing', 'podcast', 'newsletter', 'contributing', 'byline', 'twitter', 'facebook',
  'instagram']);

/**
 * States a headline reports of the person it names ("Tomas Vell Dead:", "Two Climbers Missing:"): the label is news
 * about them, not a speaker.
 */
const HEADLINE_STATES = new Set(['dead', 'alive', 'missing', 'injured', 'hurt', 'wounded', 'safe', 'unharmed', 'free', 'guilty',
  'innocent', 'ill', 'sick', 'hospitalized', 'hospitalised', 'critical', 'pregnant', 'engaged', 'married', 'divorced', 'retired']);

const MAX_LABEL_WORDS = 6;

function isFiniteCue(word: string): boolean {
  const form = cueTable().get(word)?.form;
  return form === 'past' || form === 'present';
}

function typeOf(tokens: readonly Token[], first: number, last: number): FoundAttribution['type'] {
  let quotes = 0;
  for (let k = first; k < last; k++) if (tokens[k].kind === 'quote') quotes++;
  if (quotes === 0) return 'indirect';
  return quotes === 1 && last - first <= 2 ? 'direct' : 'mixed';
}

/** A tally ("Clinton: 547.") or a roll of names ("Iowa: Tim Albrecht, Brad Anderson, …") is no statement. */
function saysSomething(tokens: readonly Token[], first: number, last: number): boolean {
  let words = 0;
  let names = 0;
  let commas = 0;
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (t.kind === 'quote') return true;
    if (t.lower === ',') commas++;
    if (t.kind !== 'word' || /^\d/.test(t.lower)) continue;
    words++;
    if (t.capitalised) names++;
  }
  return words > 0 && !(commas >= 2 && names >= words - commas);
}

export function labelledSpeech(p: ParagraphTokens): FoundAttribution | null {
  const { tokens, quotes } = p;
  let colon = -1;
  for (let k = 0; k < tokens.length && k <= MAX_LABEL_WORDS; k++) {
    if (tokens[k].lower === ':') {
      colon = k;
      break;
    }
    const t = tokens[k];
    // A label is a name or a title: no quotation, no verb, no list ("Netanyahu and Obama:"), no aside ("But beware, voters:").
    if (t.kind === 'quote' || t.lower === ',' || t.lower === 'and' || t.lower === '&') return null;
    if (t.kind === 'word' && (NOT_SPEAKERS.has(t.lower) || FINDING_DOCUMENTS.has(t.lower) || ['verb', 'auxiliary', 'conjunction', 'pronoun', 'adverb', 'preposition'].includes(t.wordClass))) return null;
    // "Vell's rep tells ET:": a verb of saying after the first word makes the label its addressee.
    if (k > 0 && t.kind === 'word' && !t.capitalised && isFiniteCue(t.lower)) return null;
    // "Investors seem to agree:": a bare verb after the first word.
    if (k > 0 && t.kind === 'word' && !t.capitalised && t.wordClass === 'base') return null;
    // "The Latest:", "A Timeline:": a label naming a speaker is a name or a title, without an article.
    if (k === 0 && t.kind === 'word' && t.wordClass === 'determiner') return null;
  }
  if (colon < 1 || !tokens[0].capitalised || colon + 1 >= tokens.length) return null;
  if (colon > 1 && HEADLINE_STATES.has(tokens[colon - 1].lower)) return null;
  // A clock time or a score ("12:50 p.m.", "3:2") is not a label.
  if (p.text[tokens[colon].end]?.match(/\d/)) return null;
  let last = tokens.length;
  while (last > colon + 1 && tokens[last - 1].kind === 'punct' && /[.!?;:,]/.test(tokens[last - 1].lower)) last--;
  if (last <= colon + 1) return null;
  const first = colon + 1;
  if (!saysSomething(tokens, first, last)) return null;
  const type = typeOf(tokens, first, last);
  const only = tokens[first];
  const part = type === 'direct' && only.kind === 'quote' ? { start: quotes[only.quote!].contentStart, end: quotes[only.quote!].contentEnd } : { start: tokens[first].start, end: tokens[last - 1].end };
  const cue = tokens[colon];
  return {
    type,
    parts: [part],
    cue: { start: cue.start, end: cue.end, text: ':', lemma: ':' },
    source: { start: tokens[0].start, end: tokens[colon - 1].end },
    quotes: tokens.slice(first, last).filter((t) => t.kind === 'quote').map((t) => t.quote!),
   
    contentTokens: [{ first, last }],
    cueToken: colon,
  };
}
