import type { RereadArticle } from '../engine/engineChannel';
import { Emitter, type Disposable } from '../shared/emitter';
import type { ArticleFilter, Skip } from './articleFilter';
import { isCurrent, type ArticleIndex, type IndexedArticle } from './articleIndex';
import { readAsArticle } from './articleLanguage';
import { fingerprint } from './fingerprint';
import { WorkspaceFiles } from './workspaceFiles';
import type { ArticleSettings, IDocument, IUri, IWorkspace } from './seams';

/** Waits for typing to pause before an edited article is analyzed again. */
const EDIT_DELAY_MS = 300;

/**
 * Keeps the article index in step with the editor: visible documents as they are shown and typed, opened and
 * closed; the workspace's files (`WorkspaceFiles`) once an article or the sidebar is shown.
 */
export class WorkspaceSync implements Disposable {
  private readonly disposables: Disposable[] = [];
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly skipped = new Map<string, Skip>();
  private readonly skippedChanged = new Emitter<IUri>();
  /** A document was turned down (see `skipOf`). */
  readonly onDidSkip = this.skippedChanged.event;
  private readonly files: WorkspaceFiles;
  /** A switch to the `article` language closes and reopens the document: until it is back, the work is not done. */
  private languageSwitches = 0;

  constructor(
    private readonly index: ArticleIndex,
    private readonly filter: ArticleFilter,
    private readonly settings: ArticleSettings,
    private readonly workspace: IWorkspace,
    private readonly editDelayMs = EDIT_DELAY_MS,
  ) {
    this.files = new WorkspaceFiles(index, filter, settings, workspace, {
      skip: (uri, skip) => this.skip(uri, skip),
      forget: (uri) => this.skipped.delete(uri.toString()),
      analyzeDocument: (document) => this.analyzeDocument(document),
    });
    this.disposables.push(
      this.files,
      workspace.onDidChangeVisibleDocuments((documents) => documents.forEach((document) => this.documentShown(document))),
      workspace.onDidEditDocument((document) => this.documentEdited(document)),
      workspace.onDidCloseDocument((document) => void this.documentClosed(document)),
      workspace.onDidOpenDocument((document) => this.documentOpened(document)),
      settings.onDidChangeArticleSelection(() => this.articleSelectionChanged()),
    );
  }

  /** Analyzes the articles already on screen; called once every listener is wired. */
  start(): void {
    for (const document of this.workspace.visibleDocuments) this.documentShown(document);
  }

  /** Why a document is not analyzed, if it was looked at and turned down. */
  skipOf(uri: IUri): Skip | undefined {
    return this.skipped.get(uri.toString());
  }

  get busy(): boolean {
    return this.index.busy || this.files.busy || this.editTimers.size > 0 || this.languageSwitches > 0;
  }

  /**
   * The article as the document is now: the stored one if current, else a fresh analysis (undefined if not an
   * article). A `lookup` (a hover) only reads: it never starts workspace indexing or switches the document's language.
   */
  async articleFor(document: IDocument, purpose: 'command' | 'lookup' = 'command'): Promise<IndexedArticle | undefined> {
    const article = this.index.get(document.uri.toString());
    if (article && isCurrent(article, document)) return article;
    await this.analyzeDocument(document, purpose === 'command');
    const fresh = this.index.get(document.uri.toString());
    return fresh && isCurrent(fresh, document) ? fresh : undefined;
  }

  /** "Analyze This File": analyzes the document now, whatever the settings and heuristic say. */
  async analyzeNow(document: IDocument): Promise<void> {
    this.filter.force(document.uri);
    await this.analyzeDocument(document);
  }

  /** Indexes the workspace once, the first time an article or the sidebar is shown (setting `indexWorkspace`). */
  indexWorkspaceIfAutomatic(): void {
    this.files.indexIfAutomatic();
  }

  /** Re-reads every article of the workspace. A run in progress is cancelled and replaced. */
  indexWorkspace(): Promise<void> {
    return this.files.index();
  }

