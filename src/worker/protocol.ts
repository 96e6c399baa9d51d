/** Messages between the extension host and the analysis worker. Plain data only: they cross a thread boundary. */
import type { ArticleAnalysis, Comparison, Span } from '../core/types';
import type { ArticleSummary } from '../features/shared/articleSummary';
import type { Balances } from '../features/balance/model';
import type { CompareView } from '../features/compare/model';
import type { StatementAt } from '../features/compare/atCursor';
import type { ArticleCards } from '../features/hover/model';
import type { SpeakerNode, SpeakerParent } from '../features/speakers/model';
import type { QuotePick, SpeakerPick } from '../features/speakers/quotePicks';
import type { StatementNode } from '../features/statements/model';

/** A slice of a comparison. A large workspace's comparison is several megabytes: sent whole, decoding it would stall the
 * extension host for longer than a frame, so it travels in slices the host decodes one event-loop turn at a time. */
export interface ComparisonPart {
  speakers: Comparison['speakers'];
  statements: Comparison['statements'];
  /** Sent with the first slice. */
  quoteCounts?: Comparison['quoteCounts'];
  balance?: Comparison['balance'];
}


/**
 * The questions the worker answers from the workspace it holds, each with the answer's type. Answers about one
 * article carry the `revision` of the text they were made from, so the host paints nothing on a newer text.
 */
export interface Queries {
  highlights: { params: { key: string }; answer: { revision: number; spans: Record<string, Span[]> } | undefined };
  /** Every hover card of an article: the host keeps those of visible articles and answers hovers itself. */
  hoverCards: { params: { key: string }; answer: { revision: number; cards: ArticleCards } | undefined };
  quotations: { params: { key: string }; answer: { revision: number; spans: Span[] } | undefined };
  statementAt: { params: { key: string; offset: number }; answer: StatementAt };
  speakerAt: { params: { key: string; offset: number }; answer: string | undefined };
  speakers: { params: { parent?: SpeakerParent }; answer: SpeakerNode[] };
  statements: { params: { groupId?: string }; answer: StatementNode[] };
  compareView: { params: { groupId: string }; answer: CompareView | undefined };
  balances: { params: Record<string, never>; answer: Balances };
  speakerPicks: { params: Record<string, never>; answer: SpeakerPick[] };
  speakerQuotes: { params: { speakerId: string }; answer: { name: string; picks: QuotePick[] } | undefined };
  /** For the test API and other extensions. */
  analysis: { params: { key: string }; answer: ArticleAnalysis | undefined };
  /** The whole comparison, for export and the test API: an array of slices, sent one slice per message. */
  comparison: { params: Record<string, never>; answer: ComparisonPart[] };
}

export type QueryName = keyof Queries;
export type Query = { [Name in QueryName]: { name: Name; params: Queries[Name]['params'] } }[QueryName];

export type EngineRequest =
  | { id: number; kind: 'analyze'; key: string; text: string; revision: number; label: string }
  | { id: number; kind: 'remove'; key: string }
  /** Groups the workspace again, after articles settled. */
  | { id: number; kind: 'regroup' }
  | { id: number; kind: 'query'; query: Query }
  /** Asks for the next part of answer `id`: the host pulls parts one event-loop turn apart. */
  | { id: number; kind: 'next-part' };

export type EngineResponse =
  | { id: number; kind: 'analyzed'; revision: number; summary: ArticleSummary }
  | { id: number; kind: 'removed' }
  | { id: number; kind: 'regrouped'; statements: number; speakers: number }
  | { id: number; kind: 'answer'; answer: unknown }
  /** A long array answer, in parts of at most a hundred items. */
  | { id: number; kind: 'answer-part'; items: unknown[]; last: boolean }
  | { id: number; kind: 'failed'; message: string };

export type { ArticleSummary };
