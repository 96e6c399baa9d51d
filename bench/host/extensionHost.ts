// Runs inside the real extension host (loaded as extensionTestsPath by bench/extension.bench.ts): measures activation,
// the first highlights of an article, and, while the workspace is indexed, the longest stall of the host's event loop
// and how long a hover over a speaker takes (the card is a round trip to the worker, which is busy indexing).
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { watchEventLoop } from '../../test/integration/support/eventLoop';
import type { SourceLensApi } from '../../src/extension/api';
import { hostReportVariable } from './report';

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<SourceLensApi>('source-lens.source-lens');
  if (!extension) throw new Error('Source Lens is not installed in this editor');
  const activeBefore = extension.isActive;
  let started = performance.now();
  const api = await extension.activate();
  // The extension's own count is the measure; when the bench itself activates it, the host's whole round (loading the
  // bundle, creating its context) is reported beside it, since start-up order decides which path a run takes.
  const activateMs = api.activationMs;
  const hostActivateMs = activeBefore ? undefined : performance.now() - started;

  const articles = await vscode.workspace.findFiles('**/*.txt');
  const first = articles.sort((a, b) => a.path.localeCompare(b.path))[0];
  started = performance.now();
  await vscode.window.showTextDocument(first);
  while (Object.values(api.highlights(first)).every((spans) => spans.length === 0)) {
    if (performance.now() - started > 60_000) throw new Error('no highlights within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const firstHighlightsMs = performance.now() - started;

  const speakerSpan = (await api.analysis(first))?.quotes.find((quote) => quote.speakerSpan)?.speakerSpan;
  if (!speakerSpan) throw new Error('the first article names no speaker to hover');
  const document = await vscode.workspace.openTextDocument(first);
  const stopWatching = watchEventLoop();
  started = performance.now();
  const indexed = Promise.resolve(vscode.commands.executeCommand('sourceLens.analyzeWorkspace')).then(() => api.whenIdle(600_000));
  const hoverMs = await hoverWhile(indexed, document.uri, document.positionAt(speakerSpan.start));
  const indexMs = performance.now() - started;
  const longestStallMs = stopWatching();

  const report = { activeBefore, activateMs, hostActivateMs, firstHighlightsMs, articles: articles.length, indexMs, longestStallMs, hoverMs, statements: (await api.comparison()).statements.length };
  fs.writeFileSync(process.env[hostReportVariable]!, JSON.stringify(report));
}

/** Hovers over `position` again and again until `done` settles: the time each card took, in milliseconds. */
async function hoverWhile(done: Promise<unknown>, uri: vscode.Uri, position: vscode.Position): Promise<number[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const times: number[] = [];
  while (!finished) {
    const started = performance.now();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    if (hovers.length === 0) throw new Error('hovering over a speaker showed no card');
    times.push(performance.now() - started);
  }
  await done;
  return times;
}
