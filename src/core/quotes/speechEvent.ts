/** Where a report was made, not what it said: "… in an interview with Harbour magazine", "in a story that ran Friday". */
import type { ParagraphTokens } from '../article/model';
import type { Token } from '../article/tokens';
import { isFiniteWord } from './tokenShapes';

/** Where the speaking happened: "… in a tweet". */
const SPEECH_EVENT_NOUNS = new Set(['interview', 'interviews', 'tweet', 'tweets', 'statement', 'op-ed', 'column', 'editorial',
  'appearance', 'appearances', 'remarks', 'podcast', 'broadcast', 'post', 'posts', 'email', 'e-mail', 'briefing', 'memo']);
const EVENT_PREPOSITIONS = new Set(['in', 'on', 'during', 'at', 'via', 'through']);

/**
 * A content that ends with a prepositional phrase naming the speech event ends before it. Only the last few tokens
 * are looked at, so a long content costs nothing more.
 */
export function beforeSpeechEvent(p: ParagraphTokens, start: number, end: number): number {
  const { tokens } = p;
  let last = end;
  while (last > start && tokens[last - 1].kind === 'punct') last--;
  for (let m = last - 1; m > start + 1 && last - m <= 12; m--) {
    const t = tokens[m];
    if (t.kind !== 'word' || !EVENT_PREPOSITIONS.has(t.lower)) continue;
    let event = false;
    for (let n = m + 1; n < last && n <= m + 5; n++) if (SPEECH_EVENT_NOUNS.has(tokens[n].lower)) event = true;
    if (!event) continue;
    return tokens[m - 1].lower === ',' ? m - 1 : m;
  }
  return end;
}

/** Where a report appeared: a "that" and a verb after one describe it. */
const RELATIVE_THAT_HEADS = new Set([...SPEECH_EVENT_NOUNS, 'story', 'article', 'video', 'report', 'show', 'program', 'programme', 'episode']);

/** "told the paper in a story that ran Friday that …": the first "that" opens a relative clause about the story. */
export function opensRelativeAboutReport(tokens: readonly Token[], m: number): boolean {
  return tokens[m]?.lower === 'that' && RELATIVE_THAT_HEADS.has(tokens[m - 1]?.lower ?? '') && isFiniteWord(tokens[m + 1]);
}
