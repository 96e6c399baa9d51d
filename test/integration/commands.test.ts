import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activeApi, openUntitled, seedUri, showSeed, sleep, spanOf } from './support/sourceLens';

/** Dismisses the quick pick a running command shows, as Escape would, once it is up: the command then ends. */
async function closeQuickPickOf(running: Thenable<unknown>): Promise<void> {
  let ended = false;
  void Promise.resolve(running).finally(() => (ended = true));
  while (!ended) {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await Promise.race([running, sleep(100)]);
  }
  await running;
}

const contributed = (): string[] => {
  const extension = vscode.extensions.getExtension('source-lens.source-lens');
  return (extension?.packageJSON.contributes.commands as { command: string }[]).map((command) => command.command);
};

describe('Commands', () => {
  let exportFolder: string;
  before(() => {
    exportFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-export-'));
  });
  after(() => fs.rmSync(exportFolder, { recursive: true, force: true }));

  it('registers every contributed command', async () => {
    await showSeed('002_86ced2f2eda6ba96.txt');
    await activeApi();
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of contributed()) assert.ok(registered.has(command), `${command} is not registered`);
  });

  it('Analyze Workspace and Analyze This File run', async () => {
    const editor = await showSeed('001_2035d72cd5e1f419.txt');
    const api = await activeApi();
    await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
    await vscode.commands.executeCommand('sourceLens.analyzeFile');
    await api.whenIdle();
    assert.ok(await api.analysis(editor.document.uri), '001 was not analyzed');
  });

  it('Next / Previous Quotation select quotations in text order', async () => {
    const editor = await showSeed('002_86ced2f2eda6ba96.txt');
    const api = await activeApi();
    await api.whenIdle();
    const quotes = [...((await api.analysis(editor.document.uri))?.quotes ?? [])].sort((a, b) => a.start - b.start);
    assert.ok(quotes.length >= 2, 'too few quotations in 002');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('sourceLens.nextQuotation');
    assert.equal(editor.document.offsetAt(editor.selection.start), quotes[0]!.start);
    await vscode.commands.executeCommand('sourceLens.nextQuotation');
    assert.equal(editor.document.offsetAt(editor.selection.start), quotes[1]!.start);
    await vscode.commands.executeCommand('sourceLens.previousQuotation');
    assert.equal(editor.document.offsetAt(editor.selection.start), quotes[0]!.start);
  });

  it('Compare Statement at Cursor shows the statement under the cursor', async () => {
    const editor = await showSeed('002_86ced2f2eda6ba96.txt');
    const api = await activeApi();
    await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
    await api.whenIdle();
    const at = spanOf(editor.document, 'anything too promising');
    editor.selection = new vscode.Selection(editor.document.positionAt(at.start), editor.document.positionAt(at.start));
    await vscode.commands.executeCommand('sourceLens.compareStatementAtCursor');
    assert.match(api.compareHtml(), /breakthrough/);
    assert.match(api.compareHtml(), /004_1160814364ef8c10\.txt/);
  });

  it('Compare Statement at Cursor also works from the cue verb', async () => {
    const editor = await showSeed('004_1160814364ef8c10.txt');
    const api = await activeApi();
    await api.whenIdle();
    const other = (await api.comparison()).statements.find((group) => !group.reports.some((report) => report.text.includes('too promising')));
    assert.ok(other, 'no second statement to start from');
    await vscode.commands.executeCommand('sourceLens.showStatement', other.id);
    assert.doesNotMatch(api.compareHtml(), /too promising/);
    const cue = spanOf(editor.document, 'Peskov said Russia had').start + 'Peskov '.length;
    editor.selection = new vscode.Selection(editor.document.positionAt(cue + 1), editor.document.positionAt(cue + 1));
    await vscode.commands.executeCommand('sourceLens.compareStatementAtCursor');
    assert.match(api.compareHtml(), /too promising/);
    assert.match(api.compareHtml(), /002_86ced2f2eda6ba96\.txt/);
  });

  it("Show Speaker's Quotes opens a quick pick", async () => {
    await showSeed('002_86ced2f2eda6ba96.txt');
    const api = await activeApi();
    await api.whenIdle();
    await closeQuickPickOf(vscode.commands.executeCommand('sourceLens.showSpeakerQuotes'));
    const peskov = (await api.comparison()).speakers.find((speaker) => /Peskov/.test(speaker.name));
    assert.ok(peskov, 'no Peskov in the comparison');
    await closeQuickPickOf(vscode.commands.executeCommand('sourceLens.showSpeakerQuotes', peskov.id));
  });

  it('Toggle Highlights hides and shows them', async () => {
    const editor = await showSeed('002_86ced2f2eda6ba96.txt');
    const api = await activeApi();
    await api.whenIdle();
    const painted = () => Object.values(api.highlights(editor.document.uri)).reduce((sum, spans) => sum + spans.length, 0);
    assert.ok(painted() > 0, 'nothing painted before the toggle');
    assert.equal(await vscode.commands.executeCommand('sourceLens.toggleHighlights'), false);
    assert.equal(painted(), 0);
    assert.equal(await vscode.commands.executeCommand('sourceLens.toggleHighlights'), true);
    assert.ok(painted() > 0);
  });

  it('Export Comparison writes Markdown and JSON only where asked', async () => {
    const api = await activeApi();
    await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
    await api.whenIdle();
    const markdown = vscode.Uri.file(path.join(exportFolder, 'comparison.md'));
    const json = vscode.Uri.file(path.join(exportFolder, 'comparison.json'));
    await vscode.commands.executeCommand('sourceLens.exportComparison', 'markdown', markdown);
    await vscode.commands.executeCommand('sourceLens.exportComparison', 'json', json);
    assert.deepEqual(fs.readdirSync(exportFolder).sort(), ['comparison.json', 'comparison.md']);
    assert.match(fs.readFileSync(markdown.fsPath, 'utf8'), /^# Source Lens comparison/);
    const exported = JSON.parse(fs.readFileSync(json.fsPath, 'utf8')) as { speakers: { name: string }[]; statements: unknown[] };
    assert.ok(exported.speakers.some((speaker) => /Peskov/.test(speaker.name)));
    assert.equal(exported.statements.length, (await api.comparison()).statements.length);
  });

  it('Open Sample Articles opens the bundled seeds', async () => {
    const api = await activeApi();
    await vscode.commands.executeCommand('sourceLens.openSamples', 'files');
    await api.whenIdle();
    const opened = vscode.workspace.textDocuments.filter((document) => /\/seeds\/\d{3}_[0-9a-f]+\.txt$/.test(document.uri.path));
    assert.ok(opened.length >= 5, `${opened.length} sample articles open`);
    const active = vscode.window.activeTextEditor;
    assert.ok(active && (await api.analysis(active.document.uri)), 'the sample article in front is not analyzed');
  });

  it('Read as News Article switches the language mode and the article stays analyzed', async () => {
    const api = await activeApi();
    const seed = await vscode.workspace.openTextDocument(seedUri('004_1160814364ef8c10.txt'));
    const document = await openUntitled('plaintext', seed.getText());
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('sourceLens.readAsArticle');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.languageId, 'article');
    await api.whenIdle();
    assert.ok(((await api.analysis(editor.document.uri))?.quotes.length ?? 0) > 0, 'no analysis after the switch');
    assert.ok(Object.keys(api.highlights(editor.document.uri)).some((key) => key.startsWith('direct-')));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Show Sidebar and the status bar item', async () => {
    const editor = await showSeed('002_86ced2f2eda6ba96.txt');
    const api = await activeApi();
    await api.whenIdle();
    assert.match(api.statusBarText(), /\d+ speakers? · \d+ quotes?/);
    await vscode.commands.executeCommand('sourceLens.showSidebar');
    await vscode.window.showTextDocument(editor.document);
  });
});
