// Issue 15 in the real editor: a file that is not analyzed says why in the status bar and a click analyzes it;
// a short news brief is read as an article; the Source Balance view counts the workspace's sources.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../src/extension/api';
import type { BalanceNode } from '../../src/features/balance/model';
import { activeApi, openUntitled, showSeed, waitUntil } from './support/sourceLens';

// Written for these tests: a 45-word brief with one quotation and "said", and a list that is no article.
const brief =
  'The city council approved a new cycle lane on Harbour Road on Tuesday. “This will make the morning commute safer for hundreds of children,” said councillor Mira Okafor, who proposed the plan. Work is due to start in the early spring and last six weeks.';
const shoppingList = '- Milk and eggs\n- Ask the plumber about the boiler\n- Call Sam\n- Pay the gas bill before Friday\n';

/** Shows a new unsaved document, runs `use` on it, and closes it whatever happens. */
async function withUntitled(content: string, use: (document: vscode.TextDocument) => Promise<void>): Promise<void> {
  const document = await openUntitled('plaintext', content);
  try {
    await vscode.window.showTextDocument(document);
    await use(document);
  } finally {
    if (!document.isClosed) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
}

async function clickStatusBar(api: SourceLensApi): Promise<void> {
  const command = api.statusBarCommand();
  assert.ok(command, 'the status bar item has no click');
  assert.equal(command.command, 'sourceLens.analyzeFile');
  await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
}

describe('Skipped files and source balance', () => {
  it('reads a 45-word brief with one quotation and "said" as an article', async () => {
    const api = await activeApi();
    await withUntitled(brief, async (document) => {
      await waitUntil(async () => (await api.analysis(document.uri)) !== undefined, 'the brief was not analyzed');
      const analysis = (await api.analysis(document.uri))!;
      assert.ok(analysis.quotes.some((quote) => quote.text.includes('morning commute')), 'the quotation was not found');
      await waitUntil(() => /1 speaker · [1-9]\d* quotes?/.test(api.statusBarText()), `the status bar says "${api.statusBarText()}"`);
    });
  });

  it('says a list is not read as an article, and a click on the status bar analyzes it anyway', async () => {
    const api = await activeApi();
    await withUntitled(shoppingList, async (document) => {
      await waitUntil(() => /Not read as an article/.test(api.statusBarText()), `the status bar says "${api.statusBarText()}"`);
      await api.whenIdle();
      assert.equal(await api.analysis(document.uri), undefined, 'the list was analyzed without being asked');
      await clickStatusBar(api);
      await waitUntil(async () => (await api.analysis(document.uri)) !== undefined, 'the click did not analyze the list');
      await waitUntil(() => !/Not read as an article/.test(api.statusBarText()), `the status bar still says "${api.statusBarText()}" after the click`);
    });
  });

  it('counts quotations and words per kind of source in the Source Balance view', async () => {
    const editor = await showSeed('002_86ced2f2eda6ba96.txt');
    try {
      await countsPerKind(await activeApi());
    } finally {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});

/** The workspace row of the Source Balance view lists every kind of source, with counts and the sides officials speak for. */
async function countsPerKind(api: SourceLensApi): Promise<void> {
  await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
  await api.whenIdle();
  const tree = api.balanceTree;
  const roots = ((await tree.getChildren()) ?? []) as BalanceNode[];
  const workspace = roots[0];
  assert.ok(workspace && workspace.kind === 'scope' && workspace.id === 'workspace', 'the view has no workspace row');
  assert.ok(roots.length >= 6, `the view lists ${roots.length - 1} articles, not the five seeds`);
  const kinds = ((await tree.getChildren(workspace)) ?? []) as BalanceNode[];
  const labels = await Promise.all(kinds.map(async (node) => (await tree.getTreeItem(node)).label));
  assert.deepEqual(labels, ['Officials', 'Experts', 'Anonymous sources', 'Organisations', 'Ordinary people']);
  const officials = await tree.getTreeItem(kinds[0]!);
  assert.match(String(officials.description), /^[1-9]\d* quotes · [1-9]\d* words \(\d+%\)$/);
  const sides = ((await tree.getChildren(kinds[0]!)) ?? []) as BalanceNode[];
  const sideLabels = await Promise.all(sides.map(async (node) => (await tree.getTreeItem(node)).label));
  assert.ok(sideLabels.includes('Russia') && sideLabels.includes('Ukraine'), `officials by side: ${sideLabels.join(', ')}`);
}
