import * as vscode from 'vscode';
import type { Services } from '../services';

const NOT_FOUND = {
  'not-analyzed': 'Source Lens: this file is not analyzed as an article.',
  'no-quotation': 'Source Lens: put the cursor inside a quotation to compare it.',
  'no-other-report': 'Source Lens: no other report of this statement was found in the workspace.',
} as const;

/** Shows the statement group of the quotation under the cursor in the Compare view and the Statements tree. */
export async function compareStatementAtCursor(services: Services): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const article = await services.sync.articleFor(editor.document);
  const offset = editor.document.offsetAt(editor.selection.active);
  const found = article ? await services.engine.query('statementAt', { key: article.key, offset }) : undefined;
  if (found?.found === 'statement') return showStatement(services, found.groupId);
  void vscode.window.showInformationMessage(NOT_FOUND[found?.found ?? 'not-analyzed']);
}

export async function showStatement(services: Services, groupId: unknown): Promise<void> {
  if (typeof groupId !== 'string' || !(await services.compareView.show(groupId))) return;
  const node = await services.statements.nodeFor(groupId);
  if (node && services.statementsView.visible) {
    // Revealing a row while the tree is being refreshed (a comparison just arrived) fails with "Data tree node not
    // found"; the Compare view already shows the statement, so the tree's selection is a courtesy, not worth an error.
    await Promise.resolve(services.statementsView.reveal(node, { select: true, focus: false, expand: true })).catch(() => undefined);
  }
}
