import type { EngineRequest, EngineResponse } from '../../worker/protocol';

/** A duplex line to the analysis engine, wherever it runs. */
export interface EngineChannel {
  post(request: EngineRequest): void;
  terminate(): void;
}

export interface ChannelHandlers {
  onResponse(response: EngineResponse): void;
  /** The engine can no longer answer (the worker died or could not start). */
  onFailure(message: string): void;
}

/** Where the engine's own troubles are written down for the user: the "Source Lens" output channel. */
export interface EngineLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What the engine needs from its host: ways to reach an engine, a log, and a way to tell the reader. */
export interface EngineHost {
  /** The analysis worker; throws when none can start here. */
  openWorker(handlers: ChannelHandlers): EngineChannel;
  /** The same engine in the extension host; throws when it cannot be loaded. */
  openInProcess(handlers: ChannelHandlers): EngineChannel;
  readonly log: EngineLog;
  showWarning(message: string): void;
  showError(message: string): void;
}

/** An article's text as the host has it now, for a fresh engine that must be given it again. */
export interface RereadArticle {
  text: string;
  revision: number;
  label: string;
}

/**
 * Where a fresh engine's articles come from after the worker died: the host keeps no copy of texts or analyses,
 * so it reads them again from the open document or the file. Undefined when the article is gone.
 */
export interface ArticleSource {
  reread(key: string): Promise<RereadArticle | undefined>;
}
