// The reading experience as a user meets it in the installed extension: highlights, a hover card, the sidebar's
// Speakers and Statements trees, and the Compare view. Called by the e2e test once an article is open.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { patient } from '../../scripts/lib/patience';
import { isBold, settledStyle } from './editor';

// Page-side code runs in the browser; this project's TypeScript has no DOM types, so it reaches them through globalThis.
type AnimatedDocument = {
  document: { getAnimations(): Array<{ effect: { getComputedTiming(): { endTime?: number } } | null; finished: Promise<unknown> }> };
};
type BrowserGlobals = {
  getComputedStyle(element: unknown): Record<string, string>;
  document: { activeElement: { getAttribute(name: string): string | null } | null };
};


/** Resolves when every finite animation of the page (a card fading in, a pane folding) has run its course or was cancelled. */
const animationsDone = (page: Page) =>
  page.evaluate(() =>
    Promise.all(
      (globalThis as unknown as AnimatedDocument).document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        // A cancelled animation (replaced by the next one) rejects its promise: it is done all the same.
        .map((animation) => animation.finished.catch(() => undefined)),
    ).then(() => undefined),
  );

/** Runs every check on the open article `002_86ced2f2eda6ba96.txt` and saves a screenshot after each. */
export async function checkReadingExperience(page: Page, screenshots: string): Promise<void> {
  const shot = (name: string) => page.screenshot({ path: path.join(screenshots, `${name}.png`) });

  await checkHighlights(page);
  await shot('reading-1-highlights');

  await checkSpeakerHover(page);
  await shot('reading-2-hover');
  await page.keyboard.press('Escape');

  await openSidebar(page);
  await shot('reading-3-sidebar');

  await checkCompareView(page);
  await shot('reading-4-compare');

  await checkStatusBar(page);
  // Leave the editor as a reader would find it: focus back in the article, not in the Compare view.
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Escape');
}

async function checkHighlights(page: Page): Promise<void> {
  // Decorations render as spans with generated classes inside the view lines: the name gets one, the cue another.
  const peskov = page.locator('.view-lines span', { hasText: /^Peskov$/ }).first();
  await peskov.waitFor();
  const weight = await settledStyle(peskov, 'fontWeight', isBold);
  assert.ok(isBold(weight), `"Peskov" is not highlighted (font-weight ${weight})`);
  const said = page.locator('.view-lines span', { hasText: /^said$/ }).first();
  assert.equal(await settledStyle(said, 'fontStyle', (style) => style === 'italic'), 'italic', 'the cue verb is not marked');
}

async function checkSpeakerHover(page: Page): Promise<void> {
  await page.locator('.view-lines').first().click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type('Dmitry Peskov');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowLeft');
  // The other articles appear as the workspace is indexed; a reader who hovers too early hovers again.
  const indexed = (card: string) => /In other articles/.test(card) && /003_50467d28ef8d0e76\.txt/.test(card);
  let text = await showHover(page);
  for (const deadline = Date.now() + patient(30_000); !indexed(text) && Date.now() < deadline; ) {
    await page.keyboard.press('Escape');
    await page.locator('.monaco-hover-content:visible').first().waitFor({ state: 'hidden' });
    text = await showHover(page);
  }
  assert.match(text, /Kremlin spokesman/);
  assert.match(text, /In other articles/);
  assert.match(text, /003_50467d28ef8d0e76\.txt/);
  assert.match(text, /Quotes:/);
}

/** "Show or Focus Hover" from the keyboard (the mouse cannot aim at one word of a wrapped line reliably). */
async function showHover(page: Page): Promise<string> {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover-content').filter({ hasText: 'Dmitry Peskov' }).first();
  await hover.waitFor();
  await animationsDone(page); // the card fades in
  return hover.innerText();
}

async function openSidebar(page: Page): Promise<void> {
  await page.locator('.activitybar [aria-label="Source Lens"]').first().click();
  const speakers = page.locator('.pane-header', { hasText: /Speakers/i }).first();
  await speakers.waitFor();
  const peskov = page.locator('.monaco-list-row', { hasText: 'Dmitry Peskov' }).first();
  await peskov.waitFor();
  assert.match(await peskov.innerText(), /\d+ quotes? · \d+ articles?/);
  // Fold Speakers away so the Statements tree and the Compare view have room.
  await speakers.click();
  await page.locator('.pane-header[aria-expanded="false"]', { hasText: /Speakers/i }).first().waitFor();
  await animationsDone(page);
}

async function checkCompareView(page: Page): Promise<void> {
  // The group is labelled with its quoted wording ("not noticed anything … like a breakthrough"), clipped to the row.
  const statement = page.locator('.monaco-list-row', { hasText: /Dmitry Peskov: .*(breakthrough|not noticed anything)/ }).first();
  await statement.waitFor();
  await statement.click();
  const compare = await compareFrame(page);
  const body = await compare.locator('body').innerText();
  for (const file of ['002_86ced2f2eda6ba96.txt', '003_50467d28ef8d0e76.txt', '004_1160814364ef8c10.txt']) {
    assert.ok(body.includes(file), `the Compare view does not show ${file}`);
  }
  assert.ok((await compare.locator('ins, del').count()) > 0, 'no word-level difference is marked');
  const reports = await compare.locator('.report').count();
  assert.ok(reports >= 2, `${reports} report(s) side by side`);
  assert.equal(await compare.locator('.report .badge').count(), reports, 'reports without a form badge');
  // Keyboard: focus the first report, move to the next with an arrow key.
  await compare.locator('.report').first().focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await compare.evaluate(() => (globalThis as unknown as BrowserGlobals).document.activeElement?.getAttribute('data-index')), '1');
}

/** The Compare view's page: the innermost webview frame whose document has the reports. */
export async function compareFrame(page: Page, timeoutMs = patient(15_000)): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if ((await frame.title().catch(() => '')) === 'Compare' && (await frame.locator('.report').count().catch(() => 0)) > 0) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('the Compare view did not render a statement');
}

async function checkStatusBar(page: Page): Promise<void> {
  const item = page.locator('.statusbar-item', { hasText: /speakers? · \d+ quotes?/ }).first();
  await item.waitFor();
}
