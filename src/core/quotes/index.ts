/**
 * Reported speech in a whole article: paragraphs are analyzed independently (and cached by content in a session's
 * `SpeechCache`), then joined where speech crosses a paragraph boundary — a quotation continued in the next
 * paragraph, a quotation or "…, adding …" paragraph whose speaker was named before.
 */
import type { Attribution } from '../attribution';
import type { Span } from '../types';
import type { PlacedParagraph } from '../article/model';
import { ArticleReader } from '../article/reader';
import { analyzeParagraph, SPEECH_GRAMMAR, type ParagraphFindings } from './paragraph';

export { SPEECH_GRAMMAR } from './paragraph';

export interface SpeechOptions {
  /** Also report attributed stances ("wants to …", "backed the bill", "sees X as Y"), as PolNeAR annotates them. */
  attitudes?: boolean;
}

export interface SpeechFindings {
  attributions: Attribution[];
  scareQuotes: Span[];
}

const CACHE_LIMIT = 4096;

/**
 * Paragraph findings kept between analyses of one session, by paragraph content: an edit re-analyzes only the
 * paragraphs it touched. One cache per scope: the scope of every attribution also decides which nested reports a
 * paragraph keeps.
 */
export class SpeechCache {
  private readonly speech = new Map<string, ParagraphFindings>();
  private readonly attributions = new Map<string, ParagraphFindings>();

  findingsFor(paragraph: PlacedParagraph, attitudes: boolean): ParagraphFindings {
    const cache = attitudes ? this.attributions : this.speech;
    const cached = cache.get(paragraph.text);
    if (cached) return cached;
    const findings = analyzeParagraph(paragraph.model(), { onlySaidNested: attitudes });
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(paragraph.text, findings);
    return findings;
  }
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

interface Placed extends Attribution {
  inheritsSource: boolean;
  orphan: boolean;
}

/** Where the article's reading stands between paragraphs. */
interface Reading {
  placed: Placed[];
  /** How many attributions were placed before the previous paragraph. */
  placedBeforePrevious: number;
  previousEndsOpen: boolean;
  /** The speaker a paragraph closing with "He told the crowd:" introduces for the next one. */
  introduced?: Pick<Attribution, 'cue' | 'source'>;
}

/**
 * `paragraphs` are the article model's paragraphs of `text`, and `cache` a session's (see `AnalysisSession`): an edit
 * re-reads only the paragraphs it changed.
 */
export function findSpeech(
  text: string,
  options: SpeechOptions = {},
  cache = new SpeechCache(),
  paragraphs: readonly PlacedParagraph[] = new ArticleReader(SPEECH_GRAMMAR).paragraphs(text),
): SpeechFindings {
  const reading: Reading = { placed: [], placedBeforePrevious: 0, previousEndsOpen: false };
  const scareQuotes: Span[] = [];
  for (const paragraph of paragraphs) {
    const findings = cache.findingsFor(paragraph, Boolean(options.attitudes));
    placeParagraph(reading, findings, paragraph.start, Boolean(options.attitudes));
    for (const span of findings.scareQuotes) if (span.end > span.start) scareQuotes.push(shift(span, paragraph.start));
  }
  inheritSources(reading.placed);
  const attributions: Attribution[] = reading.placed.map(({ inheritsSource, orphan, ...attribution }) => {
    void inheritsSource;
    void orphan;
    return attribution;
  });
  linkRelayedSpeech(attributions);
  return { attributions, scareQuotes };
}

/** Places one paragraph's attributions at offset `at`, joining those that continue the paragraph before. */
function placeParagraph(reading: Reading, findings: ParagraphFindings, at: number, attitudes: boolean): void {
  const { placed } = reading;
  const introduction = reading.introduced;
  const lastOfPreviousParagraph = reading.placedBeforePrevious === placed.length ? undefined : placed[placed.length - 1];
  reading.placedBeforePrevious = placed.length;
  findings.attributions.forEach((found, index) => {
    if (found.attitude && !attitudes) return;
    const orphan = found.cueToken < 0 && !found.cue;
    const parts = found.parts.filter((part) => part.end > part.start).map((part) => shift(part, at));
    if (parts.length === 0) return;
    const previous = placed[placed.length - 1];
    if (index === 0 && findings.startsInsideQuote && reading.previousEndsOpen && previous?.type === 'direct' && found.type === 'direct') {
      // The quotation the previous paragraph left open ends here, where its attribution is: one quotation, this source.
      const last = previous.parts[previous.parts.length - 1];
      parts[0] = { start: last.start, end: parts[0].end };
      parts.unshift(...previous.parts.slice(0, -1));
      placed.pop();
      reading.placedBeforePrevious--;
    }
    const opensParagraph = index === 0 && orphan && findings.startsWithQuote;
    if (opensParagraph && reading.previousEndsOpen && placed.length > 0) {
      // A quotation continued over paragraphs: one opening mark per paragraph, the closing mark only at the end.
      const last = previous.parts[previous.parts.length - 1];
      previous.parts[previous.parts.length - 1] = { start: last.start, end: parts[parts.length - 1].end };
      return;
    }
    if (opensParagraph && !introduction && lastOfPreviousParagraph?.type === 'direct') {
      // A paragraph that is only more of the quotation before it: the same statement goes on.
      lastOfPreviousParagraph.parts.push(...parts);
      return;
    }
    const attribution: Placed = { type: found.type, parts, inheritsSource: Boolean(found.inheritsSource), orphan };
    if (found.cue) attribution.cue = { ...found.cue, ...shift(found.cue, at) };
    if (found.source) attribution.source = shift(found.source, at);
    if (opensParagraph && introduction) {
      attribution.cue = introduction.cue;
      attribution.source = introduction.source;
      attribution.inheritsSource = false;
    }
    placed.push(attribution);
  });
  const next = findings.introduction;
  reading.introduced = next && { cue: next.cue && { ...next.cue, ...shift(next.cue, at) }, source: next.source && shift(next.source, at) };
  reading.previousEndsOpen = findings.endsOpen;
}

/** An attribution with no source of its own ("…, adding …") takes the one before it. */
function inheritSources(placed: Placed[]): void {
  for (let i = 1; i < placed.length; i++) {
    const a = placed[i];
    if (!a.inheritsSource || a.source) continue;
    const previous = placed[i - 1];
    if (previous.source) {
      a.source = previous.source;
      a.cue ??= previous.cue;
    }
  }
}

/** How far apart (in attributions) a relayed report and the one relaying it can be: they share a sentence. */
const RELAY_WINDOW = 8;

/**
 * An attribution whose cue lies inside another's content is relayed by that one's speaker ("Medinsky said Ukraine
 * stated …"). Only near neighbours are compared, which keeps the pass linear.
 */
function linkRelayedSpeech(attributions: Attribution[]): void {
  attributions.forEach((inner, i) => {
    if (!inner.cue) return;
    const cueStart = inner.cue.start;
    let best = -1;
    let bestLength = Infinity;
    const last = Math.min(attributions.length - 1, i + RELAY_WINDOW);
    for (let j = Math.max(0, i - RELAY_WINDOW); j <= last; j++) {
      if (j === i) continue;
      for (const part of attributions[j].parts) {
        if (part.start <= cueStart && cueStart < part.end && part.end - part.start < bestLength) {
          best = j;
          bestLength = part.end - part.start;
        }
      }
    }
    if (best >= 0) inner.via = best;
  });
}
