import type { ArticleAnalysis } from '../core';

export interface PredictedQuote {
  start: number;
  end: number;
  type: string;
  speaker: string | null;
  speakerSpans: number[][];
  cue: string | null;
  cueSpans: number[][];
  partOf?: string;
}

/** "that " right before a content span: PolNeAR counts the complementizer as content, the seeds gold does not. */
function withComplementizer(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 5), start);
  return /^that\s$/i.test(before) ? start - 5 : start;
}

/**
 * The prediction line of ../shared/tools/score.py, plus `type` and `partOf` (ignored by the scorer).
 * Source Lens reports a quotation interrupted by its attribution as one quote per part, without a leading "that"
 * (the seeds' conventions); `attributionUnits` follows PolNeAR's instead: one prediction per attribution, spanning its
 * parts, with the complementizer.
 */
export function prediction(id: unknown, text: string, analysis: ArticleAnalysis, attributionUnits = false): { id: unknown; quotes: PredictedQuote[]; speakers: object[] } {
  const byId = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker]));
  const quotes: PredictedQuote[] = [];
  const groups = new Map<string, PredictedQuote>();
  for (const quote of analysis.quotes) {
    const group = attributionUnits && quote.partOf ? groups.get(quote.partOf) : undefined;
    if (group) {
      group.end = Math.max(group.end, quote.end);
      if (group.type !== quote.type) group.type = 'mixed';
      continue;
    }
    const speaker = quote.speakerId ? byId.get(quote.speakerId) : undefined;
    const mention = quote.speakerSpan ? text.slice(quote.speakerSpan.start, quote.speakerSpan.end) : null;
    const predicted: PredictedQuote = {
      start: attributionUnits && quote.type !== 'direct' ? withComplementizer(text, quote.start) : quote.start,
      end: quote.end,
      type: quote.type,
      speaker: speaker ? speaker.name : mention,
      speakerSpans: quote.speakerSpan ? [[quote.speakerSpan.start, quote.speakerSpan.end]] : [],
      cue: quote.cue ? quote.cue.text : null,
      cueSpans: quote.cue ? [[quote.cue.start, quote.cue.end]] : [],
    };
    if (quote.partOf) {
      predicted.partOf = quote.partOf;
      if (attributionUnits) groups.set(quote.partOf, predicted);
    }
    quotes.push(predicted);
  }
  return {
    id,
    quotes,
    speakers: analysis.speakers.map((speaker) => ({
      name: speaker.name,
      aliases: speaker.aliases,
      kind: speaker.kind,
      roles: speaker.roles.map((role) => ({ text: role.text, start: role.start, end: role.end })),
      affiliation: speaker.affiliation ?? null,
    })),
  };
}
