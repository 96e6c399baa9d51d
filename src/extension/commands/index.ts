import * as vscode from 'vscode';
import type { Services } from '../services';
import { compareStatementAtCursor, showStatement } from './compareAtCursor';
import { exportComparison } from './exportComparison';
import { Commands } from '../../features/shared/commandIds';
import { revealSpan, stepQuotation } from './navigation';
import { openSamples } from './openSamples';
import { showSpeakerQuotes } from './speakerQuotes';
import { openArticleFromUrl } from '../import/openFromUrl';
import { isSavedPage, readSavedPage } from '../import/savedPage';
import { readAsArticle } from '../workspace/articleLanguage';

export function registerCommands(services: Services): vscode.Disposable[] {
  const { sync, highlighter } = services;
  const handlers: Record<string, (...args: unknown[]) => unknown> = {
    [Commands.analyzeWorkspace]: () => sync.indexWorkspace(),
    [Commands.analyzeFile]: async (uri) => {
      // The status bar passes the document it spoke about; the palette means the active editor.
      const document = uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
      if (document) await sync.analyzeNow(document);
    },
    [Commands.compareStatementAtCursor]: () => compareStatementAtCursor(services),
    [Commands.showSpeakerQuotes]: (speakerId) => showSpeakerQuotes(services, speakerId),
    [Commands.nextQuotation]: () => stepQuotation(services, 1),
    [Commands.previousQuotation]: () => stepQuotation(services, -1),
    [Commands.toggleHighlights]: () => {
      const shown = highlighter.toggle();
      vscode.window.setStatusBarMessage(`Source Lens: highlights ${shown ? 'on' : 'off'}`, 2000);
      return shown;
    },
    [Commands.exportComparison]: (format, target) => exportComparison(services, format, target),
    [Commands.openSamples]: async (mode) => {
      const documents = await openSamples(services.extensionUri, mode);
      // Only the front editor is visible; analyze the others too so the sidebar compares all of them.
      await Promise.all(documents.map((document) => sync.articleFor(document)));
    },
    [Commands.showSidebar]: () => vscode.commands.executeCommand('workbench.view.extension.sourceLens'),
    [Commands.readAsArticle]: async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return;
      if (isSavedPage(document)) await readSavedPage(services, document);
      else await readAsArticle(services.workspace, document);
    },
    [Commands.openArticleFromUrl]: (address) => openArticleFromUrl(services, address),
    [Commands.revealSpan]: (file, start, end) => revealSpan(file, start, end),
    [Commands.showStatement]: (groupId) => showStatement(services, groupId),
  };
  return Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}
