import * as vscode from 'vscode';
import { Config } from '../config';
import type { ArticleFilter, Skip } from './articleFilter';
import { isCurrent, type ArticleIndex, type IndexedArticle } from './articleIndex';
import { readAsArticle } from './articleLanguage';
import { KeyedResource } from './keyedResource';
import { yieldToHost } from './yieldToHost';

const EDIT_DELAY_MS = 300;
const PROGRESS_VIEW = 'sourceLens.speakers';
const MAX_WORKSPACE_FILES = 5000;

/**
 * Keeps the article index in step with the editor and the file system: visible documents as they are typed,
 * workspace files as they are created, changed and deleted. Workspace indexing runs in slices that yield to
 * the extension host between files, can be cancelled, and shows progress on the sidebar.
 */
export class WorkspaceSync implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly skipped = new Map<string, Skip>();
  private readonly skippedChanged = new vscode.EventEmitter<vscode.Uri>();
  /** A document was turned down (see `skipOf`). */
  readonly onDidSkip = this.skippedChanged.event;
  private indexing: { done: Promise<void>; cancel: vscode.CancellationTokenSource } | undefined;
  /** Built for the include globs of the moment: a change of `sourceLens.include` needs a new watcher. */
  private readonly watcher = new KeyedResource((glob) => this.createWatcher(glob));
  private workspaceIndexed = false;
  /** A switch to the `article` language closes and reopens the document: until it is back, the work is not done. */
  private languageSwitches = 0;

  constructor(
    private readonly index: ArticleIndex,
    private readonly filter: ArticleFilter,
    private readonly config: Config,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.documentShown(e.document))),
      // A change of the dirty flag alone (a save) also fires, with no content change: nothing to re-read.
      vscode.workspace.onDidChangeTextDocument((event) => event.contentChanges.length > 0 && this.documentEdited(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => void this.documentClosed(document)),
      vscode.workspace.onDidOpenTextDocument((document) => this.documentOpened(document)),
      config.onDidChange((event) => {
        if (Config.affectsArticleSelection(event)) this.articleSelectionChanged();
      }),
    );
  }

  /** Analyzes the articles already on screen; called once every listener is wired. */
  start(): void {
    for (const editor of vscode.window.visibleTextEditors) this.documentShown(editor.document);
  }

  /** Why a document is not analyzed, if it was looked at and turned down. */
  skipOf(uri: vscode.Uri): Skip | undefined {
    return this.skipped.get(uri.toString());
  }

  get busy(): boolean {
    return this.index.busy || this.indexing !== undefined || this.editTimers.size > 0 || this.languageSwitches > 0;
  }

  /**
   * The analysis of the document as it is now: the stored one if current, else a fresh one (undefined if not an
   * article). A `lookup` (a hover) only reads: it never starts workspace indexing or switches the document's language.
   */
  async articleFor(document: vscode.TextDocument, purpose: 'command' | 'lookup' = 'command'): Promise<IndexedArticle | undefined> {
    const article = this.index.get(document.uri);
    if (article && isCurrent(article, document)) return article;
    await this.analyzeDocument(document, purpose === 'command');
    const fresh = this.index.get(document.uri);
    return fresh && isCurrent(fresh, document) ? fresh : undefined;
  }

  /** "Analyze This File": analyzes the document now, whatever the settings and heuristic say. */
  async analyzeNow(document: vscode.TextDocument): Promise<void> {
    this.filter.force(document.uri);
    await this.analyzeDocument(document);
  }

  /** Indexes the workspace once, the first time an article or the sidebar is shown (setting `indexWorkspace`). */
  indexWorkspaceIfAutomatic(): void {
    if (!this.workspaceIndexed && this.config.indexWorkspaceAutomatically) void this.indexWorkspace();
  }

  /** Re-reads every article of the workspace. A run in progress is cancelled and replaced. */
  indexWorkspace(): Promise<void> {
    this.workspaceIndexed = true;
    this.indexing?.cancel.cancel();
    const cancel = new vscode.CancellationTokenSource();
    const done = Promise.resolve(
      vscode.window.withProgress({ location: { viewId: PROGRESS_VIEW }, title: 'Indexing articles' }, (progress) =>
        this.indexFiles(cancel.token, progress),
      ),
    ).finally(() => {
      if (this.indexing?.cancel === cancel) this.indexing = undefined;
      cancel.dispose();
    });
    this.indexing = { done, cancel };
    this.watchFiles();
    return done;
  }

  private async indexFiles(
    token: vscode.CancellationToken,
    progress: vscode.Progress<{ message?: string; increment?: number }>,
  ): Promise<void> {
    const uris = await vscode.workspace.findFiles(this.filter.includeGlob, this.filter.excludeGlob, MAX_WORKSPACE_FILES, token);
    const found = new Set(uris.map((uri) => uri.toString()));
    for (const article of this.index.articles) {
      if (article.version === undefined && !found.has(article.key)) this.index.remove(article.uri);
    }
    let done = 0;
    for (const uri of uris) {
      if (token.isCancellationRequested) return;
      await this.indexFile(uri);
      done++;
      progress.report({ message: `${done}/${uris.length}`, increment: 100 / uris.length });
      await yieldToHost();
    }
  }

  private async indexFile(uri: vscode.Uri): Promise<void> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) return this.analyzeDocument(open);
    if (!this.filter.verdictForPath(uri).analyze) return;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > this.config.maxFileBytes && !this.filter.isForced(uri)) return this.skip(uri, { analyze: false, reason: 'too-large' });
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      const verdict = this.filter.verdictForText(uri, text);
      if (!verdict.analyze) return this.skip(uri, verdict);
      // The file may have been opened while it was read: then the document is the truth.
      await this.index.analyze(uri, text, undefined, () => this.isOpen(uri), 'background');
    } catch {
      // Deleted or unreadable between listing and reading: nothing to show for it.
      this.index.remove(uri);
    }
  }

  private watchFiles(): void {
    this.watcher.ensure(this.filter.includeGlob);
  }

  private createWatcher(glob: string): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(glob);
    const reread = (uri: vscode.Uri) => {
      if (!this.isOpen(uri)) void this.indexFile(uri);
    };
    return vscode.Disposable.from(
      watcher,
      watcher.onDidCreate(reread),
      watcher.onDidChange(reread),
      watcher.onDidDelete((uri) => {
        this.skipped.delete(uri.toString());
        this.index.remove(uri);
      }),
    );
  }

  private documentOpened(document: vscode.TextDocument): void {
    // A language switch (to or from `article`) reopens the document: re-judge it if it is on screen.
    if (this.isVisible(document)) return this.documentShown(document);
    // A new untitled document takes a closed one's name: what was stored under that name is not this text.
    const stored = this.index.get(document.uri);
    if (stored && stored.version !== undefined && !isCurrent(stored, document)) this.index.remove(document.uri);
  }

  private documentShown(document: vscode.TextDocument): void {
    const article = this.index.get(document.uri);
    if (article && isCurrent(article, document)) return;
    void this.analyzeDocument(document);
  }

  private documentEdited(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const tracked = this.index.get(document.uri) !== undefined;
    if (!tracked && !this.isVisible(document)) return;
    const timer = this.editTimers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.editTimers.set(
      key,
      setTimeout(() => {
        this.editTimers.delete(key);
        // An edited document that is not on screen (one a hover read) is re-read only: its language stays as it is.
        void this.analyzeDocument(document, this.isVisible(document));
      }, EDIT_DELAY_MS),
    );
  }

  private async documentClosed(document: vscode.TextDocument): Promise<void> {
    if (document.uri.scheme === 'untitled') {
      this.filter.forget(document.uri);
      this.skipped.delete(document.uri.toString());
    }
    const article = this.index.get(document.uri);
    // Closed while its analysis was on the way: the result will be stale, and the engine must forget it too.
    if (!article) return this.index.remove(document.uri);
    if (article.version === undefined) return;
    if (!this.workspaceIndexed || !vscode.workspace.getWorkspaceFolder(document.uri)) {
      this.index.remove(document.uri);
      return;
    }
    // Closed without saving: the workspace index goes back to what is on disk.
    await this.indexFile(document.uri);
  }

  private async analyzeDocument(document: vscode.TextDocument, followUp = true): Promise<void> {
    if (document.isClosed) return;
    const verdict = this.filter.verdictForDocument(document);
    if (!verdict.analyze) {
      this.skip(document.uri, verdict);
      return;
    }
    this.skipped.delete(document.uri.toString());
    const version = document.version;
    const article = await this.index.analyze(document.uri, document.getText(), version, () => document.isClosed || document.version !== version);
    if (!article || !followUp) return;
    this.indexWorkspaceIfAutomatic();
    if (!this.config.switchToArticleLanguage || this.filter.isForced(document.uri)) return;
    this.languageSwitches++;
    try {
      await readAsArticle(document);
    } catch {
      // Closed before the switch reached it: there is nothing left to switch.
    } finally {
      this.languageSwitches--;
    }
  }

  private skip(uri: vscode.Uri, skip: Skip): void {
    const former = this.skipped.get(uri.toString());
    const changed = former?.reason !== skip.reason || former.detail !== skip.detail;
    this.skipped.set(uri.toString(), skip);
    this.index.remove(uri);
    if (changed) this.skippedChanged.fire(uri);
  }

  private isVisible(document: vscode.TextDocument): boolean {
    return vscode.window.visibleTextEditors.some((editor) => editor.document === document);
  }

  private isOpen(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return vscode.workspace.textDocuments.some((document) => document.uri.toString() === key);
  }

  private articleSelectionChanged(): void {
    for (const editor of vscode.window.visibleTextEditors) void this.analyzeDocument(editor.document);
    if (this.workspaceIndexed) void this.indexWorkspace();
  }

  dispose(): void {
    this.indexing?.cancel.cancel();
    for (const timer of this.editTimers.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.disposables, this.watcher, this.skippedChanged).dispose();
  }
}

