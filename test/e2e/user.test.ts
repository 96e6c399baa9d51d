// Source Lens as a user meets it: the packaged .vsix installed into a real (headless) VS Code, the sample
// articles opened from the Explorer. Screenshots land in test/e2e/screenshots/.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureHeadlessEditor } from '../../scripts/headless-editor/install';
import { packageExtension } from '../../scripts/lib/package';
import { patient } from '../../scripts/lib/patience';
import { cacheFolder, repoRoot } from '../../scripts/lib/paths';
import { copySampleArticles, type WorkspaceCopy } from '../../scripts/lib/workspaceCopy';
import {
  hoverWord,
  openEditor,
  openFromExplorer,
  quickOpen,
  runCommand,
  screenshotsFolder,
  visibleEditorText,
  type EditorSession,
} from './editor';
import { checkReadingExperience } from './reading';
import { checkShortBrief, checkSkippedFile, showSourceBalance, writeSkipSamples } from './skipped';
import { checkWebExtensionAnalyzes, openWebOnlyEditor, type WebOnlySession } from './webExtension';

const article = '002_86ced2f2eda6ba96.txt';

describe('Source Lens installed from its .vsix', function () {
  this.timeout(patient(120_000));
  let session: EditorSession;
  let vsixFile: string;
  let workspace: WorkspaceCopy | undefined;

  before(async function () {
    this.timeout(patient(600_000)); // the first run installs the headless editor
    await ensureHeadlessEditor();
    vsixFile = await packageExtension();
    workspace = copySampleArticles('e2e');
    writeSkipSamples(workspace.folder);
    session = await openEditor({ stateFolder: path.join(cacheFolder, 'runs', `e2e-${process.pid}`), folder: workspace.folder, vsixFile });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await session.screenshot(`failed-${slug(this.currentTest.title)}`);
  });

  after(async () => {
    await session?.close();
    workspace?.remove();
  });

  it('is a package of only what runs, under 2 MB', () => {
    const vsce = path.join(repoRoot, 'node_modules', '.bin', 'vsce');
    const files = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8' }).trim().split('\n');
    for (const needed of ['package.json', 'dist/extension.js', 'dist/web/extension.js', 'media/icon.png', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
      assert.ok(files.includes(needed), `${needed} is missing from the package`);
    }
    const stray = files.filter((file) => /^(src|test|scripts|node_modules|out)\/|\.map$|\.ts$/.test(file));
    assert.deepEqual(stray, [], 'the package holds sources, tests or maps');
    assert.ok(fs.statSync(vsixFile).size < 2 * 1024 * 1024, `${path.basename(vsixFile)} is ${fs.statSync(vsixFile).size} bytes`);
  });

  it('is installed in the editor by --install-extension', () => {
    const installed = fs.readdirSync(session.server.extensionsDir).filter((entry) => entry.startsWith('source-lens.source-lens-'));
    assert.equal(installed.length, 1, `extensions folder holds ${installed.join(', ') || 'no Source Lens'}`);
  });

  it('opens a sample article from the Explorer', async () => {
    await openFromExplorer(session.page, article);
    assert.match(await visibleEditorText(session.page), /Kremlin\s+spokesman\s+Dmitry\s+Peskov/);
    await session.screenshot('article-open');
  });

  it('shows who said what in the open article', async () => {
    await checkReadingExperience(session.page, screenshotsFolder);
  });

  it('shows a hover card when the mouse rests on a speaker', async () => {
    await quickOpen(session.page, '004_1160814364ef8c10.txt');
    assert.match(await hoverWord(session.page, 'Peskov'), /Kremlin spokesman/);
    await session.screenshot('hover-by-mouse');
  });

  it('says why a list is not analyzed, and a click on the status bar analyzes it', async () => {
    await session.page.keyboard.press('Escape');
    await checkSkippedFile(session.page, (name) => session.screenshot(name));
  });

  it('reads a short news brief as an article', async () => {
    await checkShortBrief(session.page);
  });

  it('counts quotations and words per kind of source in the Source Balance view', async () => {
    await quickOpen(session.page, article);
    await showSourceBalance(session.page);
    await session.screenshot('source-balance');
  });

  it('runs a Source Lens command from the Command Palette', async () => {
    await session.page.keyboard.press('Escape');
    await session.page.keyboard.press('Control+Shift+E');
    await session.page.locator('.pane-header', { hasText: /Speakers/i }).waitFor({ state: 'hidden' });
    await runCommand(session.page, 'Source Lens: Show Sidebar');
    await session.page.locator('.pane-header', { hasText: /Speakers/i }).waitFor();
  });
});

describe('Source Lens as a web extension (browser bundle only)', function () {
  this.timeout(patient(120_000));
  let web: WebOnlySession | undefined;

  before(async function () {
    this.timeout(patient(600_000));
    web = await openWebOnlyEditor('e2e-web');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await web!.session.screenshot(`failed-${slug(this.currentTest.title)}`);
  });

  after(async () => {
    await web?.close();
  });

  it('analyzes an article opened with Quick Open', async () => {
    await quickOpen(web!.session.page, article);
    await checkWebExtensionAnalyzes(web!.session.page);
    await web!.session.screenshot('web-extension');
  });
});

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
