import * as vscode from 'vscode';
import type { SourceLensApi } from './api';
import { registerCommands } from './commands';
import { Config } from './config';
import { AnalysisEngine } from './engine/analysisEngine';
import { vscodeEngineHost } from './engine/channel';
import { comparisonOf } from './engine/comparison';
import { BalanceTreeProvider } from '../features/balance/treeProvider';
import { COMPARE_VIEW_ID, CompareViewProvider } from '../features/compare/viewProvider';
import { Highlighter } from '../features/highlights/highlighter';
import { ArticleHoverProvider } from '../features/hover/hoverProvider';
import { SpeakersTreeProvider } from '../features/speakers/treeProvider';
import { StatementsTreeProvider } from '../features/statements/treeProvider';
import { SavedPageOffer } from './import/savedPage';
import type { Services } from './services';
import { ArticleStatus } from './status/statusBar';
import { ArticleFilter } from './workspace/articleFilter';
import { ArticleIndex } from './workspace/articleIndex';
import { VscodeWorkspace } from './workspace/vscodeWorkspace';
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
  // The engine reads articles again through the sync after a worker crash; the sync is made just below.
  const engine = new AnalysisEngine(vscodeEngineHost(context.extensionUri, log), { reread: (key) => sync.reread(key) });
  const index = new ArticleIndex(engine);
  const workspace = new VscodeWorkspace();
  const filter = new ArticleFilter(config, workspace);
  const sync: WorkspaceSync = new WorkspaceSync(index, filter, config, workspace);
  const highlighter = new Highlighter(index, engine, config);
  const speakers = new SpeakersTreeProvider(index, engine);
  const statements = new StatementsTreeProvider(index, engine);
  const compareView = new CompareViewProvider(index, engine);
  const balance = new BalanceTreeProvider(index, engine);
  const hovers = new ArticleHoverProvider(index, sync, engine, config);
  const speakersView = vscode.window.createTreeView('sourceLens.speakers', { treeDataProvider: speakers, showCollapseAll: true });
  const statementsView = vscode.window.createTreeView('sourceLens.statements', { treeDataProvider: statements, showCollapseAll: true });
  const balanceView = vscode.window.createTreeView('sourceLens.balance', { treeDataProvider: balance, showCollapseAll: true });
  const services: Services = { extensionUri: context.extensionUri, engine, index, sync, workspace, highlighter, compareView, statements, statementsView, balance };
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
    hovers,
    status,
    savedPageOffer,
    vscode.window.registerWebviewViewProvider(COMPARE_VIEW_ID, compareView),
    vscode.languages.registerHoverProvider(ARTICLE_DOCUMENTS, hovers),
    speakersView.onDidChangeVisibility(({ visible }) => visible && sync.indexWorkspaceIfAutomatic()),
    statementsView.onDidChangeVisibility(({ visible }) => visible && sync.indexWorkspaceIfAutomatic()),
    balanceView.onDidChangeVisibility(({ visible }) => visible && sync.indexWorkspaceIfAutomatic()),
    statementsView.onDidChangeSelection(({ selection }) => {
      const node = selection[0];
      if (node) void compareView.show(node.groupId, false);
    }),
    ...registerCommands(services),
  );
  sync.start();
  savedPageOffer.start();
  return testApi(services, speakers, status, performance.now() - activationStarted);
}

function testApi(services: Services, speakersTree: SpeakersTreeProvider, status: ArticleStatus, activationMs: number): SourceLensApi {
  const { engine, sync, highlighter, compareView, statements, balance } = services;
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
    // Only what the extension shows: an article the engine holds but the index turned down (a stale result) is not.
    analysis: async (uri) => (services.index.get(uri.toString()) ? engine.query('analysis', { key: uri.toString() }) : undefined),
    comparison: () => comparisonOf(engine),
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
