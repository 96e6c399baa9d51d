import * as vscode from 'vscode';
import type { Span } from '../../core/types';
import type { Config } from '../config';
import { isCurrent, type ArticleIndex } from '../workspace/articleIndex';
import { createDecorationSet, type DecorationSet } from './decorationTypes';
import { planHighlights } from './highlightPlan';
import type { SpeakerColors } from './speakerColors';

/**
 * Paints the analysis of each visible article. Decorations are only ever applied for the exact text they were
 * computed from: a result for an older version waits for its re-analysis instead of landing on wrong offsets.
 */
export class Highlighter implements vscode.Disposable {
  private decorations: DecorationSet | undefined;
  private shownThisSession = true;
  private readonly applied = new Map<string, Map<string, Span[]>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly index: ArticleIndex,
    private readonly colors: SpeakerColors,
    private readonly config: Config,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      index.onDidChangeArticle((article) => {
        this.colors.invalidate();
        // While a workspace is indexed this fires per file: repaint only the editors showing the changed one.
        for (const editor of vscode.window.visibleTextEditors) {
          if (!article || editor.document.uri.toString() === article.key) this.refresh(editor);
        }
      }),
      index.onDidChangeComparison(() => {
        this.colors.invalidate();
        this.refreshAll();
      }),
      config.onDidChange((event) => {
        if (event.affectsConfiguration('sourceLens.highlights')) {
          this.shownThisSession = true;
          this.disposeDecorations();
          this.refreshAll();
        }
      }),
    );
  }

  get visible(): boolean {
    return this.shownThisSession && this.config.highlights.enabled;
  }

  /** "Toggle Highlights": hides or shows them for this session; the setting stays as the user wrote it. */
  toggle(): boolean {
    this.shownThisSession = !this.visible;
    this.refreshAll();
    return this.visible;
  }

  /** The spans currently painted in a document, by decoration (`direct-3`, `speaker-0`, `cue`, …). */
  appliedSpans(uri: vscode.Uri): Record<string, Span[]> {
    return Object.fromEntries(this.applied.get(uri.toString()) ?? []);
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor);
  }

  private refresh(editor: vscode.TextEditor): void {
    const article = this.index.get(editor.document.uri);
    if (!article) {
      if (this.applied.delete(editor.document.uri.toString()) && this.decorations) this.clear(editor, this.decorations);
      return;
    }
    if (!isCurrent(article, editor.document)) return;
    const settings = { ...this.config.highlights, enabled: this.visible };
    const plan = planHighlights(article.analysis, settings, (speakerId) => this.colors.slotFor(article, speakerId));
    const decorations = (this.decorations ??= createDecorationSet(this.config.highlights));
    const toRange = (span: Span) => new vscode.Range(editor.document.positionAt(span.start), editor.document.positionAt(span.end));
    for (const [key, type] of decorationsByKey(decorations)) {
      editor.setDecorations(type, (plan.get(key) ?? []).map(toRange));
    }
    this.applied.set(editor.document.uri.toString(), plan);
  }

  private clear(editor: vscode.TextEditor, decorations: DecorationSet): void {
    for (const type of decorations.all) editor.setDecorations(type, []);
  }

  private disposeDecorations(): void {
    this.decorations?.all.forEach((type) => type.dispose());
    this.decorations = undefined;
  }

  dispose(): void {
    this.disposeDecorations();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function decorationsByKey(decorations: DecorationSet): [string, vscode.TextEditorDecorationType][] {
  return [
    ...decorations.speaker.map((type, slot): [string, vscode.TextEditorDecorationType] => [`speaker-${slot}`, type]),
    ...decorations.direct.map((type, slot): [string, vscode.TextEditorDecorationType] => [`direct-${slot}`, type]),
    ...decorations.indirect.map((type, slot): [string, vscode.TextEditorDecorationType] => [`indirect-${slot}`, type]),
    ['unattributed', decorations.unattributed],
    ['cue', decorations.cue],
    ['role', decorations.role],
  ];
}
