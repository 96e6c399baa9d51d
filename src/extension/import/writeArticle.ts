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
  const document = (folder && (await writeFile(folder, base, markdown))) ?? (await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown }));
  await vscode.window.showTextDocument(document, { preview: false });
  await services.sync.analyseNow(document);
  return document;
}

/** The written file's document; undefined when it cannot be written (the article then opens unsaved, not lost). */
async function writeFile(folder: vscode.Uri, base: string, markdown: string): Promise<vscode.TextDocument | undefined> {
  const name = await freeFileName(base, (candidate) => exists(vscode.Uri.joinPath(folder, candidate)));
  if (!name) return undefined;
  const target = vscode.Uri.joinPath(folder, name);
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(markdown));
    return await vscode.workspace.openTextDocument(target);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showWarningMessage(`Source Lens could not write ${name} (${reason}); the article opens as an unsaved document.`);
    return undefined;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
