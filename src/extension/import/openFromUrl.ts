import * as vscode from 'vscode';
import { articleBaseName } from '../../core/import/articleFile';
import type { Services } from '../services';
import { FetchCancelled, PageFetchError, fetchPage, pageAddress } from './fetchPage';
import { pageReader } from './pageReader';
import { writeAndOpenArticle } from './writeArticle';

const TIMEOUT_MS = 20_000;
// Article pages with their inline scripts and styles run to a few hundred kilobytes; past this it is no article.
const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/**
 * "Open Article from URL": fetches the page, reads the article out of it and opens it as a Markdown article in the
 * workspace. `address` skips the input box (for links and tests). Resolves to the opened document, if any.
 */
export async function openArticleFromUrl(services: Services, address?: unknown): Promise<vscode.TextDocument | undefined> {
  const reader = pageReader(services.extensionUri);
  if (!reader) {
    void vscode.window.showInformationMessage(
      'Source Lens: Open Article from URL works in desktop VS Code only. In the browser, news sites do not let an extension read their pages; paste the article into a .txt or .md file instead.',
    );
    return undefined;
  }
  const url = typeof address === 'string' ? pageAddress(address) : await askForAddress();
  if (url === undefined) return undefined;
  if (typeof url === 'string') {
    void vscode.window.showErrorMessage(`Source Lens: ${url}`);
    return undefined;
  }
  const reading = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Source Lens: opening ${url.hostname}`, cancellable: true },
    async (progress, token) => {
      const cancel = new AbortController();
      const subscription = token.onCancellationRequested(() => cancel.abort());
      try {
        progress.report({ message: 'fetching the page…' });
        const page = await fetchPage(url, { timeoutMs: TIMEOUT_MS, maxBytes: MAX_PAGE_BYTES, signal: cancel.signal });
        progress.report({ message: 'reading the article…' });
        return { page, result: reader.readArticlePage(page.html, page.url) };
      } catch (error) {
        if (error instanceof FetchCancelled) return undefined;
        if (error instanceof PageFetchError) return { failure: error.message };
        return { failure: `the page could not be read (${error instanceof Error ? error.message : String(error)})` };
      } finally {
        subscription.dispose();
      }
    },
  );
  if (!reading) return undefined;
  if ('failure' in reading) {
    void vscode.window.showErrorMessage(`Source Lens could not open ${url.href}: ${reading.failure}.`);
    return undefined;
  }
  if (reading.result.kind === 'rejected') {
    void offerBrowser(`Source Lens did not open ${reading.page.url} as an article: ${reading.result.message}.`, reading.page.url);
    return undefined;
  }
  const { article } = reading.result;
  return writeAndOpenArticle(services, article, targetFolder(), articleBaseName(article.title));
}

async function askForAddress(): Promise<URL | string | undefined> {
  const clipboard = await clipboardText();
  const suggested = /^https?:\/\/\S+$/i.test(clipboard) ? clipboard : '';
  const typed = await vscode.window.showInputBox({
    title: 'Open Article from URL',
    prompt: 'The address of a news article: Source Lens fetches it and saves the article as Markdown in the workspace.',
    placeHolder: 'https://…',
    value: suggested,
    ignoreFocusOut: true,
    validateInput: (value) => {
      const url = pageAddress(value);
      return typeof url === 'string' && value.trim() ? url : undefined;
    },
  });
  return typed === undefined ? undefined : pageAddress(typed);
}

/** An address the user just copied is the likely one. A browser-hosted editor asks for permission first (an error toast
 * when refused), so the clipboard is only read in the desktop window. */
async function clipboardText(): Promise<string> {
  if (vscode.env.uiKind !== vscode.UIKind.Desktop) return '';
  return (await Promise.resolve(vscode.env.clipboard.readText()).catch(() => '')).trim();
}

/** The workspace folder of the active editor's file, else the first one; none in an empty window. */
function targetFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri;
}

async function offerBrowser(message: string, url: string): Promise<void> {
  const open = 'Open in Browser';
  if ((await vscode.window.showWarningMessage(message, open)) === open) await vscode.env.openExternal(vscode.Uri.parse(url));
}
