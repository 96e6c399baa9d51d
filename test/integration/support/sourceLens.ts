// Shared steps of the feature tests: the extension's API and the seed articles of the open workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { patient } from '../../../scripts/lib/patience';
import type { SourceLensApi } from '../../../src/extension/api';
import type { Span } from '../../../src/core/types';

export const extensionId = 'source-lens.source-lens';

/** Waits for activation by the editor's own activation events: nothing here calls `activate()`. */
export async function activeApi(timeoutMs = patient(15_000)): Promise<SourceLensApi> {
  const extension = vscode.extensions.getExtension<SourceLensApi>(extensionId);
  assert.ok(extension, `${extensionId} is not installed`);
  const deadline = Date.now() + timeoutMs;
  while (!extension.isActive && Date.now() < deadline) await sleep(100);
  assert.ok(extension.isActive, 'Source Lens did not activate when an article was opened');
  return extension.exports;
}

export function seedUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function showSeed(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(seedUri(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

let untitledDocuments = 0;

/**
 * A new unsaved document holding `content`, under a name no other document of the session had. VS Code names
 * `openTextDocument({ content })` documents Untitled-N after the lowest free number, and a document given a
 * just-closed one's name may come up with that one's backed-up text instead of `content` if the backup has not
 * been discarded yet: tests that open and close documents in a row would then read each other's text.
 */
export async function openUntitled(language: string, content: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `Source Lens test ${++untitledDocuments}` });
  const opened = await vscode.workspace.openTextDocument(uri);
  const document = opened.languageId === language ? opened : await vscode.languages.setTextDocumentLanguage(opened, language);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  assert.ok(await vscode.workspace.applyEdit(edit), `could not write the text of ${uri.toString()}`);
  assert.equal(document.getText(), content, `${uri.toString()} does not hold the text it was given`);
  return document;
}

/** The span of the `occurrence`-th (0-based) appearance of `needle` in the document. */
export function spanOf(document: vscode.TextDocument, needle: string, occurrence = 0): Span {
  const text = document.getText();
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    assert.ok(start >= 0, `"${needle}" (occurrence ${occurrence}) is not in ${document.uri.path}`);
  }
  return { start, end: start + needle.length };
}

export const covers = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Highlight keys (`direct-3`, …) whose spans cover `target`. */
export function keysCovering(highlights: Record<string, Span[]>, target: Span): string[] {
  return Object.entries(highlights)
    .filter(([, spans]) => spans.some((span) => covers(span, target)))
    .map(([key]) => key);
}

/** Changes a user setting and returns once the extension host has announced the change (Source Lens listens first). */
export async function setting(key: string, value: unknown): Promise<void> {
  const configuration = vscode.workspace.getConfiguration('sourceLens');
  if (JSON.stringify(configuration.inspect(key)?.globalValue) === JSON.stringify(value)) return;
  const announced = new Promise<void>((resolve) => {
    const listener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`sourceLens.${key}`)) return;
      listener.dispose();
      resolve();
    });
  });
  await configuration.update(key, value, vscode.ConfigurationTarget.Global);
  await announced;
}

/** Polls `condition` until it holds; fails with `message` after a limit that grows with the machine's load. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, message: string, quietMs = 20_000): Promise<void> {
  const deadline = Date.now() + patient(quietMs);
  while (!(await condition())) {
    assert.ok(Date.now() < deadline, message);
    await sleep(50);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}
