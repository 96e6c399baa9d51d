import type { Comparison } from '../core/types';
import { balancesOf } from '../features/balance/model';
import { statementAt } from '../features/compare/atCursor';
import { compareViewOf } from '../features/compare/model';
import { highlightsFor } from '../features/highlights/model';
import { articleCards } from '../features/hover/model';
import { speakerChildren } from '../features/speakers/model';
import { speakerIdAt, speakerPicks, speakerQuotePicks } from '../features/speakers/quotePicks';
import { statementChildren } from '../features/statements/model';
import type { ComparisonPart, Queries, Query, QueryName } from './protocol';
import type { WorkspaceState } from './workspaceState';

const ITEMS_PER_SLICE = 100;

type Answerers = { [Name in QueryName]: (state: WorkspaceState, params: Queries[Name]['params']) => Queries[Name]['answer'] };

/** Each query's answer, built by the feature's view model from the workspace the worker holds. */
const ANSWERERS: Answerers = {
  highlights: (state, { key }) => {
    const spans = highlightsFor(state, key);
    return spans && { revision: state.article(key)!.revision, spans };
  },
  hoverCards: (state, { key }) => {
    const article = state.article(key);
    return article && { revision: article.revision, cards: articleCards(state, key)! };
  },
  quotations: (state, { key }) => {
    const article = state.article(key);
    return article && { revision: article.revision, spans: article.analysis.quotes.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start) };
  },
  statementAt: (state, { key, offset }) => statementAt(state, key, offset),
  speakerAt: (state, { key, offset }) => speakerIdAt(state, key, offset),
  speakers: (state, { parent }) => speakerChildren(state, parent),
  statements: (state, { groupId }) => statementChildren(state, groupId),
  compareView: (state, { groupId }) => compareViewOf(state, groupId),
  balances: (state) => balancesOf(state),
  speakerPicks: (state) => speakerPicks(state),
  speakerQuotes: (state, { speakerId }) => speakerQuotePicks(state, speakerId),
  analysis: (state, { key }) => state.article(key)?.analysis,
  comparison: (state) => inSlices(state.comparison),
};

export function answer(state: WorkspaceState, query: Query): unknown {
  return (ANSWERERS[query.name] as (state: WorkspaceState, params: unknown) => unknown)(state, query.params);
}

/** How many items of an array answer go in one message: the comparison's slices are large, so one each. */
export function itemsPerPart(query: Query): number {
  return query.name === 'comparison' ? 1 : ITEMS_PER_SLICE;
}

function inSlices(comparison: Comparison): ComparisonPart[] {
  const { speakers, statements, quoteCounts, balance } = comparison;
  const count = Math.max(1, Math.ceil(Math.max(speakers.length, statements.length) / ITEMS_PER_SLICE));
  return Array.from({ length: count }, (_, index): ComparisonPart => {
    const at = index * ITEMS_PER_SLICE;
    const slice = { speakers: speakers.slice(at, at + ITEMS_PER_SLICE), statements: statements.slice(at, at + ITEMS_PER_SLICE) };
    return index === 0 ? { ...slice, quoteCounts, balance } : slice;
  });
}
