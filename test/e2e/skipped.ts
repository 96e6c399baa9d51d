// Issue 15 as a user meets it: a list says why it is not analyzed and a click on the status bar analyzes it; a short
// brief is read as an article; the Source Balance view counts who is quoted.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { quickOpen, runCommand } from './editor';

export const briefFile = 'brief.txt';
export const notesFile = 'notes.txt';

/** Written for this test: a 45-word brief with one quotation and "said", and a list that is no article. */
export function writeSkipSamples(folder: string): void {
  fs.writeFileSync(
    path.join(folder, briefFile),
    'The city council approved a new cycle lane on Harbour Road on Tuesday. “This will make the morning commute safer for hundreds of children,” said councillor Mira Okafor, who proposed the plan. Work is due to start in the early spring and last six weeks.\n',
  );
  fs.writeFileSync(path.join(folder, notesFile), '- Milk and eggs\n- Ask the plumber about the boiler\n- Call Sam\n- Pay the gas bill before Friday\n');
}

export const statusItem = (page: Page, text: RegExp) => page.locator('.statusbar-item', { hasText: text }).first();

/** Checks the notice, its tooltip (hovered for `screenshot`) and what a click on it does. */
export async function checkSkippedFile(page: Page, screenshot: (name: string) => Promise<unknown>): Promise<void> {
  await quickOpen(page, notesFile);
  const notice = statusItem(page, /Not read as an article/);
  await notice.waitFor();
  await notice.hover();
  await page.locator('.monaco-hover, .workbench-hover', { hasText: /does not read like a news article/ }).first().waitFor();
  await screenshot('skip-notice');
  await notice.click();
  await statusItem(page, /\d+ speakers? · \d+ quotes?/).waitFor();
  assert.equal(await statusItem(page, /Not read as an article/).count(), 0, 'the notice stayed after the click');
}

export async function checkShortBrief(page: Page): Promise<void> {
  await quickOpen(page, briefFile);
  await statusItem(page, /1 speaker · [1-9]\d* quotes?/).waitFor();
}

/** Opens the Source Balance view and waits for the workspace's kinds of source. */
export async function showSourceBalance(page: Page): Promise<void> {
  await runCommand(page, 'Source Lens: Show Sidebar');
  const header = page.locator('.pane-header', { hasText: /Source Balance/i });
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await page.locator('.monaco-list-row', { hasText: 'Officials' }).first().waitFor();
  await page.locator('.monaco-list-row', { hasText: /Workspace.*\d+ articles/ }).first().waitFor();
}
