/** Messages between the extension host and the analysis worker. Plain data only: they cross a thread boundary. */
import type { ArticleAnalysis, Comparison } from '../core/types';

/** A slice of a comparison. A large workspace's comparison is several megabytes: sent whole, decoding it would stall the
 * extension host for longer than a frame, so it travels in slices the host decodes one event-loop turn at a time. */
export interface ComparisonPart {
  speakers: Comparison['speakers'];
  statements: Comparison['statements'];
  /** Sent with the first slice. */
  quoteCounts?: Comparison['quoteCounts'];
  balance?: Comparison['balance'];
}

export type EngineRequest =
  | { id: number; kind: 'analyze'; key: string; text: string }
  | { id: number; kind: 'remove'; key: string }
  | { id: number; kind: 'compare' }
  /** Asks for the next slice of comparison `id`: the host pulls slices one event-loop turn apart. */
  | { id: number; kind: 'next-part' };

export type EngineResponse =
  | { id: number; kind: 'analyzed'; analysis: ArticleAnalysis }
  | { id: number; kind: 'removed' }
  | { id: number; kind: 'comparison-part'; part: ComparisonPart; last: boolean }
  | { id: number; kind: 'failed'; message: string };
