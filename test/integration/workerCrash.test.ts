// Issue 13 in the real editor: when the analysis worker dies, the extension host takes over with every open and
// indexed article, so the sidebar keeps what it showed. Runs last: the rest of the session stays in the host.
import * as assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { Comparison } from '../../src/core/types';
import { activeApi, showSeed } from './support/sourceLens';

/** The worker that receives the extension's analysis request for `uri`, caught as `trigger` makes the request. */
async function catchWorkerAnalyzing(uri: vscode.Uri, trigger: () => Thenable<unknown>): Promise<Worker> {
  const post = Worker.prototype.postMessage;
  let caught: Worker | undefined;
  Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
    const request = message as { kind?: string; key?: string } | undefined;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the spy's job is to capture the receiving worker
    if (request?.kind === 'analyze' && request.key === uri.toString()) caught = this;
    return (post as (...args: unknown[]) => void).call(this, message, ...rest);
  };
  try {
    await trigger();
  } finally {
    Worker.prototype.postMessage = post;
  }
  assert.ok(caught, 'no analysis worker received the request: is the extension analyzing in the extension host already?');
  return caught;
}

/** Every file the comparison draws on, with how many speakers and statements it holds. */
function coverage(comparison: Comparison): { files: string[]; speakers: number; statements: number } {
  const files = new Set([
    ...comparison.speakers.flatMap((speaker) => Object.keys(speaker.articles)),
    ...comparison.statements.flatMap((group) => group.reports.map((report) => report.file)),
  ]);
  return { files: [...files].sort(), speakers: comparison.speakers.length, statements: comparison.statements.length };
}

describe('Analysis worker crash', () => {
  it('keeps every open and indexed article in the comparison when the worker is terminated', async () => {
    const editor = await showSeed('002_86ced2f2eda6ba96.txt');
    const api = await activeApi();
    await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
    await api.whenIdle();
    const before = coverage(await api.comparison());
    assert.ok(before.files.length >= 5, `the workspace comparison covers only ${before.files.join(', ')}`);

    const analyzeAgain = () => vscode.commands.executeCommand('sourceLens.analyzeFile');
    const worker = await catchWorkerAnalyzing(editor.document.uri, analyzeAgain);
    await worker.terminate();
    await api.whenIdle();
    // A new analysis makes the extension host's engine compare again: it must see what the worker saw.
    await analyzeAgain();
    await api.whenIdle();
    assert.deepEqual(coverage(await api.comparison()), before);
  });
});
