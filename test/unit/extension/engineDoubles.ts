// In-memory stand-ins for the analysis worker and the extension host, so the engine's queueing and takeover
// run under plain mocha in milliseconds.
import type { ArticleSource, RereadArticle, ChannelHandlers, EngineChannel, EngineHost } from '../../../src/extension/engine/engineChannel';
import type { EngineRequest, EngineResponse } from '../../../src/worker/protocol';

const NO_QUOTES = { quotes: 0, quotedSpeakers: 0, unattributed: 0, speakers: 0 };

/**
 * An engine that keeps texts, not analyses: its comparison's `balance` lists each held file with its text's length,
 * and its `analysis` answer is the text it holds for a key (with the revision), so tests see what it was given.
 */
export class FakeEngine {
  readonly texts = new Map<string, { text: string; revision: number }>();

  handle(request: EngineRequest): EngineResponse {
    switch (request.kind) {
      case 'analyze':
        if (request.text === UNANALYSABLE) return { id: request.id, kind: 'failed', message: 'the analyzer gave up' };
        this.texts.set(request.key, { text: request.text, revision: request.revision });
        return { id: request.id, kind: 'analyzed', revision: request.revision, summary: { ...NO_QUOTES, quotes: request.text.length } };
      case 'remove':
        this.texts.delete(request.key);
        return { id: request.id, kind: 'removed' };
      case 'regroup':
        return { id: request.id, kind: 'regrouped', statements: 0, speakers: 0 };
      case 'query':
        return this.answer(request.id, request.query);
      case 'next-part':
        return { id: request.id, kind: 'failed', message: 'no answer is being sent' };
    }
  }

  private answer(id: number, query: Extract<EngineRequest, { kind: 'query' }>['query']): EngineResponse {
    if (query.name === 'comparison') {
      const balance = Object.fromEntries([...this.texts].map(([key, { text }]) => [key, { other: text.length }]));
      return { id, kind: 'answer-part', items: [{ speakers: [], statements: [], quoteCounts: {}, balance }], last: true };
    }
    if (query.name === 'highlights') {
      const held = this.texts.get(query.params.key);
      return { id, kind: 'answer', answer: held && { revision: held.revision, spans: { cue: [{ start: 0, end: held.text.length }] } } };
    }
    return { id, kind: 'failed', message: `the fake engine does not answer ${query.name}` };
  }
}

/** The host's documents as the engine's `ArticleSource` reads them after a crash: whatever text they hold now. */
export class FakeDocuments implements ArticleSource {
  readonly texts = new Map<string, string>();
  reread = async (key: string): Promise<RereadArticle | undefined> => {
    const text = this.texts.get(key);
    return text === undefined ? undefined : { text, revision: 0, label: key };
  };
}

/** A text the fake engine refuses, as the real one may refuse a hostile article. */
export const UNANALYSABLE = '\u0000unanalysable';

export interface FakeLine {
  readonly engine: FakeEngine;
  readonly posted: EngineRequest[];
  opened: number;
  open(handlers: ChannelHandlers): EngineChannel;
  /** Holds answers back until `release()`, so requests pile up in the queue behind the one in flight. */
  hold(): void;
  release(): void;
}

/**
 * A line to a `FakeEngine` that answers a turn later, as a worker does. `diesOn` picks the request during which the
 * worker dies: it then reports the failure `failures` times (a crashing Node worker reports both `error` and `exit`)
 * and never answers again.
 */
export function fakeLine(diesOn: (request: EngineRequest) => boolean = () => false, failures = 1): FakeLine {
  const held: (() => void)[] = [];
  let holding = false;
  let dead = false;
  const line: FakeLine = {
    engine: new FakeEngine(),
    posted: [],
    opened: 0,
    open(handlers) {
      line.opened++;
      const deliver = (request: EngineRequest) => {
        if (dead) return;
        if (diesOn(request)) {
          dead = true;
          for (let n = 0; n < failures; n++) handlers.onFailure('the analysis worker stopped (exit code 1)');
          return;
        }
        handlers.onResponse(line.engine.handle(request));
      };
      return {
        post(request) {
          line.posted.push(request);
          const answer = () => setImmediate(() => deliver(request));
          if (holding) held.push(answer);
          else answer();
        },
        terminate: () => (dead = true),
      };
    },
    hold: () => (holding = true),
    release() {
      holding = false;
      held.splice(0).forEach((answer) => answer());
    },
  };
  return line;
}

export interface RecordingHost extends EngineHost {
  readonly logged: { level: 'info' | 'warn' | 'error'; message: string }[];
  readonly shown: string[];
}

export function recordingHost(worker: FakeLine, fallback: FakeLine): RecordingHost {
  const logged: RecordingHost['logged'] = [];
  const shown: string[] = [];
  return {
    openWorker: (handlers) => worker.open(handlers),
    openInProcess: (handlers) => fallback.open(handlers),
    log: {
      info: (message) => logged.push({ level: 'info', message }),
      warn: (message) => logged.push({ level: 'warn', message }),
      error: (message) => logged.push({ level: 'error', message }),
    },
    showWarning: (message) => shown.push(message),
    showError: (message) => shown.push(message),
    logged,
    shown,
  };
}

/** Lets every answer already on its way arrive. */
export async function settle(isBusy: () => boolean): Promise<void> {
  while (isBusy()) await new Promise((resolve) => setImmediate(resolve));
}
