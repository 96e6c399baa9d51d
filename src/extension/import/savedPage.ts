import * as vscode from 'vscode';
import type { ExtractedArticle } from '../../core/import/readPage';
import type { Config } from '../config';
import { shortLabel } from '../../features/shared/presentation';
import type { Services } from '../services';
import { exceedsUtf8Bytes } from '../workspace/fileSize';
import { articleBaseName } from './articleName';
import { pageReader } from './pageReader';
import { writeAndOpenArticle } from './writeArticle';

// A saved page with its scripts and styles inlined runs to a few megabytes; reading more would stall the editor.
const MAX_PAGE_BYTES = 5 * 1024 * 1024;

export function isSavedPage(document: vscode.TextDocument): boolean {
  return /\.html?$/i.test(document.uri.path) || document.languageId === 'html';
}

/**
 * "Read as News Article" on a saved web page: the article read out of it opens as `NAME.md` beside the page (a new
 * name if that is taken), so highlights and hovers land on the article's text. The page itself is never changed.
 */
export async function readSavedPage(services: Services, document: vscode.TextDocument): Promise<vscode.TextDocument | undefined> {
  const reading = readPage(services, document);
  if (reading.kind === 'article') return openBeside(services, document, reading.article);
  if (reading.kind === 'rejected') void vscode.window.showWarningMessage(`Source Lens did not read ${fileName(document)} as an article: ${reading.message}.`);
  else void vscode.window.showInformationMessage(reading.message);
  return undefined;
}

type SavedPageReading = { kind: 'article'; article: ExtractedArticle } | { kind: 'rejected' | 'unavailable'; message: string };

function readPage(services: Services, document: vscode.TextDocument): SavedPageReading {
  const reader = pageReader(services.extensionUri);
  if (!reader) return { kind: 'unavailable', message: 'Source Lens: saved web pages are read as articles in desktop VS Code only.' };
  const html = document.getText();
  if (exceedsUtf8Bytes(html, MAX_PAGE_BYTES)) return { kind: 'rejected', message: `the page is over ${MAX_PAGE_BYTES / (1024 * 1024)} MB, more than an article page holds` };
  try {
    return reader.readArticlePage(html);
  } catch (error) {
    return { kind: 'rejected', message: `the page could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

function openBeside(services: Services, page: vscode.TextDocument, article: ExtractedArticle): Promise<vscode.TextDocument> {
  const folder = page.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(page.uri, '..');
  return writeAndOpenArticle(services, article, folder, baseName(page));
}

/**
 * Reads, once per page and session, a saved page that comes to the front, and when it looks like a news article
 * (and its article was not already written beside it) offers to read it (setting `offerToReadSavedPages`). With
 * the offer off, the status bar still names such a page, so nothing pops up but nothing is hidden either.
 */
export class SavedPageOffer implements vscode.Disposable {
  private readonly considered = new Set<string>();
  private readonly articlePages = new Set<string>();
  private readonly foundArticlePage = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidFindArticlePage = this.foundArticlePage.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly services: Services,
    private readonly config: Config,
  ) {
    this.subscription = vscode.window.onDidChangeActiveTextEditor((editor) => editor && void this.consider(editor.document));
  }

  start(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (document) void this.consider(document);
  }

  /** Whether `uri` is a saved page found to hold a news article (whose article was not beside it then). */
  isArticlePage(uri: vscode.Uri): boolean {
    return this.articlePages.has(uri.toString());
  }

  private async consider(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (!isSavedPage(document) || this.considered.has(key) || !pageReader(this.services.extensionUri)) return;
    this.considered.add(key);
    if (await articleExistsBeside(document)) return;
    const reading = readPage(this.services, document);
    if (reading.kind !== 'article') return;
    this.articlePages.add(key);
    // The offer goes out before the status bar changes, so a reader (or a test) who sees the status bar's notice
    // has had any offer there is.
    const offered = this.config.offerToReadSavedPages ? this.offer(document, reading.article) : undefined;
    this.foundArticlePage.fire(document.uri);
    await offered;
  }

  private async offer(document: vscode.TextDocument, article: ExtractedArticle): Promise<void> {
    const read = 'Read as Article';
    const choice = await vscode.window.showInformationMessage(
      `“${article.title}” looks like a news article. Source Lens can write its text to ${baseName(document)}.md beside the page (the page stays as it is) and show who said what.`,
      read,
    );
    if (choice === read && !document.isClosed) await openBeside(this.services, document, article);
  }

  dispose(): void {
    this.subscription.dispose();
    this.foundArticlePage.dispose();
  }
}

async function articleExistsBeside(page: vscode.TextDocument): Promise<boolean> {
  if (page.uri.scheme === 'untitled') return false;
  try {
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(page.uri, '..', `${baseName(page)}.md`));
    return true;
  } catch {
    return false;
  }
}

function fileName(document: vscode.TextDocument): string {
  return shortLabel(document.uri.path);
}

function baseName(document: vscode.TextDocument): string {
  return articleBaseName(fileName(document));
}
