import type { EngineRequest, EngineResponse } from '../../worker/protocol';

/**
 * The articles the engine holds, as its answers confirm them: what a fresh engine must be given again when the
 * worker dies and the extension host takes over. Keys only, in the order the engine first received them.
 */
export class EngineContents {
  private readonly keys = new Set<string>();

  /** Notes what an answered request changed. A failed analyze leaves the engine's older text in place. */
  record(request: EngineRequest, response: EngineResponse): void {
    if (request.kind === 'analyze' && response.kind === 'analyzed') this.keys.add(request.key);
    else if (request.kind === 'remove' && response.kind === 'removed') this.keys.delete(request.key);
  }

  held(): string[] {
    return [...this.keys];
  }
}
