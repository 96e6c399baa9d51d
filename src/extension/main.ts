import * as vscode from 'vscode';
import type { SourceLensApi } from './api';
import { registerCommands } from './commands';
import { Config } from './config';
import { AnalysisEngine } from './engine/analysisEngine';
import { vscodeEngineHost } from './engine/channel';
import { Highlighter } from './highlights/highlighter';
import { SpeakerColors } from './highlights/speakerColors';
import { ArticleHoverProvider } from './hovers/hoverProvider';
import { SavedPageOffer } from './import/savedPage';
import type { Services } from './services';
import { ArticleStatus } from './status/statusBar';
import { COMPARE_VIEW_ID, CompareViewProvider } from './views/compareView';
import { SpeakersTreeProvider } from './views/speakersTree';
import { StatementsTreeProvider } from './views/statementsTree';
import { BalanceTreeProvider } from './views/balanceTree';
import { ArticleFilter } from './workspace/articleFilter';
import { ArticleIndex } from './workspace/articleIndex';
import { WorkspaceSync } from './workspace/workspaceSync';

const ARTICLE_DOCUMENTS: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }, { language: 'article' }];

/** Wires the features together; no analysis happens here, only when an article is on screen. */
export function activate(context: vscode.ExtensionContext): SourceLensApi {
  try {
    return wire(context, performance.now());
  } catch (error) {
    void vscode.window.showErrorMessage(`Source Lens failed to start: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

function wire(context: vscode.ExtensionContext, activationStarted: number): SourceLensApi {
  const config = new Config();
  const log = vscode.window.createOutputChannel('Source Lens', { log: true });
  const engine = new AnalysisEngine(vscodeEngineHost(context.extensionUri, log));
  const index = new ArticleIndex(engine);
  const filter = new ArticleFilter(config);
  const sync = new WorkspaceSync(index, filter, config);
  const colors = new SpeakerColors(index);
  const highlighter = new Highlighter(index, colors, config);
  const speakers = new SpeakersTreeProvider(index, colors);
  const statements = new StatementsTreeProvider(index, colors);
  const compareView = new CompareViewProvider(index, colors);
  const balance = new BalanceTreeProvider(index);
  const speakersView = vscode.window.createTreeView('sourceLens.speakers', { treeDataProvider: speakers, showCollapseAll: true });
  const statementsView = vscode.window.createTreeView('sourceLens.statements', { treeDataProvider: statements, showCollapseAll: true });
  const balanceView = vscode.window.createTreeView('sourceLens.balance', { treeDataProvider: balance, showCollapseAll: true });
  const services: Services = { extensionUri: context.extensionUri, index, sync, highlighter, compareView, statements, statementsView, balance };
  const savedPageOffer = new SavedPageOffer(services, config);
  const status = new ArticleStatus(index, sync, config, savedPageOffer);

  context.subscriptions.push(
    log,
    config,
    engine,
    index,
    filter,
    sync,
    highlighter,
    speakers,
    statements,
    compareView,
    speakersView,
    statementsView,
    balance,
    balanceView,
    status,
    savedPageOffer,
    vscode.window.registerWebviewViewProvider(COMPARE_VIEW_ID, compareView),
    vscode.languages.registerHoverProvider(ARTICLE_DOCUMENTS, new ArticleHoverProvider(index, sync, config)),
    speakersView.onDidChangeVisibility(({ visible }) => visible && sync.indexWorkspaceIfAutomatic()),
    statementsView.onDidChangeVisibility(({ visible }) => visible && sync.indexWorkspaceIfAutomatic()),
    balanceView.onDidChangeVisibility(({ visible }) => visible && sync.indexWorkspaceIfAutomatic()),
    statementsView.onDidChangeSelection(({ selection }) => {
      const node = selection[0];
      if (node) void compareView.show(node.group.id, false);
    }),
    ...registerCommands(services),
  );
  sync.start();
  savedPageOffer.start();
  return testApi(services, speakers, status, performance.now() - activationStarted);
}

function testApi(services: Services, speakersTree: SpeakersTreeProvider, status: ArticleStatus, activationMs: number): SourceLensApi {
  const { index, sync, highlighter, compareView, statements, balance } = services;
  return {
    activationMs,
    async whenIdle(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      // Two idle looks in a row: one finished analysis may schedule the comparison a moment later.
      let idleLooks = 0;
      while (idleLooks < 2) {
        if (Date.now() > deadline) throw new Error('Source Lens did not become idle in time');
        await new Promise((resolve) => setTimeout(resolve, 50));
        idleLooks = sync.busy ? 0 : idleLooks + 1;
      }
    },
    analysis: (uri) => index.get(uri)?.analysis,
    comparison: () => index.comparison,
    highlights: (uri) => highlighter.appliedSpans(uri),
    speakersTree,
    statementsTree: statements,
    balanceTree: balance,
    compareHtml: () => compareView.html,
    statusBarText: () => status.text,
    statusBarCommand: () => status.command,
  };
}

export function deactivate(): void {}
