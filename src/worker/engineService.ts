/**
 * The analysis engine as a message handler: the single owner of the workspace's articles, their analyses and their
 * comparison, answering the host's queries with the features' view models. Pure (no thread API), so the worker
 * entries for Node and the browser are one-line adapters and the same service also runs in process where no worker
 * can be started.
 */
import { summarize } from '../features/shared/articleSummary';
import type { EngineRequest, EngineResponse } from './protocol';
import { answer, itemsPerPart } from './queries';
import { WorkspaceState } from './workspaceState';

export class EngineService {
  private readonly state = new WorkspaceState();
  private partsToSend: EngineResponse[] = [];

  handle(request: EngineRequest): EngineResponse {
    try {
      switch (request.kind) {
        case 'analyze': {
          const { analysis } = this.state.analyze(request.key, request.text, request.revision, request.label);
          return { id: request.id, kind: 'analyzed', revision: request.revision, summary: summarize(analysis) };
        }
        case 'remove':
          this.state.remove(request.key);
          return { id: request.id, kind: 'removed' };
        case 'regroup': {
          const { statements, speakers } = this.state.regroup();
          return { id: request.id, kind: 'regrouped', statements: statements.length, speakers: speakers.length };
        }
        case 'query': {
          const result = answer(this.state, request.query);
          if (!Array.isArray(result)) return { id: request.id, kind: 'answer', answer: result };
          this.partsToSend = inParts(request.id, result, itemsPerPart(request.query));
          return this.partsToSend.shift()!;
        }
        case 'next-part':
          return this.partsToSend.shift() ?? { id: request.id, kind: 'failed', message: 'no answer is being sent' };
      }
    } catch (error) {
      return { id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** An array answer in messages of at most `size` items, so the host decodes one part per event-loop turn. */
function inParts(id: number, items: unknown[], size: number): EngineResponse[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index): EngineResponse => ({
    id,
    kind: 'answer-part',
    items: items.slice(index * size, (index + 1) * size),
    last: index === count - 1,
  }));
}