  /** A fresh engine's articles after the worker died: the open document's text, else the file's. */
  async reread(key: string): Promise<RereadArticle | undefined> {
    const uri = this.workspace.parseUri(key);
    const open = this.openDocument(key);
    const text = open ? open.getText() : await this.workspace.readText(uri);
    const stored = this.index.get(key);
    // A text that changed since it was analyzed is analyzed again by its edit or watcher event; until then no answer matches it.
    const revision = stored && stored.fingerprint === fingerprint(text) ? stored.revision : -1;
    return { text, revision, label: this.labelOf(uri) };
  }

  private documentOpened(document: IDocument): void {
    // A language switch (to or from `article`) reopens the document: re-judge it if it is on screen.
    if (this.isVisible(document)) return this.documentShown(document);
    // A new untitled document takes a closed one's name: what was stored under that name is not this text.
    const stored = this.index.get(document.uri.toString());
    if (stored && stored.version !== undefined && !isCurrent(stored, document)) this.index.remove(document.uri.toString());
  }

  private documentShown(document: IDocument): void {
    const article = this.index.get(document.uri.toString());
    if (article && isCurrent(article, document)) return;
    void this.analyzeDocument(document);
  }

  private documentEdited(document: IDocument): void {
    const key = document.uri.toString();
    const tracked = this.index.get(key) !== undefined;
    if (!tracked && !this.isVisible(document)) return;
    const timer = this.editTimers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.editTimers.set(
      key,
      setTimeout(() => {
        this.editTimers.delete(key);
        // An edited document that is not on screen (one a hover read) is re-read only: its language stays as it is.
        void this.analyzeDocument(document, this.isVisible(document));
      }, this.editDelayMs),
    );
  }

  private async documentClosed(document: IDocument): Promise<void> {
    const key = document.uri.toString();
    if (document.uri.scheme === 'untitled') {
      this.filter.forget(document.uri);
      this.skipped.delete(key);
    }
    const article = this.index.get(key);
    // Closed while its analysis was on the way: the result will be stale, and the engine must forget it too.
    if (!article) return this.index.remove(key);
    if (article.version === undefined) return;
    if (!this.files.indexed || !this.workspace.isInWorkspace(document.uri)) return this.index.remove(key);
    // Closed without saving: the workspace index goes back to what is on disk.
    await this.files.indexFile(document.uri);
  }

  private async analyzeDocument(document: IDocument, followUp = true): Promise<void> {
    if (document.isClosed) return;
    const verdict = this.filter.verdictForDocument(document);
    if (!verdict.analyze) return this.skip(document.uri, verdict);
    this.skipped.delete(document.uri.toString());
    const version = document.version;
    const isStale = () => document.isClosed || document.version !== version;
    const article = await this.index.analyze(document.uri.toString(), this.labelOf(document.uri), document.getText(), version, isStale);
    if (!article || !followUp) return;
    this.indexWorkspaceIfAutomatic();
    if (!this.settings.switchToArticleLanguage || this.filter.isForced(document.uri)) return;
    this.languageSwitches++;
    try {
      await readAsArticle(this.workspace, document);
    } catch {
      // Closed before the switch reached it: there is nothing left to switch.
    } finally {
      this.languageSwitches--;
    }
  }

  private skip(uri: IUri, skip: Skip): void {
    const former = this.skipped.get(uri.toString());
    const changed = former?.reason !== skip.reason || former.detail !== skip.detail;
    this.skipped.set(uri.toString(), skip);
    this.index.remove(uri.toString());
    if (changed) this.skippedChanged.fire(uri);
  }

  private isVisible(document: IDocument): boolean {
    return this.workspace.visibleDocuments.includes(document);
  }

  private openDocument(key: string): IDocument | undefined {
    return this.workspace.openDocuments.find((document) => document.uri.toString() === key);
  }

  /** What the user calls a file: its workspace-relative path. */
  private labelOf(uri: IUri): string {
    return uri.scheme === 'untitled' ? uri.path : this.workspace.relativePath(uri);
  }

  private articleSelectionChanged(): void {
    for (const document of this.workspace.visibleDocuments) void this.analyzeDocument(document);
    if (this.files.indexed) void this.files.index();
  }

  dispose(): void {
    for (const timer of this.editTimers.values()) clearTimeout(timer);
    for (const disposable of [...this.disposables, this.skippedChanged]) disposable.dispose();
  }
}
