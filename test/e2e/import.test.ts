// Real articles in, as a user brings them: a news page opened by its address (served by a local HTTP server this
// test starts) and a page saved from a browser into the workspace, both read as Markdown articles in the installed
// extension. Screenshots land in test/e2e/screenshots/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ensureHeadlessEditor } from '../../scripts/headless-editor/install';
import { packageExtension } from '../../scripts/lib/package';
import { patient } from '../../scripts/lib/patience';
import { cacheFolder } from '../../scripts/lib/paths';
import { copySampleArticles, type WorkspaceCopy } from '../../scripts/lib/workspaceCopy';
import { hoverWord, isBold, openEditor, quickOpen, runCommand, settledStyle, visibleEditorText, waitForEditorTab, type EditorSession } from './editor';
import { pagesFolder, startPageServer, type PageServer } from './pageServer';
import { compareFrame } from './reading';
import { statusItem } from './skipped';
import { openWebOnlyEditor, type WebOnlySession } from './webExtension';

const imported = 'council-backs-river-plan-despite-cost-worries';
const savedPage = 'saved-river-plan.html';

describe('Source Lens reads web pages as articles', function () {
  this.timeout(patient(120_000));
  let session: EditorSession;
  let site: PageServer;
  let workspace: WorkspaceCopy | undefined;

  before(async function () {
    this.timeout(patient(600_000));
    await ensureHeadlessEditor();
    const vsixFile = await packageExtension();
    site = await startPageServer();
    workspace = copySampleArticles('e2e-import');
    fs.copyFileSync(path.join(pagesFolder, 'river-plan.html'), path.join(workspace.folder, savedPage));
    session = await openEditor({ stateFolder: path.join(cacheFolder, 'runs', `e2e-import-${process.pid}`), folder: workspace.folder, vsixFile });
    // The Command Palette lists the commands known when it opens: wait until the extension has registered its own.
    await session.page.locator('.activitybar [aria-label="Source Lens"]').first().waitFor({ timeout: patient(60_000) });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await session.screenshot(`failed-import-${this.currentTest.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
  });

  after(async () => {
    await session?.close();
    await site?.close();
    workspace?.remove();
  });

  const inWorkspace = (name: string) => path.join(workspace!.folder, name);

  it('opens an article from its address as Markdown with a header, analyzed', async () => {
    await openFromUrl(session.page, `${site.origin}/news/river-plan`);
    await waitForEditorTab(session.page, `${imported}.md`);
    const written = fs.readFileSync(inWorkspace(`${imported}.md`), 'utf8');
    assert.match(written, /^---\ntitle: "Council backs river plan despite cost worries"\noutlet: "The Valley Post"\nbyline: "Mara Lind"\ndate: "2026-03-04"\n/);
    assert.ok(written.includes(`url: "${site.origin}/news/river-plan"`), 'the header does not name the address');
    assert.match(await visibleEditorText(session.page), /Elena Voss, who leads the\s+opposition group/);
    const speaker = session.page.locator('.view-lines span', { hasText: /^Elena\sVoss$/ }).first();
    await speaker.waitFor();
    assert.ok(isBold(await settledStyle(speaker, 'fontWeight', isBold)), 'the speaker in the imported article is not highlighted');
    await session.screenshot('import-from-url');
    assert.match(await hoverWord(session.page, 'Voss'), /Elena Voss/);
  });

  it('writes a second import of the same page to a new file, leaving the first as it was', async () => {
    const first = fs.readFileSync(inWorkspace(`${imported}.md`), 'utf8');
    await openFromUrl(session.page, `${site.origin}/news/river-plan`);
    await waitForEditorTab(session.page, `${imported}-2.md`);
    assert.equal(fs.readFileSync(inWorkspace(`${imported}.md`), 'utf8'), first);
  });

  it('names the outlet of an imported article in the Compare view', async () => {
    // From the statement under the cursor: the Statements tree renders only the rows in view, and the seeds' statements
    // can fill it, so a row for this one may not exist to click.
    await session.page.locator('.view-lines').first().click();
    await session.page.keyboard.press('Control+F');
    await session.page.keyboard.type('better spent on the roads');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.press('Escape');
    await runCommand(session.page, 'Source Lens: Compare Statement at Cursor');
    const frame = await compareFrame(session.page);
    // The view may still show a statement selected before; it shows this one once its speaker is named.
    await frame.locator('body', { hasText: 'Elena Voss' }).waitFor();
    const body = await frame.locator('body').innerText();
    for (const file of [`${imported}.md`, `${imported}-2.md`]) assert.ok(body.includes(`The Valley Post · ${file}`), `the Compare view does not name the outlet of ${file}`);
    await session.screenshot('import-compare');
    await session.page.keyboard.press('Control+Shift+E');
  });

  it('says why a paywalled page or a redirect to a PDF is not opened', async () => {
    await openFromUrl(session.page, `${site.origin}/news/harbour-deal`);
    await notificationShown(session.page, /did not open .*harbour-deal as an article: .*paywall/);
    await session.screenshot('import-paywall');
    await runCommand(session.page, 'Notifications: Clear All Notifications');
    await openFromUrl(session.page, `${site.origin}/news/latest-report`);
    await notificationShown(session.page, /could not open .*latest-report: the address leads to application\/pdf, not a web page \(redirected to .*report\.pdf\)/);
    await runCommand(session.page, 'Notifications: Clear All Notifications');
  });

  it('offers to read a saved page that looks like an article, and writes the article beside it', async () => {
    const page = fs.readFileSync(inWorkspace(savedPage), 'utf8');
    await quickOpen(session.page, savedPage);
    const offer = await notificationShown(session.page, /looks like a news article/);
    await session.screenshot('import-saved-page-offer');
    await chooseInNotification(offer, 'Read as Article');
    await waitForEditorTab(session.page, 'saved-river-plan.md');
    await session.page.locator('.view-lines span', { hasText: /^Elena\sVoss$/ }).first().waitFor();
    assert.match(await hoverWord(session.page, 'Voss'), /Elena Voss/);
    assert.equal(fs.readFileSync(inWorkspace(savedPage), 'utf8'), page, 'the saved page was changed');
  });

  it('reads a saved page with "Read as News Article", never replacing the article already beside it', async () => {
    const article = fs.readFileSync(inWorkspace('saved-river-plan.md'), 'utf8');
    await session.page.keyboard.press('Escape'); // the hover card of the last test
    await session.page.mouse.move(0, 0);
    await session.page.locator('.tabs-container .tab', { hasText: savedPage }).click();
    await waitForEditorTab(session.page, savedPage);
    await runCommand(session.page, 'Source Lens: Read as News Article');
    await waitForEditorTab(session.page, 'saved-river-plan-2.md');
    assert.equal(fs.readFileSync(inWorkspace('saved-river-plan.md'), 'utf8'), article);
  });
});

describe('Source Lens with the saved-page offer turned off', function () {
  this.timeout(patient(120_000));
  let session: EditorSession;
  let workspace: WorkspaceCopy | undefined;

  before(async function () {
    this.timeout(patient(600_000));
    workspace = copySampleArticles('e2e-quiet-page');
    fs.copyFileSync(path.join(pagesFolder, 'river-plan.html'), path.join(workspace.folder, savedPage));
    session = await openEditor({
      stateFolder: path.join(cacheFolder, 'runs', `e2e-quiet-page-${process.pid}`),
      folder: workspace.folder,
      vsixFile: await packageExtension(),
      settings: { 'sourceLens.offerToReadSavedPages': false },
    });
    await session.page.locator('.activitybar [aria-label="Source Lens"]').first().waitFor({ timeout: patient(60_000) });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await session.screenshot(`failed-quiet-page-${this.currentTest.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
  });

  after(async () => {
    await session?.close();
    workspace?.remove();
  });

  it('names a saved article page in the status bar with no pop-up, and a click on it reads the page', async () => {
    await quickOpen(session.page, savedPage);
    const notice = statusItem(session.page, /Saved page: Read as Article/);
    // The extension sends any offer before it changes the status bar, so once the notice shows, an offer would have too.
    await notice.waitFor();
    await runCommand(session.page, 'Notifications: Show Notifications');
    await session.page.locator('.notifications-center.visible').waitFor();
    const offers = await session.page.locator('.notification-list-item', { hasText: /looks like a news article/ }).count();
    assert.equal(offers, 0, 'the page was offered with the offer turned off');
    await runCommand(session.page, 'Notifications: Hide Notifications');
    await notice.click();
    await waitForEditorTab(session.page, 'saved-river-plan.md');
    await session.page.locator('.view-lines span', { hasText: /^Elena\sVoss$/ }).first().waitFor();
  });
});

describe('Source Lens as a web extension explains that it reads no web pages', function () {
  this.timeout(patient(120_000));
  let web: WebOnlySession | undefined;
  const session = (): EditorSession => web!.session;

  before(async function () {
    this.timeout(patient(600_000));
    web = await openWebOnlyEditor('e2e-web-import', (folder) => fs.copyFileSync(path.join(pagesFolder, 'river-plan.html'), path.join(folder, savedPage)));
    await session().page.locator('.activitybar [aria-label="Source Lens"]').first().waitFor({ timeout: patient(60_000) });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await session().screenshot(`failed-web-import-${this.currentTest.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
  });

  after(async () => {
    await web?.close();
  });

  it('says Open Article from URL needs desktop VS Code', async () => {
    await runCommand(session().page, 'Source Lens: Open Article from URL');
    await notificationShown(session().page, /Open Article from URL works in desktop VS Code only/);
    await runCommand(session().page, 'Notifications: Clear All Notifications');
  });

  it('says a saved page is read in desktop VS Code, and writes nothing', async () => {
    await quickOpen(session().page, savedPage);
    await runCommand(session().page, 'Source Lens: Read as News Article');
    await notificationShown(session().page, /saved web pages are read as articles in desktop VS Code only/);
    assert.deepEqual(fs.readdirSync(web!.workspace.folder).filter((name) => name.endsWith('.md')), []);
  });
});

async function openFromUrl(page: Page, address: string): Promise<void> {
  await runCommand(page, 'Source Lens: Open Article from URL');
  // The box's own prompt: until it shows, the input may still be the Command Palette's.
  await page.locator('.quick-input-widget', { hasText: 'Source Lens fetches it' }).waitFor();
  const input = page.locator('.quick-input-widget input');
  await input.fill(address);
  // On a loaded machine an Enter pressed while the box still validates the typed address can be swallowed: press again
  // until the box closes.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Enter');
    try {
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: patient(5_000) });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await input.focus();
    }
  }
}

/**
 * Clicks a notification's button until the notification closes, as VS Code closes it once the choice is taken: on a
 * loaded machine a click can land while the toast still slides in, and then nothing happens. The wait after a click
 * is long, so that a slow close is not taken for a lost click and the choice is not made twice.
 */
async function chooseInNotification(message: Locator, button: string): Promise<void> {
  for (const deadline = Date.now() + patient(60_000); Date.now() < deadline; ) {
    await message.getByRole('button', { name: button }).click({ timeout: patient(10_000) }).catch(() => undefined);
    if (await message.waitFor({ state: 'hidden', timeout: patient(20_000) }).then(() => true, () => false)) return;
  }
  throw new Error(`the notification stayed open after "${button}" was clicked`);
}

/**
 * Waits for a message as a toast or in the notification center: a toast hides itself after a while, and on a loaded
 * machine that can be before the test looks, so the center is opened whenever no toast shows the message.
 */
async function notificationShown(page: Page, text: RegExp): Promise<Locator> {
  const message = page.locator('.notification-list-item', { hasText: text }).first();
  const center = page.locator('.notifications-center.visible');
  for (const deadline = Date.now() + patient(30_000); Date.now() < deadline; ) {
    if (await message.isVisible()) return message;
    if (!(await center.isVisible())) await runCommand(page, 'Notifications: Show Notifications');
    await message.waitFor({ timeout: 1000 }).catch(() => undefined);
  }
  const shown = await page.locator('.notification-list-item').allInnerTexts();
  throw new Error(`no notification says ${text}; the notifications: ${shown.join(' | ') || 'none'}`);
}
