/**
 * `“…” ― Carla Ruiz` closing a paragraph: a quotation signed with its speaker's name after a dash, as readers'
 * comments, vox pops and epigraphs print them. The quotations of the paragraph are that person's.
 */
import type { ParagraphTokens } from '../article/model';
import type { FoundAttribution } from './found';

const SIGNATURE_DASHES = new Set(['―', '—', '–']);
const MAX_NAME_WORDS = 6;
/** Lower-case words inside a name ("Gonzàlez de la Cruz", "Ludwig van Beethoven"). */
const NAME_PARTICLES = new Set(['de', 'del', 'la', 'van', 'von', 'der', 'da', 'di', 'du', 'bin', 'al', 'y']);

/** The name closing the paragraph after `dash`, as its first and last token, or null. */
function signature(p: ParagraphTokens, dash: number): { first: number; last: number } | null {
  const { tokens } = p;
  let end = tokens.length;
  if (tokens[end - 1]?.lower === '.') end--;
  const first = dash + 1;
  if (end - first < 1 || end - first > MAX_NAME_WORDS + 2) return null;
  let words = 0;
  for (let k = first; k < end; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && (t.capitalised || (NAME_PARTICLES.has(t.lower) && k > first))) words++;
    else if (!(t.lower === '.' && tokens[k - 1]?.lower.length === 1)) return null;
  }
  return words >= 1 && words <= MAX_NAME_WORDS && tokens[end - 1].kind === 'word' ? { first, last: end } : null;
}

export function signedSpeech(p: ParagraphTokens): FoundAttribution | null {
  const { tokens, quotes } = p;
  let dash = -1;
  for (let k = tokens.length - 2; k >= 1 && k >= tokens.length - MAX_NAME_WORDS - 3; k--) {
    if (SIGNATURE_DASHES.has(tokens[k].lower)) {
      dash = k;
      break;
    }
  }
  if (dash < 1 || tokens[dash - 1].kind !== 'quote') return null;
  const name = signature(p, dash);
  if (!name) return null;
  const quoted = tokens.slice(0, dash).filter((t) => t.kind === 'quote').map((t) => t.quote!);
  const cue = tokens[dash];
  return {
    type: 'direct',
    parts: quoted.map((q) => ({ start: quotes[q].contentStart, end: quotes[q].contentEnd })),
    cue: { start: cue.start, end: cue.end, text: cue.lower, lemma: 'say' },
    source: { start: tokens[name.first].start, end: tokens[name.last - 1].end },
    quotes: quoted,
    contentTokens: [{ first: 0, last: dash }],
    cueToken: dash,
  };
}
