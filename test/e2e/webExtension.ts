// The browser bundle on its own: a copy of the built extension whose manifest has no `main`, so the editor can
// only run it in the web worker extension host (as vscode.dev does). Loading it with extensionDevelopmentPath
// and opening an article proves the `browser` entry loads and analyses.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { patient } from '../../scripts/lib/patience';
import { isBold, settledStyle } from './editor';

const copied = ['dist/web', 'syntaxes', 'media/source-lens.svg', 'language-configuration.json', 'seeds'];

/** Writes the web-only extension folder and returns its path. Needs `npm run build` first. */
export function prepareWebOnlyExtension(repoRoot: string, folder: string): string {
  fs.rmSync(folder, { recursive: true, force: true });
  for (const entry of copied) fs.cpSync(path.join(repoRoot, entry), path.join(folder, entry), { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  assert.ok(manifest.browser, 'the manifest has no browser entry');
  delete manifest.main;
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  return folder;
}

/** With an article open in the editor: the web extension painted it and counted its quotations. */
export async function checkWebExtensionAnalyses(page: Page): Promise<void> {
  const status = page.locator('.statusbar-item', { hasText: /speakers? · \d+ quotes?/ }).first();
  await status.waitFor({ timeout: patient(60_000) });
  const peskov = page.locator('.view-lines span', { hasText: /^Peskov$/ }).first();
  await peskov.waitFor();
  const weight = await settledStyle(peskov, 'fontWeight', isBold);
  assert.ok(isBold(weight), `"Peskov" is not highlighted by the web extension (font-weight ${weight})`);
}
