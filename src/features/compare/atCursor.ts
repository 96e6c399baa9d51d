import type { ArticleAnalysis, Quote } from '../../core/types';
import { targetAt } from '../hover/target';
import type { WorkspaceFacts } from '../shared/workspaceFacts';

/** What "Compare Statement at Cursor" finds at an offset of article `key`. */
export type StatementAt = { found: 'statement'; groupId: string } | { found: 'not-analyzed' | 'no-quotation' | 'no-other-report' };

export function statementAt(facts: WorkspaceFacts, key: string, offset: number): StatementAt {
  const article = facts.article(key);
  if (!article) return { found: 'not-analyzed' };
  const quote = quoteAt(article.analysis, offset);
  if (!quote) return { found: 'no-quotation' };
  const group = facts.statementGroupFor(key, quote.id);
  return group ? { found: 'statement', groupId: group.id } : { found: 'no-other-report' };
}

/** The quotation the cursor is in, or whose cue or attributing mention it is on. */
function quoteAt(analysis: ArticleAnalysis, offset: number): Quote | undefined {
  const target = targetAt(analysis, offset);
  if (target?.kind === 'quote') return target.quote;
  const inside = analysis.quotes.filter((quote) => quote.start <= offset && offset <= quote.end);
  if (inside.length > 0) return inside.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  return analysis.quotes.find((quote) => quote.speakerSpan && quote.speakerSpan.start <= offset && offset <= quote.speakerSpan.end);
}
