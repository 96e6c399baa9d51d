/**
 * The few things the workspace logic (`WorkspaceSync`, `ArticleFilter`) needs from the editor, as small interfaces:
 * `vscode` satisfies them as it is (a `TextDocument` is an `IDocument`), and tests give in-memory doubles, so
 * indexing, staleness, watching and settings run under plain mocha in milliseconds.
 */
import type { Disposable, Event } from '../shared/emitter';

/** A document's or file's address; `toString()` is the key the index and the engine know it by. */
export interface IUri {
  readonly scheme: string;
  readonly path: string;
  toString(): string;
}

export interface IDocument {
  readonly uri: IUri;
  readonly languageId: string;
  readonly version: number;
  readonly isClosed: boolean;
  getText(): string;
}

export interface IFileWatcher extends Disposable {
  readonly onDidCreate: Event<IUri>;
  readonly onDidChange: Event<IUri>;
  readonly onDidDelete: Event<IUri>;
}

/** Progress of a long job: what it reports as it goes. */
export type ReportProgress = (message: string, increment: number) => void;

export interface IWorkspace {
  /** The documents shown in editors now. */
  readonly visibleDocuments: readonly IDocument[];
  /** Every open document, shown or not. */
  readonly openDocuments: readonly IDocument[];
  readonly onDidChangeVisibleDocuments: Event<readonly IDocument[]>;
  readonly onDidOpenDocument: Event<IDocument>;
  readonly onDidCloseDocument: Event<IDocument>;
  /** The text of a document changed (not a save alone). */
  readonly onDidEditDocument: Event<IDocument>;
  parseUri(key: string): IUri;
  findFiles(include: string, exclude: string | undefined, maxResults: number): Promise<IUri[]>;
  /** The file's size in bytes; throws when it is gone. */
  fileSize(uri: IUri): Promise<number>;
  /** The file's text as UTF-8; throws when it is gone or unreadable. */
  readText(uri: IUri): Promise<string>;
  watch(glob: string): IFileWatcher;
  /** Whether the file lies in a workspace folder (include/exclude describe only those). */
  isInWorkspace(uri: IUri): boolean;
  /** The path relative to its workspace folder, with forward slashes. */
  relativePath(uri: IUri): string;
  /** Switches a document to the News Article language mode (closing and reopening it). */
  setArticleLanguage(document: IDocument): Promise<void>;
  withProgress(title: string, task: (report: ReportProgress) => Promise<void>): Promise<void>;
}

/** The settings that decide which files are articles and when the workspace is indexed. */
export interface ArticleSettings {
  readonly include: string[];
  readonly exclude: string[];
  readonly detectArticles: boolean;
  /** In bytes. */
  readonly maxFileBytes: number;
  readonly switchToArticleLanguage: boolean;
  readonly indexWorkspaceAutomatically: boolean;
  /** Include, exclude, detection or the size limit changed. */
  readonly onDidChangeArticleSelection: Event<void>;
}
