import * as vscode from 'vscode';

type PageReader = typeof import('../../core/import/readPage');

declare const require: (id: string) => unknown;
/** Set by esbuild: true in the browser bundle, false in the Node bundle. */
declare const WEB_BUNDLE: boolean;

let loaded: PageReader | undefined;

/**
 * The page reader (Readability and its DOM, ~0.5 MB) from its own bundle, loaded the first time a page is read so
 * activation never parses it. Undefined in the browser: the web extension cannot load a second file, and leaving the
 * reader out keeps the web bundle small.
 */
export function pageReader(extensionUri: vscode.Uri): PageReader | undefined {
  if (WEB_BUNDLE) return undefined;
  loaded ??= require(vscode.Uri.joinPath(extensionUri, 'dist', 'reader.js').fsPath) as PageReader;
  return loaded;
}
