import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, keysCovering, openUntitled, seedUri, showSeed, spanOf } from './support/sourceLens';

const peskovQuote = 'not noticed anything too promising or that looked like a breakthrough';

describe('Highlights on the seed articles', () => {
  it('activates by itself when an article is opened (also in Restricted Mode)', async () => {
    await showSeed('002_86ced2f2eda6ba96.txt');
    const api = await activeApi();
    assert.equal(typeof api.whenIdle, 'function');
    // Activation must come from opening the article, not from a command or the sidebar.
    const manifest = vscode.extensions.getExtension('source-lens.source-lens')!.packageJSON as { activationEvents: string[] };
    assert.ok(manifest.activationEvents.includes('onLanguage:plaintext'));
    assert.ok(!manifest.activationEvents.includes('*') && !manifest.activationEvents.includes('onStartupFinished'), 'activates for everyone');
  });

  it("paints Peskov's quotation in 002 and his name, in one colour", async () => {
    const editor = await showSeed('002_86ced2f2eda6ba96.txt');
    const api = await activeApi();
    await api.whenIdle();
    const highlights = api.highlights(editor.document.uri);

    const quoteKeys = keysCovering(highlights, spanOf(editor.document, peskovQuote)).filter((key) => /^(direct|indirect)-/.test(key));
    assert.ok(quoteKeys.length > 0, `no quotation highlight covers "${peskovQuote}"; painted: ${Object.keys(highlights).join(', ')}`);
    const nameKeys = keysCovering(highlights, spanOf(editor.document, 'Peskov')).filter((key) => key.startsWith('speaker-'));
    assert.ok(nameKeys.length > 0, 'no speaker highlight covers "Peskov"');

    const slot = (key: string) => key.split('-')[1];
    assert.ok(quoteKeys.some((key) => slot(key) === slot(nameKeys[0]!)), `quote ${quoteKeys} and name ${nameKeys} differ in colour`);
  });

  it('marks direct and indirect speech differently and flags nothing twice', async () => {
    const editor = await showSeed('002_86ced2f2eda6ba96.txt');
    const api = await activeApi();
    await api.whenIdle();
    const analysis = await api.analysis(editor.document.uri);
    assert.ok(analysis, '002 was not analyzed');
    const highlights = api.highlights(editor.document.uri);
    for (const quote of analysis.quotes) {
      const expected = quote.speakerId === null ? 'unattributed' : quote.type === 'direct' ? 'direct-' : 'indirect-';
      const keys = keysCovering(highlights, quote).filter((key) => /^(direct|indirect)-|^unattributed$/.test(key));
      assert.ok(keys.some((key) => key.startsWith(expected)), `quote ${quote.id} (${quote.type}) painted as ${keys}`);
    }
  });

  it('gives a speaker the same colour in every article', async () => {
    const api = await activeApi();
    const editor002 = await showSeed('002_86ced2f2eda6ba96.txt');
    const editor004 = await showSeed('004_1160814364ef8c10.txt');
    await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
    await api.whenIdle();
    const slotIn = (editor: vscode.TextEditor) =>
      keysCovering(api.highlights(editor.document.uri), spanOf(editor.document, 'Peskov')).find((key) => key.startsWith('speaker-'));
    await vscode.window.showTextDocument(editor002.document, { viewColumn: vscode.ViewColumn.One });
    await api.whenIdle();
    const in002 = slotIn(editor002);
    await vscode.window.showTextDocument(editor004.document, { viewColumn: vscode.ViewColumn.One });
    await api.whenIdle();
    const in004 = slotIn(vscode.window.activeTextEditor!);
    assert.ok(in002 && in004, 'Peskov is not painted in 002 and 004');
    assert.equal(in002, in004);
  });

  it('analyzes a Markdown article', async () => {
    const api = await activeApi();
    const seed = await vscode.workspace.openTextDocument(seedUri('004_1160814364ef8c10.txt'));
    const markdown = `# Talks in Istanbul\n\n*By a staff writer*\n\n${seed.getText()}`;
    const document = await openUntitled('markdown', markdown);
    await vscode.window.showTextDocument(document);
    await api.whenIdle();
    const highlights = api.highlights(document.uri);
    assert.ok(keysCovering(highlights, spanOf(document, 'Peskov')).some((key) => key.startsWith('speaker-')), 'Peskov is not painted in Markdown');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('does not analyze a text file that is not an article', async () => {
    const api = await activeApi();
    const lines = Array.from({ length: 30 }, (_, i) => `package-${i}==1.${i}.0`).join('\n');
    const document = await openUntitled('plaintext', lines);
    await vscode.window.showTextDocument(document);
    await api.whenIdle();
    assert.equal(await api.analysis(document.uri), undefined);
    assert.deepEqual(api.highlights(document.uri), {});
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
