import type { Disposable } from '../shared/emitter';
import type { ArticleFilter, Skip } from './articleFilter';
import type { ArticleIndex } from './articleIndex';
import { KeyedResource } from './keyedResource';
import type { ArticleSettings, IDocument, IUri, IWorkspace, ReportProgress } from './seams';
import { yieldToHost } from './yieldToHost';

const MAX_WORKSPACE_FILES = 5000;

/** What the file side asks of the document side: to note a skip, forget one, and analyze an open document. */
export interface DocumentSide {
  skip(uri: IUri, skip: Skip): void;
  forget(uri: IUri): void;
  analyzeDocument(document: IDocument): Promise<void>;
}

/**
 * The workspace's files in the article index: listed and read once an article or the sidebar is shown, then
 * followed as they are created, changed and deleted. Indexing runs in slices that yield to the extension host
 * between files, can be cancelled, and shows progress on the sidebar. An open document is the truth over its file.
 */
export class WorkspaceFiles implements Disposable {
  private indexing: { done: Promise<void>; cancelled: boolean } | undefined;
  /** Built for the include globs of the moment: a change of `sourceLens.include` needs a new watcher. */
  private readonly watcher = new KeyedResource((glob) => this.createWatcher(glob));
  private workspaceIndexed = false;

  constructor(
    private readonly articles: ArticleIndex,
    private readonly filter: ArticleFilter,
    private readonly settings: ArticleSettings,
    private readonly workspace: IWorkspace,
    private readonly documents: DocumentSide,
  ) {}

  /** Whether the workspace was indexed (or asked to be) in this session. */
  get indexed(): boolean {
    return this.workspaceIndexed;
  }

  get busy(): boolean {
    return this.indexing !== undefined;
  }

  indexIfAutomatic(): void {
    if (!this.workspaceIndexed && this.settings.indexWorkspaceAutomatically) void this.index();
  }

  /** Re-reads every article of the workspace. A run in progress is cancelled and replaced. */
  index(): Promise<void> {
    this.workspaceIndexed = true;
    if (this.indexing) this.indexing.cancelled = true;
    const run: { done: Promise<void>; cancelled: boolean } = { done: Promise.resolve(), cancelled: false };
    run.done = this.workspace
      .withProgress('Indexing articles', (report) => this.indexFiles(run, report))
      .finally(() => {
        if (this.indexing === run) this.indexing = undefined;
      });
    this.indexing = run;
    this.watcher.ensure(this.filter.includeGlob);
    return run.done;
  }

  private async indexFiles(run: { cancelled: boolean }, report: ReportProgress): Promise<void> {
    const uris = await this.workspace.findFiles(this.filter.includeGlob, this.filter.excludeGlob, MAX_WORKSPACE_FILES);
    if (run.cancelled) return;
    const found = new Set(uris.map((uri) => uri.toString()));
    for (const article of this.articles.articles) {
      if (article.version === undefined && !found.has(article.key)) this.articles.remove(article.key);
    }
    let done = 0;
    for (const uri of uris) {
      if (run.cancelled) return;
      await this.indexFile(uri);
      done++;
      report(`${done}/${uris.length}`, 100 / uris.length);
      await yieldToHost();
    }
  }

  /** Analyzes a file as its open document has it, else as it is on disk. */
  async indexFile(uri: IUri): Promise<void> {
    const open = this.openDocument(uri);
    if (open) return this.documents.analyzeDocument(open);
    if (!this.filter.verdictForPath(uri).analyze) return;
    try {
      const size = await this.workspace.fileSize(uri);
      if (size > this.settings.maxFileBytes && !this.filter.isForced(uri)) return this.documents.skip(uri, { analyze: false, reason: 'too-large' });
      const text = await this.workspace.readText(uri);
      const verdict = this.filter.verdictForText(uri, text);
      if (!verdict.analyze) return this.documents.skip(uri, verdict);
      // The file may have been opened while it was read: then the document is the truth.
      const label = this.workspace.relativePath(uri);
      await this.articles.analyze(uri.toString(), label, text, undefined, () => this.openDocument(uri) !== undefined, 'background');
    } catch {
      // Deleted or unreadable between listing and reading: nothing to show for it.
      this.articles.remove(uri.toString());
    }
  }

  private createWatcher(glob: string): Disposable {
    const watcher = this.workspace.watch(glob);
    const reread = (uri: IUri) => {
      if (!this.openDocument(uri)) void this.indexFile(uri);
    };
    const subscriptions = [
      watcher.onDidCreate(reread),
      watcher.onDidChange(reread),
      watcher.onDidDelete((uri) => {
        this.documents.forget(uri);
        this.articles.remove(uri.toString());
      }),
    ];
    return { dispose: () => [watcher, ...subscriptions].forEach((disposable) => disposable.dispose()) };
  }

  private openDocument(uri: IUri): IDocument | undefined {
    const key = uri.toString();
    return this.workspace.openDocuments.find((document) => document.uri.toString() === key);
  }

  dispose(): void {
    if (this.indexing) this.indexing.cancelled = true;
    this.watcher.dispose();
  }
}
