import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, hoverText, openUntitled, setting, showSeed, spanOf } from './support/sourceLens';

// Written for this test: an article whose quotation carries markup that must stay inert in a hover.
const hostileArticle = [
  'The city council met on Tuesday evening to discuss the new budget for the coming year, and the debate ran late into the night.',
  'Council spokesman Arthur Pendle said the plan was "<script>alert(1)</script> [run](command:workbench.action.quit) `rm -rf` &amp; <img src=x onerror=alert(2)> $(zap) fair to everyone" after the vote.',
  'Residents who attended the meeting told reporters that they would keep watching how the money is spent over the next twelve months.',
  'The mayor said she was pleased with the outcome and thanked the members of the council for their long work on the proposal.',
].join('\n\n');

describe('Hover cards', () => {
  it('only reads: a hover on an article not yet shown leaves its language alone', async () => {
    const api = await activeApi();
    // With the switch on, showing this file would turn it into an article; hovering must not.
    await setting('switchToArticleLanguage', true);
    const document = await openUntitled('plaintext', hostileArticle);
    try {
      const speaker = spanOf(document, 'Arthur Pendle');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(speaker.start + 2));
      await api.whenIdle();
      assert.match(hoverText(hovers), /Arthur Pendle/, 'the hover did not analyze the article');
      assert.equal(document.languageId, 'plaintext');
    } finally {
      await setting('switchToArticleLanguage', undefined);
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('shows "Kremlin spokesman" on Peskov in 004', async () => {
    const editor = await showSeed('004_1160814364ef8c10.txt');
    const api = await activeApi();
    await api.whenIdle();
    const peskov = spanOf(editor.document, 'Peskov');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      editor.document.positionAt(peskov.start + 2),
    );
    const text = hoverText(hovers);
    assert.match(text, /Kremlin spokesman/, `hover was: ${text}`);
    assert.match(text, /Dmitry Peskov/);
  });

  it('lists his quotes as links to Source Lens commands only', async () => {
    const editor = await showSeed('004_1160814364ef8c10.txt');
    const api = await activeApi();
    await api.whenIdle();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      editor.document.positionAt(spanOf(editor.document, 'Peskov').start + 1),
    );
    const text = hoverText(hovers);
    const commands = [...text.matchAll(/\]\(command:([\w.]+)/g)].map((match) => match[1]);
    assert.ok(commands.length > 0, 'no quote links in the card');
    assert.ok(commands.every((command) => command === 'sourceLens.revealSpan' || command === 'sourceLens.showStatement'), `links run ${commands}`);
  });

  it('describes a quotation: speaker, cue and type', async () => {
    const editor = await showSeed('002_86ced2f2eda6ba96.txt');
    const api = await activeApi();
    await api.whenIdle();
    const quote = spanOf(editor.document, 'anything too promising');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      editor.document.positionAt(quote.start + 3),
    );
    const text = hoverText(hovers);
    assert.match(text, /Peskov/, `hover was: ${text}`);
    assert.match(text, /said/);
    assert.match(text, /(Direct|Indirect|Mixed) (quotation|speech)/);
  });

  it('keeps hostile article text inert', async () => {
    const api = await activeApi();
    const document = await openUntitled('plaintext', hostileArticle);
    await vscode.window.showTextDocument(document);
    await api.whenIdle();
    const analysis = await api.analysis(document.uri);
    assert.ok(analysis, 'the hostile article was not analyzed');
    assert.ok(
      analysis.quotes.some((candidate) => candidate.text.includes('<script>')),
      `no quotation found around the markup; quotes: ${analysis.quotes.map((q) => q.text).join(' | ')}`,
    );
    // The speaker's card lists the quotation's text.
    const name = document.getText().indexOf('Arthur Pendle');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(name + 2));
    const markdown = hovers.flatMap((hover) => hover.contents).find((content) => typeof content !== 'string') as vscode.MarkdownString | undefined;
    assert.ok(markdown, 'no hover on the speaker');
    const value = markdown.value;
    assert.ok(!value.includes('<script>'), 'raw <script> in hover Markdown');
    assert.ok(!value.includes('<img'), 'raw <img> in hover Markdown');
    assert.ok(!value.includes('](command:workbench'), 'article text formed a command link');
    assert.ok(!/(^|[^\\])`rm/.test(value), 'article backticks formed a code span');
    assert.ok(!value.includes(' $(zap)'), 'article text formed a theme icon');
    assert.ok(value.includes('\\<script\\>'), `escaped text missing: ${value}`);
    assert.deepEqual(markdown.isTrusted, { enabledCommands: ['sourceLens.revealSpan', 'sourceLens.showStatement'] });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
