import type { EngineRequest, EngineResponse } from '../../worker/protocol';

export type Urgency = 'visible' | 'background';

export interface Pending {
  readonly request: EngineRequest;
  readonly urgency: Urgency;
  /** Called once: with the engine's answer, or undefined when the request was superseded or dropped. */
  readonly resolve: (response: EngineResponse | undefined) => void;
}

/** The article a request changes in the engine, if any. */
export function keyOf(request: EngineRequest): string | undefined {
  return request.kind === 'analyze' || request.kind === 'remove' ? request.key : undefined;
}

/**
 * The requests waiting for the engine: what the reader is looking at (`visible`) goes before workspace indexing.
 * At most one request per article waits at a time, and a newer one for the same article replaces it, so the
 * engine ends with the newest state of every article whatever the queues' order: an urgent analyze can never run
 * before an older remove of the same file and then be undone by it.
 */
export class RequestQueue {
  private readonly urgent: Pending[] = [];
  private readonly normal: Pending[] = [];

  get size(): number {
    return this.urgent.length + this.normal.length;
  }

  /** Queues `pending` behind the others of its urgency; a request waiting for the same article is superseded. */
  add(pending: Pending): void {
    this.supersede(keyOf(pending.request));
    this.queueFor(pending.urgency).push(pending);
  }

  /**
   * Puts a request that was already sent back at the head of its queue (its engine went away before answering),
   * unless a newer request for the same article is waiting: that one is what the engine must end with.
   */
  addFirst(pending: Pending): void {
    if (this.isWaiting(keyOf(pending.request))) pending.resolve(undefined);
    else this.queueFor(pending.urgency).unshift(pending);
  }

  /**
   * Queues `requests` ahead of everything, for articles with nothing waiting: they rebuild a fresh engine's
   * contents before any question or comparison reaches it. Returns how many were queued.
   */
  addAheadOfAll(requests: Pending[]): number {
    const waiting = new Set(this.all().map((pending) => keyOf(pending.request)));
    const fresh = requests.filter((pending) => !waiting.has(keyOf(pending.request)));
    this.urgent.unshift(...fresh);
    return fresh.length;
  }

  next(): Pending | undefined {
    return this.urgent.shift() ?? this.normal.shift();
  }

  /** Empties the queue, telling every waiting request it will not be answered. */
  drop(): void {
    const waiting = this.all();
    this.urgent.length = 0;
    this.normal.length = 0;
    for (const pending of waiting) pending.resolve(undefined);
  }

  private isWaiting(key: string | undefined): boolean {
    return key !== undefined && this.all().some((pending) => keyOf(pending.request) === key);
  }

  private supersede(key: string | undefined): void {
    if (key === undefined) return;
    for (const queue of [this.urgent, this.normal]) {
      const index = queue.findIndex((pending) => keyOf(pending.request) === key);
      if (index >= 0) queue.splice(index, 1)[0]!.resolve(undefined);
    }
  }

  private queueFor(urgency: Urgency): Pending[] {
    return urgency === 'visible' ? this.urgent : this.normal;
  }

  private all(): Pending[] {
    return [...this.urgent, ...this.normal];
  }
}
