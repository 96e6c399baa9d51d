import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE } from './articleFilter';
import type { IDocument, IFileWatcher, IUri, IWorkspace, ReportProgress } from './seams';

const PROGRESS_VIEW = 'sourceLens.speakers';

/** The editor as the workspace logic sees it: a thin pass-through to `vscode`, with nothing decided here. */
export class VscodeWorkspace implements IWorkspace {
  get visibleDocuments(): readonly vscode.TextDocument[] {
    return vscode.window.visibleTextEditors.map((editor) => editor.document);
  }

  get openDocuments(): readonly vscode.TextDocument[] {
    return vscode.workspace.textDocuments;
  }

  readonly onDidChangeVisibleDocuments = (listener: (documents: readonly IDocument[]) => unknown) =>
    vscode.window.onDidChangeVisibleTextEditors((editors) => listener(editors.map((editor) => editor.document)));

  readonly onDidOpenDocument = vscode.workspace.onDidOpenTextDocument;
  readonly onDidCloseDocument = vscode.workspace.onDidCloseTextDocument;

  // A change of the dirty flag alone (a save) also fires, with no content change: nothing to re-read.
  readonly onDidEditDocument = (listener: (document: IDocument) => unknown) =>
    vscode.workspace.onDidChangeTextDocument((event) => event.contentChanges.length > 0 && listener(event.document));

  parseUri(key: string): vscode.Uri {
    return vscode.Uri.parse(key);
  }

  findFiles(include: string, exclude: string | undefined, maxResults: number): Promise<IUri[]> {
    return Promise.resolve(vscode.workspace.findFiles(include, exclude, maxResults));
  }

  async fileSize(uri: IUri): Promise<number> {
    return (await vscode.workspace.fs.stat(asUri(uri))).size;
  }

  async readText(uri: IUri): Promise<string> {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(asUri(uri)));
  }

  watch(glob: string): IFileWatcher {
    return vscode.workspace.createFileSystemWatcher(glob);
  }

  isInWorkspace(uri: IUri): boolean {
    return vscode.workspace.getWorkspaceFolder(asUri(uri)) !== undefined;
  }

  relativePath(uri: IUri): string {
    return vscode.workspace.asRelativePath(asUri(uri), false);
  }

  async setArticleLanguage(document: IDocument): Promise<void> {
    await vscode.languages.setTextDocumentLanguage(document as vscode.TextDocument, ARTICLE_LANGUAGE);
  }

  withProgress(title: string, task: (report: ReportProgress) => Promise<void>): Promise<void> {
    return Promise.resolve(
      vscode.window.withProgress({ location: { viewId: PROGRESS_VIEW }, title }, (progress) =>
        task((message, increment) => progress.report({ message, increment })),
      ),
    );
  }
}

/** Every `IUri` the workspace hands out is a `vscode.Uri`; one made elsewhere is parsed from its string. */
function asUri(uri: IUri): vscode.Uri {
  return uri instanceof vscode.Uri ? uri : vscode.Uri.parse(uri.toString());
}

/** What the user calls a file: its workspace-relative path (an untitled document's name). */
export function labelFor(uri: vscode.Uri): string {
  return uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri, false);
}
