import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../src/extension/api';
import type { StatementGroup } from '../../src/core/types';
import type { StatementNode } from '../../src/features/statements/model';
import { activeApi, openUntitled, showSeed, waitUntil } from './support/sourceLens';

const fileName = (key: string) => key.slice(key.lastIndexOf('/') + 1);

async function indexedApi(): Promise<SourceLensApi> {
  await showSeed('002_86ced2f2eda6ba96.txt');
  const api = await activeApi();
  await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
  await api.whenIdle();
  return api;
}

/** The Statements tree's row for Peskov's "no breakthrough" statement, with the statement as the engine groups it. */
async function noBreakthroughGroup(api: SourceLensApi): Promise<Extract<StatementNode, { kind: 'group' }> & { group: StatementGroup }> {
  const roots = ((await api.statementsTree.getChildren()) ?? []) as StatementNode[];
  const statements = new Map((await api.comparison()).statements.map((group) => [group.id, group]));
  const found = roots
    .map((node) => node.kind === 'group' && statements.has(node.groupId) && { ...node, group: statements.get(node.groupId)! })
    .find((node) => node && /Peskov/.test(node.group.speakerName) && node.group.reports.some((report) => /breakthrough/.test(report.text)));
  assert.ok(found, `no Peskov "breakthrough" group among ${roots.length} statements`);
  return found;
}

describe('Sidebar views', () => {
  it('indexes all five seed articles', async () => {
    const api = await indexedApi();
    const articles = new Set((await api.comparison()).speakers.flatMap((speaker) => Object.keys(speaker.articles)).map(fileName));
    assert.ok(articles.size >= 5, `speakers come from ${[...articles].join(', ')}`);
  });

  it('Speakers tree: Peskov → his articles → his quotes, with roles and counts', async () => {
    const api = await indexedApi();
    const roots = (await api.speakersTree.getChildren()) ?? [];
    const peskov = roots.find((node) => node.kind === 'speaker' && /Peskov/.test(node.speaker.name));
    assert.ok(peskov, 'Peskov is not in the Speakers tree');
    const item = await api.speakersTree.getTreeItem(peskov);
    assert.match(String(item.description), /\d+ quotes? · \d+ articles?/);
    const articles = (await api.speakersTree.getChildren(peskov)) ?? [];
    const in002 = articles.find((node) => node.kind === 'article' && node.file.endsWith('002_86ced2f2eda6ba96.txt'));
    assert.ok(in002, 'no 002 under Peskov');
    const articleItem = await api.speakersTree.getTreeItem(in002);
    assert.match(String(articleItem.description), /Kremlin spokesman/);
    const quotes = (await api.speakersTree.getChildren(in002)) ?? [];
    assert.ok(quotes.length >= 2, `only ${quotes.length} quotes of Peskov in 002`);
    const quoteItem = await api.speakersTree.getTreeItem(quotes[0]!);
    assert.equal(quoteItem.command?.command, 'sourceLens.revealSpan');
  });

  it('Statements tree: the Peskov "no breakthrough" group has reports from 002, 003 and 004', async () => {
    const api = await indexedApi();
    const group = await noBreakthroughGroup(api);
    const children = ((await api.statementsTree.getChildren(group)) ?? []) as StatementNode[];
    const reportFiles = new Set(children.filter((node) => node.kind === 'report').map((node) => fileName(node.kind === 'report' ? node.report.file : '')));
    for (const expected of ['002_86ced2f2eda6ba96.txt', '003_50467d28ef8d0e76.txt', '004_1160814364ef8c10.txt']) {
      assert.ok(reportFiles.has(expected), `no report from ${expected}; reports from ${[...reportFiles].join(', ')}`);
    }
    for (const child of children) {
      const item = await api.statementsTree.getTreeItem(child);
      assert.ok(item.iconPath instanceof vscode.ThemeIcon, 'report without a form icon');
      assert.equal(item.command?.command, 'sourceLens.revealSpan');
    }
  });

  it('Compare view renders each article’s wording with the differences marked', async () => {
    const api = await indexedApi();
    const group = await noBreakthroughGroup(api);
    // Start from another statement, so the page below is the one this command rendered.
    const other = (await api.comparison()).statements.find((candidate) => candidate.id !== group.group.id);
    assert.ok(other, 'only one statement in the workspace');
    await vscode.commands.executeCommand('sourceLens.showStatement', other.id);
    assert.ok(!api.compareHtml().includes('not noticed anything too promising'));
    await vscode.commands.executeCommand('sourceLens.showStatement', group.group.id);
    const html = api.compareHtml();
    for (const file of ['002_86ced2f2eda6ba96.txt', '003_50467d28ef8d0e76.txt', '004_1160814364ef8c10.txt']) {
      assert.ok(html.includes(file), `Compare view does not show ${file}`);
    }
    assert.match(html, /Peskov/);
    assert.match(html, /<(ins|del)>[^<]+<\/\1>/, 'no word-level difference is marked');
    assert.match(html, /class="badge (verbatim|variant|paraphrase)"/);
    assert.match(html, /<span class="cue"[^>]*>said<\/span>/);
    const nonce = /script-src 'nonce-([0-9a-f]+)'/.exec(html)?.[1];
    assert.ok(nonce, 'no nonce in the CSP');
    assert.equal((html.match(/<script/g) ?? []).length, (html.match(new RegExp(`<script nonce="${nonce}"`, 'g')) ?? []).length);
  });

  it('clicking a report opens the article at that spot', async () => {
    const api = await indexedApi();
    const group = await noBreakthroughGroup(api);
    const report = group.group.reports.find((candidate) => candidate.file.endsWith('004_1160814364ef8c10.txt'));
    assert.ok(report, 'no 004 report');
    await vscode.commands.executeCommand('sourceLens.revealSpan', report.file, report.start, report.end);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith('004_1160814364ef8c10.txt'));
    assert.equal(editor.document.offsetAt(editor.selection.start), report.start);
    assert.equal(editor.document.getText(editor.selection), report.text);
  });
});

