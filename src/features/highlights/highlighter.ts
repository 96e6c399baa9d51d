import * as vscode from 'vscode';
import type { Span } from '../../core/types';
import type { Config } from '../../extension/config';
import type { AnalysisEngine } from '../../extension/engine/analysisEngine';
import { isCurrent, type ArticleIndex } from '../../extension/workspace/articleIndex';
import { createDecorationSet, type DecorationSet } from './decorationTypes';
import { shownKinds } from './model';

/** The engine's full plan for one text of a document. */
interface Plan {
  revision: number;
  spans: Record<string, Span[]>;
}

/**
 * Paints the highlights the engine plans for each visible article. Decorations are only ever applied for the exact
 * text they were computed from: an answer for an older revision waits for its re-analysis instead of landing on
 * wrong offsets. The settings pick from the plan here, so a setting or "Toggle Highlights" repaints at once.
 */
export class Highlighter implements vscode.Disposable {
  private decorations: DecorationSet | undefined;
  private shownThisSession = true;
  /** Per document: the plan for the text it was asked for, and the spans painted from it. */
  private readonly plans = new Map<string, Plan>();
  private readonly applied = new Map<string, Record<string, Span[]>>();
  /** The latest request per document: an answer to an older one is dropped. */
  private readonly requests = new Map<string, number>();
  private nextRequest = 1;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly index: ArticleIndex,
    private readonly engine: AnalysisEngine,
    private readonly config: Config,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      index.onDidChangeArticle((article) => {
        // While a workspace is indexed this fires per file: ask only for the editors showing the changed one.
        for (const editor of vscode.window.visibleTextEditors) {
          if (!article || editor.document.uri.toString() === article.key) void this.refresh(editor);
        }
      }),
      // Colours follow the workspace's speakers: a new grouping may change them in every article.
      index.onDidChangeComparison(() => this.refreshAll()),
      config.onDidChange((event) => {
        if (!event.affectsConfiguration('sourceLens.highlights')) return;
        this.shownThisSession = true;
        this.disposeDecorations();
        this.repaintAll();
      }),
    );
  }

  get visible(): boolean {
    return this.shownThisSession && this.config.highlights.enabled;
  }

  /** "Toggle Highlights": hides or shows them for this session; the setting stays as the user wrote it. */
  toggle(): boolean {
    this.shownThisSession = !this.visible;
    this.repaintAll();
    return this.visible;
  }

  /** The spans currently painted in a document, by decoration (`direct-3`, `speaker-0`, `cue`, …). */
  appliedSpans(uri: vscode.Uri): Record<string, Span[]> {
    return { ...(this.applied.get(uri.toString()) ?? {}) };
  }

  /** Asks the engine again for every visible article. */
  private refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) void this.refresh(editor);
  }

  private async refresh(editor: vscode.TextEditor): Promise<void> {
    const key = editor.document.uri.toString();
    const article = this.index.get(key);
    if (!article) return this.forget(editor);
    if (!isCurrent(article, editor.document)) return;
    const request = this.nextRequest++;
    this.requests.set(key, request);
    const answer = await this.engine.query('highlights', { key });
    if (this.requests.get(key) !== request || !answer) return;
    this.plans.set(key, answer);
    this.repaint(editor);
  }

  /** Paints the plans already at hand, with the settings as they are now. */
  private repaintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.repaint(editor);
  }

  private repaint(editor: vscode.TextEditor): void {
    const key = editor.document.uri.toString();
    const plan = this.plans.get(key);
    const current = this.index.get(key);
    if (!plan || !current || current.revision !== plan.revision || !isCurrent(current, editor.document)) return;
    const spans = shownKinds(plan.spans, { ...this.config.highlights, enabled: this.visible });
    const decorations = (this.decorations ??= createDecorationSet(this.config.highlights));
    const toRange = (span: Span) => new vscode.Range(editor.document.positionAt(span.start), editor.document.positionAt(span.end));
    for (const [kind, type] of decorationsByKey(decorations)) editor.setDecorations(type, (spans[kind] ?? []).map(toRange));
    this.applied.set(key, spans);
  }

  private forget(editor: vscode.TextEditor): void {
    const key = editor.document.uri.toString();
    this.requests.delete(key);
    this.plans.delete(key);
    if (this.applied.delete(key) && this.decorations) for (const type of this.decorations.all) editor.setDecorations(type, []);
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
