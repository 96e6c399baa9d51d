import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE } from './articleFilter';

/** Switches a plain-text or Markdown document to the News Article language mode (its grammar colours headlines and quotations). */
export async function readAsArticle(document: vscode.TextDocument): Promise<void> {
  if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') return;
  await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
}
