import type { EngineRequest, EngineResponse } from '../../worker/protocol';

/**
 * The texts the engine holds, as its answers confirm them: what a fresh engine must be given to answer the same,
 * when the worker dies and the extension host takes over. The strings are the ones the article index keeps, so
 * this costs no copy of the workspace.
 */
export class EngineContents {
  private readonly textByKey = new Map<string, string>();

  get size(): number {
    return this.textByKey.size;
  }

  /** Notes what an answered request changed. A failed analyze leaves the engine's older text in place. */
  record(request: EngineRequest, response: EngineResponse): void {
    if (request.kind === 'analyze' && response.kind === 'analyzed') this.textByKey.set(request.key, request.text);
    else if (request.kind === 'remove' && response.kind === 'removed') this.textByKey.delete(request.key);
  }

  /** Analyze requests that rebuild these contents, in the order the engine first received the articles. */
  replay(nextId: () => number): Extract<EngineRequest, { kind: 'analyze' }>[] {
    return [...this.textByKey].map(([key, text]) => ({ id: nextId(), kind: 'analyze', key, text }));
  }
}
