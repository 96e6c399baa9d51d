import type { ArticleAnalysis, Comparison } from '../../core/types';
import type { EngineRequest, EngineResponse } from '../../worker/protocol';
import type { ChannelHandlers, EngineChannel, EngineHost } from './engineChannel';
import { EngineContents } from './engineContents';
import { RequestQueue, type Pending, type Urgency } from './requestQueue';

export type { Urgency } from './requestQueue';

/**
 * Analysis and comparison behind one queue. One request is in the engine at a time, so what the reader is looking
 * at (`visible`) overtakes workspace indexing, and a newer request for an article replaces one still waiting.
 * When the worker dies, the extension host takes over with every article the worker held, so nothing the sidebar
 * shows is lost.
 */
export class AnalysisEngine {
  private readonly queue = new RequestQueue();
  private readonly contents = new EngineContents();
  private inFlight: Pending | undefined;
  private nextId = 1;
  /** Bumped whenever the channel is replaced, so a dead channel's late messages are ignored. */
  private generation = 0;
  /** Opened by the first article: a window with only READMEs and notes open never starts a worker. */
  private channel: EngineChannel | undefined;
  private queuedComparison: Promise<Comparison | undefined> | undefined;
  private assembled: Comparison | undefined;
  /** Each distinct failure is shown once, not once per article of a large workspace. */
  private readonly reportedFailures = new Set<string>();
  private disposed = false;

  constructor(private readonly host: EngineHost) {}

  /** True while requests are waiting or in the engine, including a takeover's re-analysis. */
  get busy(): boolean {
    return this.inFlight !== undefined || this.queue.size > 0;
  }

  /** The analysis of `text`, or undefined when a newer request for the same article was queued before this one ran. */
  async analyze(key: string, text: string, urgency: Urgency): Promise<ArticleAnalysis | undefined> {
    const response = await this.enqueue({ id: this.nextId++, kind: 'analyze', key, text }, urgency);
    return response?.kind === 'analyzed' ? response.analysis : undefined;
  }

  async remove(key: string): Promise<void> {
    if (!this.channel) return;
    await this.enqueue({ id: this.nextId++, kind: 'remove', key }, 'background');
  }

  /** The comparison after everything queued so far; calls made while one is waiting share it. */
  compare(): Promise<Comparison | undefined> {
    if (!this.channel) return Promise.resolve({ speakers: [], statements: [], quoteCounts: {}, balance: {} });
    this.queuedComparison ??= this.enqueue({ id: this.nextId++, kind: 'compare' }, 'background').then(() => {
      this.queuedComparison = undefined;
      const comparison = this.assembled;
      this.assembled = undefined;
      return comparison;
    });
    return this.queuedComparison;
  }

  dispose(): void {
    this.disposed = true;
    this.generation++;
    this.channel?.terminate();
    this.queue.drop();
    this.inFlight?.resolve(undefined);
    this.inFlight = undefined;
  }

  private handlersFor(generation: number): ChannelHandlers {
    return {
      onResponse: (response) => generation === this.generation && this.answered(response),
      onFailure: (message) => generation === this.generation && this.takeOver(message),
    };
  }

  private answered(response: EngineResponse): void {
    const pending = this.inFlight;
    if (!pending || pending.request.id !== response.id) return;
    if (response.kind === 'comparison-part' && !this.assemble(response)) return;
    this.inFlight = undefined;
    this.contents.record(pending.request, response);
    if (response.kind === 'failed' && !this.reportedFailures.has(response.message)) {
      this.reportedFailures.add(response.message);
      this.host.log.warn(`could not analyze an article: ${response.message}`);
      this.host.showWarning(`Source Lens could not analyze an article: ${response.message}`);
    }
    pending.resolve(response);
    this.pump();
  }

  /** Adds a slice to the comparison being assembled; true once it was the last one. */
  private assemble(response: Extract<EngineResponse, { kind: 'comparison-part' }>): boolean {
    const { part } = response;
    this.assembled ??= { speakers: [], statements: [], quoteCounts: {}, balance: {} };
    this.assembled.speakers.push(...part.speakers);
    this.assembled.statements.push(...part.statements);
    if (part.quoteCounts) this.assembled.quoteCounts = part.quoteCounts;
    if (part.balance) this.assembled.balance = part.balance;
    if (!response.last) this.channel?.post({ id: response.id, kind: 'next-part' });
    return response.last;
  }

  /**
   * The worker is gone: carry on in the extension host rather than leave the reader without highlights. The new
   * engine starts empty, so it is first given every article the worker held, then the request the worker never
   * answered; a comparison waits until all of them are back.
   */
  private takeOver(message: string): void {
    this.channel = this.openInProcess();
    this.assembled = undefined;
    const retry = this.inFlight;
    this.inFlight = undefined;
    if (retry) this.queue.addFirst(retry);
    const replayed = this.queue.addAheadOfBackground(this.replayRequests());
    const catchUp = replayed > 0 ? `, starting with the ${replayed} open and indexed articles the worker held` : '';
    this.host.log.warn(`${message}; analyzing in the extension host instead${catchUp}.`);
    this.pump();
  }

  private replayRequests(): Pending[] {
    const requests = this.contents.replay(() => this.nextId++);
    let outstanding = requests.length;
    const done = () => {
      if (--outstanding === 0) this.host.log.info(`The extension host holds the workspace's articles again (${requests.length} re-analyzed).`);
    };
    return requests.map((request) => ({ request, urgency: 'background', resolve: done }));
  }

  private openWorker(): EngineChannel {
    const generation = ++this.generation;
    try {
      return this.host.openWorker(this.handlersFor(generation));
    } catch (error) {
      this.host.log.warn(`no analysis worker (${messageOf(error)}); analyzing in the extension host.`);
      return this.openInProcess();
    }
  }

  private openInProcess(): EngineChannel {
    const generation = ++this.generation;
    const handlers = this.handlersFor(generation);
    try {
      return this.host.openInProcess(handlers);
    } catch (error) {
      const message = messageOf(error);
      this.host.log.error(`cannot analyze articles here: ${message}`);
      this.host.showError(`Source Lens cannot analyze articles here: ${message}`);
      return { post: (request) => setTimeout(() => handlers.onResponse({ id: request.id, kind: 'failed', message }), 0), terminate: () => undefined };
    }
  }

  private enqueue(request: EngineRequest, urgency: Urgency): Promise<EngineResponse | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.queue.add({ request, urgency, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (this.inFlight) return;
    this.inFlight = this.queue.next();
    if (!this.inFlight) return;
    this.channel ??= this.openWorker();
    this.channel.post(this.inFlight.request);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
