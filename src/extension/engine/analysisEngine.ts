import type { ArticleSummary, EngineRequest, EngineResponse, Queries, QueryName } from '../../worker/protocol';
import type { ArticleSource, ChannelHandlers, EngineChannel, EngineHost } from './engineChannel';
import { EngineContents } from './engineContents';
import { RequestQueue, type Pending, type Urgency } from './requestQueue';

export type { Urgency } from './requestQueue';

/**
 * The client of the analysis engine, which owns the workspace's analyses: every request goes through one queue. One
 * request is in the engine at a time, so what the reader is looking at (`visible`) overtakes workspace indexing,
 * and a newer request for an article replaces one still waiting. When the worker dies, the extension host takes
 * over: the articles the worker held are read again (`ArticleSource`) and given to the new engine before anything
 * else is asked of it, so nothing the sidebar shows is lost.
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
  /** While a fresh engine waits for the articles to be read again, nothing is sent to it. */
  private rereading = false;
  private queuedRegroup: Promise<EngineResponse | undefined> | undefined;
  /** The parts of an array answer received so far. */
  private parts: unknown[] = [];
  /** Each distinct failure is shown once, not once per article of a large workspace. */
  private readonly reportedFailures = new Set<string>();
  private disposed = false;

  constructor(
    private readonly host: EngineHost,
    private readonly source: ArticleSource,
  ) {}

  /** True while requests are waiting or in the engine, including a takeover's re-analysis. */
  get busy(): boolean {
    return this.inFlight !== undefined || this.queue.size > 0 || this.rereading;
  }

  /** What the status bar shows of the text, or undefined when a newer request for the same article was queued before this one ran. */
  async analyze(key: string, text: string, revision: number, label: string, urgency: Urgency): Promise<ArticleSummary | undefined> {
    const response = await this.enqueue({ id: this.nextId++, kind: 'analyze', key, text, revision, label }, urgency);
    return response?.kind === 'analyzed' ? response.summary : undefined;
  }

  async remove(key: string): Promise<void> {
    if (!this.channel) return;
    await this.enqueue({ id: this.nextId++, kind: 'remove', key }, 'background');
  }

  /** Groups the workspace after everything queued so far; calls made while one is waiting share it. True once done. */
  async regroup(): Promise<boolean> {
    if (!this.channel) return false;
    this.queuedRegroup ??= this.enqueue({ id: this.nextId++, kind: 'regroup' }, 'background').finally(() => (this.queuedRegroup = undefined));
    return (await this.queuedRegroup)?.kind === 'regrouped';
  }

  /** Asks the engine a question; undefined when no engine was started yet (no article was ever analyzed) or it failed. */
  async query<Name extends QueryName>(name: Name, params: Queries[Name]['params'], urgency: Urgency = 'visible'): Promise<Queries[Name]['answer'] | undefined> {
    if (!this.channel) return undefined;
    const query = { name, params } as Extract<EngineRequest, { kind: 'query' }>['query'];
    const response = await this.enqueue({ id: this.nextId++, kind: 'query', query }, urgency);
    return response?.kind === 'answer' ? (response.answer as Queries[Name]['answer']) : undefined;
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
    if (response.kind === 'answer-part') {
      this.parts.push(...response.items);
      // The next part is asked for only once this one is taken in: the host decodes one part per message event.
      if (!response.last) return void this.channel?.post({ id: response.id, kind: 'next-part' });
      response = { id: response.id, kind: 'answer', answer: this.parts };
      this.parts = [];
    }
    this.inFlight = undefined;
    this.contents.record(pending.request, response);
    if (response.kind === 'failed') this.reportFailure(pending.request, response.message);
    pending.resolve(response);
    this.pump();
  }

  private reportFailure(request: EngineRequest, message: string): void {
    if (this.reportedFailures.has(message)) return;
    this.reportedFailures.add(message);
    const what = request.kind === 'query' ? `answer a question about the workspace` : 'analyze an article';
    this.host.log.warn(`could not ${what}: ${message}`);
    if (request.kind !== 'query') this.host.showWarning(`Source Lens could not analyze an article: ${message}`);
  }

  /**
   * The worker is gone: carry on in the extension host rather than leave the reader without highlights. The new
   * engine starts empty, so it is first given every article the worker held, read again; the request the worker
   * never answered and every question wait until then.
   */
  private takeOver(message: string): void {
    this.channel = this.openInProcess();
    this.parts = [];
    const retry = this.inFlight;
    this.inFlight = undefined;
    if (retry) this.queue.addFirst(retry);
    this.rereading = true;
    void this.replay(message, this.generation);
  }

  private async replay(message: string, generation: number): Promise<void> {
    const keys = this.contents.held();
    const reread = await Promise.all(keys.map((key) => this.source.reread(key).catch(() => undefined)));
    if (generation !== this.generation || this.disposed) return;
    const requests = keys.flatMap((key, at) => {
      const article = reread[at];
      return article ? [{ id: this.nextId++, kind: 'analyze' as const, key, ...article }] : [];
    });
    let outstanding = requests.length;
    const done = () => {
      if (--outstanding === 0) this.host.log.info(`The extension host holds the workspace's articles again (${requests.length} re-analyzed).`);
    };
    const replayed = this.queue.addAheadOfAll(requests.map((request) => ({ request, urgency: 'background', resolve: done })));
    const catchUp = replayed > 0 ? `, starting with the ${replayed} open and indexed articles the worker held` : '';
    this.host.log.warn(`${message}; analyzing in the extension host instead${catchUp}.`);
    this.rereading = false;
    this.pump();
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
    if (this.inFlight || this.rereading) return;
    this.inFlight = this.queue.next();
    if (!this.inFlight) return;
    this.channel ??= this.openWorker();
    this.channel.post(this.inFlight.request);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
