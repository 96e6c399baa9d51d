import type { Comparison } from '../../core/types';
import type { AnalysisEngine } from './analysisEngine';

/** The engine's whole comparison, put together from its slices (for export and the test API). */
export async function comparisonOf(engine: AnalysisEngine): Promise<Comparison> {
  const comparison: Comparison = { speakers: [], statements: [], quoteCounts: {}, balance: {} };
  for (const part of (await engine.query('comparison', {})) ?? []) {
    comparison.speakers.push(...part.speakers);
    comparison.statements.push(...part.statements);
    if (part.quoteCounts) comparison.quoteCounts = part.quoteCounts;
    if (part.balance) comparison.balance = part.balance;
  }
  return comparison;
}
