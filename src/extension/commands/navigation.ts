import * as vscode from 'vscode';
import type { Span } from '../../core/types';
import type { Services } from '../services';

/** Opens an article with the span selected. Arguments arrive from links and webview messages: checked, never trusted. */
export async function revealSpan(file: unknown, start: unknown, end: unknown): Promise<void> {
  if (typeof file !== 'string' || !isOffset(start) || !isOffset(end)) return;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(file, true));
  const range = new vscode.Range(document.positionAt(start), document.positionAt(Math.max(start, end)));
  const editor = await vscode.window.showTextDocument(document, { selection: range, preview: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Moves the selection to the next (or previous) quotation of the active article, wrapping around. */
export async function stepQuotation(services: Services, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const article = await services.sync.articleFor(editor.document);
  const answer = article && (await services.engine.query('quotations', { key: article.key }));
  const quotes = answer?.spans ?? [];
  if (quotes.length === 0) {
    void vscode.window.showInformationMessage('Source Lens: this file has no quotations.');
    return;
  }
  // The selection's start, not the cursor: after a jump the cursor sits at the quotation's end.
  const cursor = editor.document.offsetAt(editor.selection.start);
  const target = direction === 1 ? nextAfter(quotes, cursor) : previousBefore(quotes, cursor);
  const range = new vscode.Range(editor.document.positionAt(target.start), editor.document.positionAt(target.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function nextAfter(quotes: Span[], offset: number): Span {
  return quotes.find((quote) => quote.start > offset) ?? quotes[0]!;
}

function previousBefore(quotes: Span[], offset: number): Span {
  return [...quotes].reverse().find((quote) => quote.start < offset) ?? quotes[quotes.length - 1]!;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
