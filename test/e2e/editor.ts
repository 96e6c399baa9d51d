// Driving the headless editor as a user does: helpers for e2e tests (open a file, run a command, hover a word).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/headless-editor/browser';
import { installExtension, startEditorServer, type EditorServer } from '../../scripts/headless-editor/server';
import { patient } from '../../scripts/lib/patience';
import { repoRoot } from '../../scripts/lib/paths';

export const screenshotsFolder = path.join(repoRoot, 'test', 'e2e', 'screenshots');

export interface EditorSession {
  page: Page;
  server: EditorServer;
  /** Saves a full-window screenshot to test/e2e/screenshots/NAME.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** A folder owned by this session (profile, extensions, log); emptied first. */
  stateFolder: string;
  folder: string;
  /** A .vsix installed with --install-extension before the server starts. */
  vsixFile?: string;
  /** An unpacked extension loaded as under development instead. */
  developmentPath?: string;
  settings?: Record<string, unknown>;
}

export async function openEditor(options: SessionOptions): Promise<EditorSession> {
  fs.rmSync(options.stateFolder, { recursive: true, force: true });
  if (options.vsixFile) await installExtension(options.stateFolder, options.vsixFile);
  const server = await startEditorServer({
    stateFolder: options.stateFolder,
    settings: { 'security.workspace.trust.enabled': false, 'window.zoomLevel': 0, 'editor.wordWrap': 'on', ...options.settings },
  });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Every wait below is for a condition; this limit only catches a hang, and grows with the machine's load.
    page.setDefaultTimeout(patient(30_000));
    const payload = options.developmentPath
      ? [['extensionDevelopmentPath', server.remoteUri(options.developmentPath)] as const]
      : undefined;
    await page.goto(server.urlFor(options.folder, payload));
    await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: patient(60_000) });
    const openedBrowser = browser;
    fs.mkdirSync(screenshotsFolder, { recursive: true });
    return {
      page,
      server,
      screenshot: async (name) => {
        const file = path.join(screenshotsFolder, `${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
      close: async () => {
        await openedBrowser.close();
        await server.stop();
        fs.rmSync(options.stateFolder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw error;
  }
}

/** Clicks a file in the Explorer (top level of the open folder) and waits for its editor tab. */
export async function openFromExplorer(page: Page, fileName: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().click();
  await waitForEditorTab(page, fileName);
}

/** Opens a workspace file with Quick Open (Ctrl+P), as a keyboard user would. */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  // A webview with the focus (the Compare view) keeps the key to itself: focus the workbench and press again.
  for (const deadline = Date.now() + patient(30_000); ; ) {
    await page.locator('.monaco-editor, .monaco-workbench').first().focus();
    await page.keyboard.press('Control+P');
    if (await input.waitFor({ timeout: patient(3_000) }).then(() => true, () => false)) break;
    if (Date.now() > deadline) throw new Error('Quick Open did not open');
  }
  await input.fill(fileName);
  // Enter opens the focused row: until the list is filtered, that may be another recently opened file.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName }).first().waitFor();
  await page.keyboard.press('Enter');
  await waitForEditorTab(page, fileName);
}

/** Runs a command by its palette title, e.g. "Source Lens: Analyze Workspace". */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.locator('.monaco-editor, .monaco-workbench').first().focus();
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

// The editor of the active group; other groups and hidden editors keep their own line elements.
const activeLines = '.editor-group-container.active .editor-instance .view-lines';

/**
 * Where the word shows inside the visible part of the active editor, measured on its own (a rendered span may
 * hold a whole phrase); undefined while it is scrolled out of view. Runs in the page.
 */
const measureOnScreen = (page: Page, word: string) =>
  page.evaluate(([target, linesSelector]) => {
    // Just the DOM this function touches: the project's TypeScript has no DOM library.
    type Rect = { left: number; right: number; top: number; bottom: number };
    type TextNode = { textContent: string | null };
    type Element = { closest(selector: string): { getBoundingClientRect(): Rect }; getBoundingClientRect(): Rect };
    type PageDocument = {
      querySelector(selector: string): Element | null;
      createTreeWalker(root: Element, whatToShow: number): { nextNode(): TextNode | null };
      createRange(): { setStart(node: TextNode, offset: number): void; setEnd(node: TextNode, offset: number): void; getBoundingClientRect(): Rect };
    };
    const doc = (globalThis as unknown as { document: PageDocument }).document;
    const lines = doc.querySelector(linesSelector);
    if (!lines) return undefined;
    // The lines' own box spans the whole scrolled width; the overflow guard is the part on screen.
    const visible = lines.closest('.overflow-guard').getBoundingClientRect();
    const walker = doc.createTreeWalker(lines, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let at = text.indexOf(target); at >= 0; at = text.indexOf(target, at + 1)) {
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + target.length);
        const rect = range.getBoundingClientRect();
        if (rect.left >= visible.left && rect.right <= visible.right && rect.top >= visible.top && rect.bottom <= visible.bottom) {
          return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
        }
      }
    }
    return undefined;
  }, [word, activeLines] as const);

/**
 * Finds a word in the active editor (Ctrl+F, so the editor scrolls it into view), moves the mouse onto it and
 * returns the text of the hover card that appears.
 */
export async function hoverWord(page: Page, word: string): Promise<string> {
  await page.keyboard.press('Escape'); // whatever card or widget an earlier step left open
  await page.locator(activeLines).click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  // The editor scrolls to the match on a later frame: measure until the word is on screen.
  let box: { x: number; y: number } | undefined;
  for (const deadline = Date.now() + patient(5_000); !box && Date.now() < deadline; ) {
    box = await measureOnScreen(page, word);
    if (!box) await page.waitForTimeout(200);
  }
  if (!box) throw new Error(`"${word}" is not visible in the editor`);
  // Earlier hover cards stay in the page, hidden.
  const hover = page.locator('.monaco-hover-content:visible', { hasText: word }).first();
  // A provider still busy (the workspace being indexed) may answer with nothing; the editor asks again only
  // when the mouse comes back, so a user-like retry is to move away and return.
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(box.x - 2, box.y);
    await page.mouse.move(box.x, box.y, { steps: 2 });
    try {
      await hover.waitFor({ timeout: patient(5_000) });
      return await hover.innerText();
    } catch (error) {
      if (attempt === 4) throw error;
      await page.mouse.move(0, 0);
      await page.waitForTimeout(500);
    }
  }
}

/** The text the active editor shows (rendered lines only, not the whole document). */
export async function visibleEditorText(page: Page): Promise<string> {
  // The editor renders spaces as no-break spaces.
  return (await page.locator(activeLines).innerText()).replace(/\u00a0/g, ' ');
}

/** Waits for the file's tab to be the active one and its editor to have painted text (the tab comes first). */
export async function waitForEditorTab(page: Page, fileName: string): Promise<void> {
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor();
  await page.locator(activeLines).filter({ hasText: /\S/ }).waitFor();
}

type StyledGlobals = { getComputedStyle(element: unknown): Record<string, string> };

/**
 * A computed style of the first element `locator` finds, once `accepts` it or the wait limit passes (then the last
 * value seen). The editor re-renders a line when decorations arrive, so one look can catch a detached element.
 */
export async function settledStyle(locator: Locator, property: string, accepts: (value: string) => boolean): Promise<string> {
  let value = '';
  for (const deadline = Date.now() + patient(15_000); Date.now() < deadline; ) {
    value = await locator
      .first()
      .evaluate((element, name) => String((globalThis as unknown as StyledGlobals).getComputedStyle(element)[name] ?? ''), property)
      .catch(() => '');
    if (accepts(value)) return value;
    await locator.page().waitForTimeout(100);
  }
  return value;
}

export const isBold = (weight: string) => Number(weight) >= 600 || weight === 'bold';
