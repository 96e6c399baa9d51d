import type { IDocument, IWorkspace } from './seams';

/** Switches a plain-text or Markdown document to the News Article language mode (its grammar colours headlines and quotations). */
export async function readAsArticle(workspace: Pick<IWorkspace, 'setArticleLanguage'>, document: IDocument): Promise<void> {
  if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') return;
  await workspace.setArticleLanguage(document);
}
