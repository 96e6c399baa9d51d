// The browser bundle on its own: a copy of the built extension whose manifest has no `main`, so the editor can
// only run it in the web worker extension host (as vscode.dev does). Loading it with extensionDevelopmentPath
// and opening an article proves the `browser` entry loads and analyzes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { ensureHeadlessEditor } from '../../scripts/headless-editor/install';
import { patient } from '../../scripts/lib/patience';
import { cacheFolder, repoRoot } from '../../scripts/lib/paths';
import { run } from '../../scripts/lib/run';
import { copySampleArticles, type WorkspaceCopy } from '../../scripts/lib/workspaceCopy';
import { isBold, openEditor, settledStyle, type EditorSession } from './editor';

const copied = ['dist/web', 'syntaxes', 'media/source-lens.svg', 'language-configuration.json', 'seeds'];

export interface WebOnlySession {
  readonly session: EditorSession;
  readonly workspace: WorkspaceCopy;
  /** Closes the editor and removes the workspace copy and the extension copy. */
  close(): Promise<void>;
}

/**
 * A headless editor running the production browser bundle alone, on a fresh copy of the sample articles named
 * after `label`; `prepareWorkspace` may add files to the copy before the editor opens it.
 */
export async function openWebOnlyEditor(label: string, prepareWorkspace: (folder: string) => void = () => undefined): Promise<WebOnlySession> {
  await ensureHeadlessEditor();
  await run(process.execPath, ['esbuild.config.mjs', '--production'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  const extensionFolder = prepareWebOnlyExtension(path.join(cacheFolder, 'runs', `${label}-copy-${process.pid}`));
  const workspace = copySampleArticles(label);
  prepareWorkspace(workspace.folder);
  const session = await openEditor({ stateFolder: path.join(cacheFolder, 'runs', `${label}-${process.pid}`), folder: workspace.folder, developmentPath: extensionFolder });
  return {
    session,
    workspace,
    async close() {
      await session.close();
      workspace.remove();
      fs.rmSync(extensionFolder, { recursive: true, force: true });
    },
  };
}

/** Writes the web-only extension folder and returns its path. Needs `npm run build` first. */
function prepareWebOnlyExtension(folder: string): string {
  fs.rmSync(folder, { recursive: true, force: true });
  for (const entry of copied) fs.cpSync(path.join(repoRoot, entry), path.join(folder, entry), { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  assert.ok(manifest.browser, 'the manifest has no browser entry');
  delete manifest.main;
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  return folder;
}

/** With an article open in the editor: the web extension painted it and counted its quotations. */
export async function checkWebExtensionAnalyzes(page: Page): Promise<void> {
  const status = page.locator('.statusbar-item', { hasText: /speakers? · \d+ quotes?/ }).first();
  await status.waitFor({ timeout: patient(60_000) });
  const peskov = page.locator('.view-lines span', { hasText: /^Peskov$/ }).first();
  await peskov.waitFor();
  const weight = await settledStyle(peskov, 'fontWeight', isBold);
  assert.ok(isBold(weight), `"Peskov" is not highlighted by the web extension (font-weight ${weight})`);
}
