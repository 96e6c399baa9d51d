import * as vscode from 'vscode';
import type { ArticleAnalysis, Quote } from '../../core/types';
import { targetAt } from '../hovers/targetAt';
import type { Services } from '../services';

/** Shows the statement group of the quotation under the cursor in the Compare view and the Statements tree. */
export async function compareStatementAtCursor(services: Services): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const article = await services.sync.articleFor(editor.document);
  if (!article) {
    void vscode.window.showInformationMessage('Source Lens: this file is not analyzed as an article.');
    return;
  }
  const quote = quoteAt(article.analysis, editor.document.offsetAt(editor.selection.active));
  if (!quote) {
    void vscode.window.showInformationMessage('Source Lens: put the cursor inside a quotation to compare it.');
    return;
  }
  const group = services.index.statementGroupFor(article, quote.id);
  if (!group) {
    void vscode.window.showInformationMessage('Source Lens: no other report of this statement was found in the workspace.');
    return;
  }
  await showStatement(services, group.id);
}

export async function showStatement(services: Services, groupId: unknown): Promise<void> {
  if (typeof groupId !== 'string' || !services.index.statementGroup(groupId)) return;
  await services.compareView.show(groupId);
  const node = services.statements.nodeFor(groupId);
  if (node && services.statementsView.visible) {
    // Revealing a row while the tree is being refreshed (a comparison just arrived) fails with "Data tree node not
    // found"; the Compare view already shows the statement, so the tree's selection is a courtesy, not worth an error.
    await Promise.resolve(services.statementsView.reveal(node, { select: true, focus: false, expand: true })).catch(() => undefined);
  }
}

/** The quotation the cursor is in, or whose cue or attributing mention it is on. */
function quoteAt(analysis: ArticleAnalysis, offset: number): Quote | undefined {
  const target = targetAt(analysis, offset);
  if (target?.kind === 'quote') return target.quote;
  const inside = analysis.quotes.filter((quote) => quote.start <= offset && offset <= quote.end);
  if (inside.length > 0) return inside.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  return analysis.quotes.find((quote) => quote.speakerSpan && quote.speakerSpan.start <= offset && offset <= quote.speakerSpan.end);
}
