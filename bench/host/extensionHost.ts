// Runs inside the real extension host (loaded as extensionTestsPath by bench/extension.bench.ts): measures activation,
// the first highlights of an article, and the longest stall of the host's event loop while the workspace is indexed.
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
  // Already active (something opened a plain-text model at start-up): the extension's own count is the measure.
  const activateMs = activeBefore ? api.activationMs : performance.now() - started;

  const articles = await vscode.workspace.findFiles('**/*.txt');
  const first = articles.sort((a, b) => a.path.localeCompare(b.path))[0];
  started = performance.now();
  await vscode.window.showTextDocument(first);
  while (Object.values(api.highlights(first)).every((spans) => spans.length === 0)) {
    if (performance.now() - started > 60_000) throw new Error('no highlights within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const firstHighlightsMs = performance.now() - started;

  const stopWatching = watchEventLoop();
  started = performance.now();
  await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
  await api.whenIdle(600_000);
  const indexMs = performance.now() - started;
  const longestStallMs = stopWatching();

  const report = { activeBefore, activateMs, firstHighlightsMs, articles: articles.length, indexMs, longestStallMs, statements: (await api.comparison()).statements.length };
  fs.writeFileSync(process.env[hostReportVariable]!, JSON.stringify(report));
}
