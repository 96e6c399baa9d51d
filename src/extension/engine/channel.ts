import * as vscode from 'vscode';
import type { EngineRequest, EngineResponse } from '../../worker/protocol';
import type { ChannelHandlers, EngineChannel, EngineHost, EngineLog } from './engineChannel';

declare const require: (id: string) => unknown;
declare const process: { versions?: { node?: string } } | undefined;

interface NodeWorker {
  on(event: 'message', listener: (message: EngineResponse) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  postMessage(message: EngineRequest): void;
  terminate(): Promise<number>;
}

interface WebWorker {
  onmessage: ((event: { data: EngineResponse }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  postMessage(message: EngineRequest): void;
  terminate(): void;
}

/** The browser's Worker; declared here because the extension is type-checked without the DOM library. */
declare const Worker: new (url: string) => WebWorker;

function isNodeHost(): boolean {
  return typeof process === 'object' && process !== null && typeof process.versions?.node === 'string';
}

/**
 * A worker thread off the extension host's event loop: loading compromise, analyzing a long article and re-grouping
 * a large workspace would otherwise freeze hovers and typing. Node's worker_threads in the desktop/remote host,
 * a Web Worker in the browser host.
 */
function openWorkerChannel(extensionUri: vscode.Uri, handlers: ChannelHandlers): EngineChannel {
  if (isNodeHost()) {
    const { Worker } = require('node:worker_threads') as { Worker: new (file: string) => NodeWorker };
    const worker = new Worker(vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath);
    worker.on('message', handlers.onResponse);
    worker.on('error', (error) => handlers.onFailure(error.message));
    worker.on('exit', (code) => code !== 0 && handlers.onFailure(`the analysis worker stopped (exit code ${code})`));
    return { post: (request) => worker.postMessage(request), terminate: () => void worker.terminate() };
  }
  const worker = new Worker(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'worker.js').toString(true));
  worker.onmessage = (event) => handlers.onResponse(event.data);
  worker.onerror = (event) => handlers.onFailure(event.message || 'the analysis worker failed');
  return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
}

/** Set by esbuild: true in the browser bundle, false in the Node bundle. */
declare const WEB_BUNDLE: boolean;

/**
 * The same engine in the extension host itself: the fallback where no worker can start. In Node it loads the worker's
 * own bundle, so the extension bundle stays small and activation never parses the analyzer; the browser bundle, which
 * cannot load files, carries the engine itself (esbuild drops that branch from the Node bundle).
 */
function openInProcessChannel(extensionUri: vscode.Uri, handlers: ChannelHandlers): EngineChannel {
  const service = WEB_BUNDLE
    ? import('../../worker/engineService').then(({ EngineService }) => new EngineService())
    : Promise.resolve(new (require(vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath) as typeof import('../../worker/node')).EngineService());
  let terminated = false;
  return {
    // Never answers in the same turn, as a worker would not.
    post: (request) => void service.then((engine) => setTimeout(() => !terminated && handlers.onResponse(engine.handle(request)), 0)),
    terminate: () => (terminated = true),
  };
}

/** The engine's host in VS Code: the worker and in-process channels of this extension, its log and notifications. */
export function vscodeEngineHost(extensionUri: vscode.Uri, log: EngineLog): EngineHost {
  return {
    openWorker: (handlers) => openWorkerChannel(extensionUri, handlers),
    openInProcess: (handlers) => openInProcessChannel(extensionUri, handlers),
    log,
    showWarning: (message) => void vscode.window.showWarningMessage(message),
    showError: (message) => void vscode.window.showErrorMessage(message),
  };
}
