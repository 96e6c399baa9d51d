import * as vscode from 'vscode';
import { articleMarkdown, freeFileName, type ArticleContent } from '../../core/import/articleFile';
import type { Services } from '../services';

/**
 * Writes the article as `base.md` in `folder` (`base-2.md`, … when taken: no file is ever replaced) and opens it,
 * analysed at once whatever the article heuristic would say: the user asked for it. Without a folder to write
 * to, the article opens as an unsaved document.
 */
export async function writeAndOpenArticle(services: Services, article: ArticleContent, folder: vscode.Uri | undefined, base: string): Promise<vscode.TextDocument> {
  const markdown = articleMarkdown(article);
  const target = folder && (await freeTarget(folder, base));
  let document: vscode.TextDocument;
  if (target) {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(markdown));
    document = await vscode.workspace.openTextDocument(target);
  } else {
    document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  }
  await vscode.window.showTextDocument(document, { preview: false });
  await services.sync.analyseNow(document);
  return document;
}

async function freeTarget(folder: vscode.Uri, base: string): Promise<vscode.Uri | undefined> {
  const name = await freeFileName(base, (candidate) => exists(vscode.Uri.joinPath(folder, candidate)));
  return name ? vscode.Uri.joinPath(folder, name) : undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