describe('Views follow edits', () => {
  // Written for this test; an untitled document, so no workspace file is touched.
  const story = (name: string) =>
    [
      `The harbour board met on Thursday to decide the future of the old ferry pier, which has been closed since the storm in the spring.`,
      `“We will rebuild it before the summer season begins,” ${name}, the chair of the harbour board, told reporters after the meeting.`,
      `Local traders said they had lost much of their trade while the pier was closed, and they asked the board to move quickly on the repairs.`,
      `The work is expected to cost more than the board had first planned, according to an estimate published by the town council last month.`,
    ].join('\n\n');

  it('adds, renames and removes a speaker as an article is opened, edited and closed', async () => {
    const api = await activeApi();
    const document = await openUntitled('plaintext', story('Marta Kowalczyk'));
    const editor = await vscode.window.showTextDocument(document);
    await api.whenIdle();
    const speakerNames = async () => ((await api.speakersTree.getChildren()) ?? []).map((node) => (node.kind === 'speaker' ? node.speaker.name : ''));
    assert.ok((await speakerNames()).some((name) => /Kowalczyk/.test(name)), `speakers: ${(await speakerNames()).join(', ')}`);

    const at = document.getText().indexOf('Marta Kowalczyk');
    await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 'Marta Kowalczyk'.length)), 'Lena Brandt'));
    await api.whenIdle();
    const renamed = await speakerNames();
    assert.ok(renamed.some((name) => /Brandt/.test(name)), `after the edit: ${renamed.join(', ')}`);
    assert.ok(!renamed.some((name) => /Kowalczyk/.test(name)), 'the old name stayed');
    const quote = (await api.analysis(document.uri))?.quotes.find((candidate) => candidate.text.includes('rebuild'));
    assert.ok(quote && document.getText().slice(quote.start, quote.end) === quote.text, 'the analysis is not of the edited text');

    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await api.whenIdle();
    assert.ok(!(await speakerNames()).some((name) => /Brandt/.test(name)), 'a closed untitled article stayed in the sidebar');
  });
});

describe('Views follow the file system', () => {
  // Written for this test. The file lives in the workspace only while the test runs.
  const article = [
    'The lighthouse keepers of the northern coast gathered on Friday to mark the end of the last staffed station in the region.',
    '“It is the end of a long story, and we wanted to tell it properly,” said Tobias Wrenfield, who kept the light at the cape for thirty years.',
    'The coastguard confirmed that the light would keep working automatically, according to a notice published by the harbour office.',
    'Visitors will be able to climb the tower on weekends from next month, the local council said in a statement on its website.',
  ].join('\n\n');

  it('adds an article created on disk and drops it when it is deleted', async () => {
    const api = await activeApi();
    await showSeed('002_86ced2f2eda6ba96.txt');
    await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
    await api.whenIdle();
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const file = vscode.Uri.joinPath(folder, `zz-integration-test-${Date.now()}.txt`);
    const speakerNames = async () => ((await api.speakersTree.getChildren()) ?? []).map((node) => (node.kind === 'speaker' ? node.speaker.name : ''));
    try {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(article));
      await waitFor(async () => (await speakerNames()).some((name) => /Wrenfield/.test(name)), api);
    } finally {
      await vscode.workspace.fs.delete(file);
    }
    await waitFor(async () => !(await speakerNames()).some((name) => /Wrenfield/.test(name)), api);
  });
});

async function waitFor(condition: () => Promise<boolean>, api: SourceLensApi): Promise<void> {
  await waitUntil(async () => {
    await api.whenIdle();
    return condition();
  }, 'the views did not follow the file system in time');
}
