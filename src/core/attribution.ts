/**
 * The seam between finding reported speech (src/core/quotes) and resolving who speaks (src/core/speakers).
 * Quote finding says *where* the source is named; speaker resolution says *who* that is.
 */
import type { Cue, QuoteType, Span, Speaker } from './types';

export interface Attribution {
  type: QuoteType;
  /** Content span(s). A direct quotation split by its attribution ("A," he said, "B.") has one part per piece. */
  parts: Span[];
  cue?: Cue;
  /** The phrase naming the source as printed: "Kremlin spokesman Dmitry Peskov", "he", "a source familiar with the talks". */
  source?: Span;
  /** Relayed speech: index (in the same array) of the attribution whose content contains this one. */
  via?: number;
}

export interface ResolvedSource {
  speakerId: string;
  /** The mention to report for this quote (the name or pronoun itself, without titles). */
  mention: Span;
}

export interface SpeakerResolution {
  speakers: Speaker[];
  /** Same length and order as the attributions given; null where no source could be resolved. */
  resolved: (ResolvedSource | null)[];
}
