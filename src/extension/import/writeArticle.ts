import * as vscode from 'vscode';
import { articleMarkdown, freeFileName, type ArticleContent } from '../../core/import/articleFile';
import type { Services } from '../services';

/**
 * Writes the article as `base.md` in `folder` (`base-2.md`, … when taken: no file is ever replaced) and opens it,
 * analyzed at once whatever the article heuristic would say: the user asked for it. Without a folder to write
 * to, the article opens as an unsaved document.
 */
export async function writeAndOpenArticle(services: Services, article: ArticleContent, folder: vscode.Uri | undefined, base: string): Promise<vscode.TextDocument> {
  const markdown = articleMarkdown(article);
  const document = (folder && (await writeFile(folder, base, markdown))) ?? (await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown }));
  await vscode.window.showTextDocument(document, { preview: false });
  await services.sync.analyzeNow(document);
  return document;
}

/**
 * The written file's document; undefined when it cannot be written (the article then opens unsaved, not lost). The
 * file is created only if no file has the name by then, so one written meanwhile by someone else is never replaced.
 */
async function writeFile(folder: vscode.Uri, base: string, markdown: string): Promise<vscode.TextDocument | undefined> {
  const contents = new TextEncoder().encode(markdown);
  const created = await freeFileName(base, async (candidate) => {
    const target = vscode.Uri.joinPath(folder, candidate);
    if (await exists(target)) return true;
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents });
    if (await vscode.workspace.applyEdit(edit)) return false;
    if (await exists(target)) return true;
    throw new Error(`${candidate} could not be created`);
  }).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showWarningMessage(`Source Lens could not write the article (${reason}); it opens as an unsaved document.`);
    return undefined;
  });
  if (!created) return undefined;
  return vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, created));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
