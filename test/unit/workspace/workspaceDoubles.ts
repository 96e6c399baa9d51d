// In-memory stand-ins for the editor and its settings, so the workspace logic runs under plain mocha in milliseconds.
import { Emitter } from '../../../src/extension/shared/emitter';
import { globToRegExp } from '../../../src/extension/workspace/glob';
import type { ArticleSettings, IDocument, IFileWatcher, IUri, IWorkspace, ReportProgress } from '../../../src/extension/workspace/seams';

export class FakeUri implements IUri {
  constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}

  static file(path: string): FakeUri {
    return new FakeUri('file', path);
  }

  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export class FakeDocument implements IDocument {
  version = 1;
  isClosed = false;

  constructor(
    readonly uri: IUri,
    private text: string,
    public languageId = 'plaintext',
  ) {}

  getText(): string {
    return this.text;
  }

  /** Replaces the text, as typing would: a new version. */
  edit(text: string): void {
    this.text = text;
    this.version++;
  }
}

class FakeWatcher implements IFileWatcher {
  readonly created = new Emitter<IUri>();
  readonly changed = new Emitter<IUri>();
  readonly deleted = new Emitter<IUri>();
  readonly onDidCreate = this.created.event;
  readonly onDidChange = this.changed.event;
  readonly onDidDelete = this.deleted.event;
  disposed = false;

  constructor(readonly glob: string) {}

  dispose(): void {
    this.disposed = true;
  }
}

/** A workspace folder `/ws` of files in memory, with documents that tests open, show, edit and close. */
export class FakeWorkspace implements IWorkspace {
  readonly files = new Map<string, string>();
  visibleDocuments: FakeDocument[] = [];
  openDocuments: FakeDocument[] = [];
  readonly watchers: FakeWatcher[] = [];
  readonly languageSwitches: IDocument[] = [];
  /** Every `findFiles` listing: how often the workspace was indexed. */
  listings = 0;
  private readonly visibleChanged = new Emitter<readonly IDocument[]>();
  private readonly opened = new Emitter<IDocument>();
  private readonly closed = new Emitter<IDocument>();
  private readonly edited = new Emitter<IDocument>();
  readonly onDidChangeVisibleDocuments = this.visibleChanged.event;
  readonly onDidOpenDocument = this.opened.event;
  readonly onDidCloseDocument = this.closed.event;
  readonly onDidEditDocument = this.edited.event;

  /** Opens (and by default shows) a document. */
  open(document: FakeDocument, show = true): FakeDocument {
    this.openDocuments.push(document);
    this.opened.fire(document);
    if (show) {
      this.visibleDocuments.push(document);
      this.visibleChanged.fire(this.visibleDocuments);
    }
    return document;
  }

  type(document: FakeDocument, text: string): void {
    document.edit(text);
    this.edited.fire(document);
  }

  close(document: FakeDocument): void {
    document.isClosed = true;
    this.openDocuments = this.openDocuments.filter((candidate) => candidate !== document);
    this.visibleDocuments = this.visibleDocuments.filter((candidate) => candidate !== document);
    this.visibleChanged.fire(this.visibleDocuments);
    this.closed.fire(document);
  }

  /** The live watcher, for tests to fire its events. */
  get watcher(): FakeWatcher | undefined {
    return this.watchers.filter((watcher) => !watcher.disposed).at(-1);
  }

  parseUri(key: string): IUri {
    const [scheme, path] = key.split('://') as [string, string];
    return new FakeUri(scheme, path);
  }

  /** Lists the files the globs match, as VS Code's search does. */
  async findFiles(include: string, exclude: string | undefined): Promise<IUri[]> {
    this.listings++;
    const included = globToRegExp(include);
    const excluded = exclude === undefined ? undefined : globToRegExp(exclude);
    return [...this.files.keys()]
      .map((path) => FakeUri.file(path))
      .filter((uri) => included.test(this.relativePath(uri)) && !excluded?.test(this.relativePath(uri)));
  }

  async fileSize(uri: IUri): Promise<number> {
    return (await this.readText(uri)).length;
  }

  async readText(uri: IUri): Promise<string> {
    const text = this.files.get(uri.path);
    if (text === undefined) throw new Error(`${uri.path} does not exist`);
    return text;
  }

  watch(glob: string): IFileWatcher {
    const watcher = new FakeWatcher(glob);
    this.watchers.push(watcher);
    return watcher;
  }

  isInWorkspace(uri: IUri): boolean {
    return uri.scheme === 'file' && uri.path.startsWith('/ws/');
  }

  relativePath(uri: IUri): string {
    return uri.path.replace(/^\/ws\//, '');
  }

  async setArticleLanguage(document: IDocument): Promise<void> {
    this.languageSwitches.push(document);
    (document as FakeDocument).languageId = 'article';
  }

  async withProgress(_title: string, task: (report: ReportProgress) => Promise<void>): Promise<void> {
    await task(() => undefined);
  }
}

export class FakeSettings implements ArticleSettings {
  include = ['**/*.txt', '**/*.md', '**/*.article'];
  exclude: string[] = [];
  detectArticles = false;
  maxFileBytes = 256 * 1024;
  switchToArticleLanguage = false;
  indexWorkspaceAutomatically = true;
  private readonly selectionChanged = new Emitter<void>();
  readonly onDidChangeArticleSelection = this.selectionChanged.event;

  /** Changes settings as the user would, then announces it. */
  change(changes: Partial<Pick<FakeSettings, 'include' | 'exclude' | 'detectArticles' | 'maxFileBytes'>>): void {
    Object.assign(this, changes);
    this.selectionChanged.fire();
  }
}
