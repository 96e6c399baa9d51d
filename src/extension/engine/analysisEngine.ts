import * as vscode from 'vscode';
import type { ArticleAnalysis, Comparison } from '../../core/types';
import type { EngineRequest, EngineResponse } from '../../worker/protocol';
import { openInProcessChannel, openWorkerChannel, type EngineChannel } from './channel';

export type Urgency = 'visible' | 'background';

type Pending = { request: EngineRequest; resolve: (response: EngineResponse | undefined) => void };

/**
 * Analysis and comparison behind one queue. One request is in the engine at a time, so what the reader is looking
 * at (`visible`) overtakes workspace indexing, and a newer text of an article replaces one still waiting.
 */
export class AnalysisEngine implements vscode.Disposable {
  private readonly urgent: Pending[] = [];
  private readonly normal: Pending[] = [];
  private inFlight: Pending | undefined;
  private nextId = 1;
  private channel: EngineChannel;
  private queuedComparison: Promise<Comparison | undefined> | undefined;
  private assembled: Comparison | undefined;
  /** Each distinct failure is shown once, not once per article of a large workspace. */
  private readonly reportedFailures = new Set<string>();

  constructor(private readonly extensionUri: vscode.Uri) {
    this.channel = this.open(() => openWorkerChannel(extensionUri, this.handlers));
  }

  /** The analysis of `text`, or undefined when a newer text of the same article was queued before this one ran. */
  async analyse(key: string, text: string, urgency: Urgency): Promise<ArticleAnalysis | undefined> {
    for (const queue of [this.urgent, this.normal]) {
      const index = queue.findIndex((pending) => pending.request.kind === 'analyse' && pending.request.key === key);
      if (index >= 0) queue.splice(index, 1)[0].resolve(undefined);
    }
    const response = await this.enqueue({ id: this.nextId++, kind: 'analyse', key, text }, urgency === 'visible' ? this.urgent : this.normal);
    return response?.kind === 'analysed' ? response.analysis : undefined;
  }

  async remove(key: string): Promise<void> {
    await this.enqueue({ id: this.nextId++, kind: 'remove', key }, this.normal);
  }

  /** The comparison after everything queued so far; calls made while one is waiting share it. */
  compare(): Promise<Comparison | undefined> {
    this.queuedComparison ??= this.enqueue({ id: this.nextId++, kind: 'compare' }, this.normal).then(() => {
      this.queuedComparison = undefined;
      const comparison = this.assembled;
      this.assembled = undefined;
      return comparison;
    });
    return this.queuedComparison;
  }

  dispose(): void {
    this.channel.terminate();
    for (const pending of [...this.urgent, ...this.normal]) pending.resolve(undefined);
    this.inFlight?.resolve(undefined);
  }

  private readonly handlers = {
    onResponse: (response: EngineResponse) => {
      const pending = this.inFlight;
      if (!pending || pending.request.id !== response.id) return;
      if (response.kind === 'comparison-part') {
        const { part } = response;
        this.assembled ??= { speakers: [], statements: [], quoteCounts: {}, balance: {} };
        this.assembled.speakers.push(...part.speakers);
        this.assembled.statements.push(...part.statements);
        if (part.quoteCounts) this.assembled.quoteCounts = part.quoteCounts;
        if (part.balance) this.assembled.balance = part.balance;
        if (!response.last) {
          this.channel.post({ id: response.id, kind: 'next-part' });
          return;
        }
      }
      this.inFlight = undefined;
      if (response.kind === 'failed' && !this.reportedFailures.has(response.message)) {
        this.reportedFailures.add(response.message);
        void vscode.window.showWarningMessage(`Source Lens could not analyse an article: ${response.message}`);
      }
      pending.resolve(response);
      this.pump();
    },
    onFailure: (message: string) => {
      // The worker is gone: carry on in the extension host rather than leave the reader without highlights.
      console.warn(`Source Lens: ${message}; analysing in the extension host instead.`);
      this.channel = this.open();
      this.assembled = undefined;
      const retry = this.inFlight;
      this.inFlight = undefined;
      if (retry) this.urgent.unshift(retry);
      this.pump();
    },
  };

  /** `worker` first when given; otherwise, or when it cannot start, the in-process engine. */
  private open(worker?: () => EngineChannel): EngineChannel {
    if (worker) {
      try {
        return worker();
      } catch (error) {
        console.warn(`Source Lens: no analysis worker (${error instanceof Error ? error.message : String(error)}); analysing in the extension host.`);
      }
    }
    try {
      return openInProcessChannel(this.extensionUri, this.handlers);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(`Source Lens cannot analyse articles here: ${message}`);
      return { post: (request) => setTimeout(() => this.handlers.onResponse({ id: request.id, kind: 'failed', message }), 0), terminate: () => undefined };
    }
  }

  private enqueue(request: EngineRequest, queue: Pending[]): Promise<EngineResponse | undefined> {
    return new Promise((resolve) => {
      queue.push({ request, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (this.inFlight) return;
    this.inFlight = this.urgent.shift() ?? this.normal.shift();
    if (this.inFlight) this.channel.post(this.inFlight.request);
  }
}
