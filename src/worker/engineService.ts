/**
 * The analysis engine as a message handler: analyzes articles, keeps the workspace comparison up to date, and
 * answers comparisons. Pure (no thread API), so the worker entries for Node and the browser are one-line adapters
 * and the same service also runs in process where no worker can be started.
 */
import { analyzeArticle } from '../core/analyze';
import { AnalysisSession } from '../core/session';
import { blankFrontMatter } from '../core/import/frontMatter';
import { WorkspaceComparison } from '../core/compare/index';
import type { Comparison } from '../core/types';
import type { EngineRequest, EngineResponse } from './protocol';

const ITEMS_PER_PART = 100;

export class EngineService {
  private readonly workspace = new WorkspaceComparison();
  private readonly session = new AnalysisSession();
  private partsToSend: EngineResponse[] = [];

  handle(request: EngineRequest): EngineResponse {
    try {
      switch (request.kind) {
        case 'analyze': {
          const analysis = analyzeArticle(request.text, {}, this.session);
          // The comparison reads words around quotations too: a header's headline is not the article's wording.
          this.workspace.upsert({ file: request.key, text: blankFrontMatter(request.text), analysis });
          return { id: request.id, kind: 'analyzed', analysis };
        }
        case 'remove':
          this.workspace.remove(request.key);
          return { id: request.id, kind: 'removed' };
        case 'compare':
          this.partsToSend = inParts(request.id, this.workspace.result());
          return this.partsToSend.shift()!;
        case 'next-part':
          return this.partsToSend.shift() ?? { id: request.id, kind: 'failed', message: 'no comparison is being sent' };
      }
    } catch (error) {
      return { id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }
}

function inParts(id: number, comparison: Comparison): EngineResponse[] {
  const { speakers, statements, quoteCounts, balance } = comparison;
  const count = Math.max(1, Math.ceil(Math.max(speakers.length, statements.length) / ITEMS_PER_PART));
  return Array.from({ length: count }, (_, index): EngineResponse => {
    const at = index * ITEMS_PER_PART;
    const slice = { speakers: speakers.slice(at, at + ITEMS_PER_PART), statements: statements.slice(at, at + ITEMS_PER_PART) };
    return { id, kind: 'comparison-part', part: index === 0 ? { ...slice, quoteCounts, balance } : slice, last: index === count - 1 };
  });
}
