import { blankFrontMatter } from './import/frontMatter';
import { resolveSpeakers } from './speakers';
import { findSpeech, type SpeechOptions } from './quotes';
import { AnalysisSession } from './session';
import type { ArticleAnalysis, Quote } from './types';

export type AnalysisOptions = SpeechOptions;

/**
 * Finds quotations, speakers, roles and attribution in one article. Pure: no I/O, no Node or VS Code API.
 * By default speech only; `attitudes` adds attributed stances (PolNeAR's wider scope of attribution).
 * A front-matter header (an imported article's title, outlet, byline) is read as blanks: no speech, same offsets.
 * Pass the same `session` to re-analyze edited versions of articles incrementally; the result does not depend on it.
 */
export function analyzeArticle(articleText: string, options: AnalysisOptions = {}, session = new AnalysisSession()): ArticleAnalysis {
  const text = blankFrontMatter(articleText);
  const paragraphs = session.read(text);
  const { attributions, scareQuotes } = findSpeech(text, options, session.speech, paragraphs);
  const { speakers, resolved } = resolveSpeakers(text, attributions, paragraphs, session.speakerScans);
  const quotes: (Omit<Quote, 'id' | 'partOf'> & { group: number; part: number })[] = [];
  attributions.forEach((attribution, group) => {
    const resolution = resolved[group];
    const relay = attribution.via !== undefined ? resolved[attribution.via] : null;
    attribution.parts.forEach((part, index) => {
      const quote: (typeof quotes)[number] = {
        start: part.start,
        end: part.end,
        type: attribution.type,
        text: text.slice(part.start, part.end),
        speakerId: resolution ? resolution.speakerId : null,
        group,
        part: index,
      };
      const mention = resolution?.mention ?? attribution.source;
      if (mention) quote.speakerSpan = { start: mention.start, end: mention.end };
      if (attribution.cue) quote.cue = attribution.cue;
      if (relay) quote.viaSpeakerId = relay.speakerId;
      quotes.push(quote);
    });
  });
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  const ids = new Map<string, string>();
  quotes.forEach((quote, index) => ids.set(`${quote.group}:${quote.part}`, `q${index + 1}`));
  return {
    quotes: quotes.map(({ group, part, ...quote }) => {
      const result: Quote = { id: ids.get(`${group}:${part}`)!, ...quote };
      if (attributions[group].parts.length > 1) result.partOf = ids.get(`${group}:0`)!;
      return result;
    }),
    speakers,
    scareQuotes,
  };
}
