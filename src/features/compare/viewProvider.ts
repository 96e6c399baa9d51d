import * as vscode from 'vscode';
import type { AnalysisEngine } from '../../extension/engine/analysisEngine';
import type { ArticleIndex } from '../../extension/workspace/articleIndex';
import { Commands } from '../shared/commandIds';
import { speakerCssColor, type ThemeKind } from '../shared/speakerPalette';
import { renderCompareHtml } from './html';
import type { CompareTargets, CompareView } from './model';

export const COMPARE_VIEW_ID = 'sourceLens.compare';

type CompareMessage = { type: 'reveal' | 'open'; index: number };

/** The Compare view: each article's wording of the selected statement side by side, differences marked. */
export class CompareViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private groupId: string | undefined;
  private shown: CompareView | undefined;
  private lastHtml = '';
  private renders = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    index: ArticleIndex,
    private readonly engine: AnalysisEngine,
  ) {
    this.disposables.push(
      index.onDidChangeComparison(() => void this.render()),
      vscode.window.onDidChangeActiveColorTheme(() => void this.render()),
    );
  }

  /** The page as last rendered (also while the view is hidden): what a reader of the view sees. */
  get html(): string {
    return this.lastHtml;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [] };
    this.disposables.push(
      view.webview.onDidReceiveMessage((message: unknown) => this.handle(message)),
      view.onDidDispose(() => (this.view = undefined)),
    );
    view.webview.html = this.lastHtml;
    void this.render();
  }

  /** Shows a statement, bringing the view forward unless told not to. False (and nothing changes) when the workspace has no such statement. */
  async show(groupId: string, focus = true): Promise<boolean> {
    const render = ++this.renders;
    const shown = await this.engine.query('compareView', { groupId });
    if (!shown) return false;
    this.groupId = groupId;
    // A render that started meanwhile was for the statement shown before, or for a newer grouping: render again after.
    const overtaken = render !== this.renders;
    this.renders++;
    this.display(shown);
    if (overtaken) void this.render();
    if (focus) await vscode.commands.executeCommand(`${COMPARE_VIEW_ID}.focus`, { preserveFocus: true });
    return true;
  }

  /** Renders the selected statement again, as the workspace has it now. */
  private async render(): Promise<void> {
    const render = ++this.renders;
    const groupId = this.groupId;
    const shown = groupId === undefined ? undefined : await this.engine.query('compareView', { groupId });
    if (render === this.renders) this.display(shown);
  }

  private display(shown: CompareView | undefined): void {
    this.shown = shown;
    this.lastHtml = renderCompareHtml(shown && { ...shown, speakerColor: this.cssColor(shown.speakerSlot) }, nonce());
    if (this.view) this.view.webview.html = this.lastHtml;
  }

  private cssColor(slot: number): string {
    const customizations = vscode.workspace.getConfiguration('workbench').get<Record<string, unknown>>('colorCustomizations');
    return speakerCssColor(slot, themeKind(vscode.window.activeColorTheme.kind), customizations);
  }

  // The page can only point at an entry by index; which file and offsets that means is decided here.
  private handle(message: unknown): void {
    const targets: CompareTargets | undefined = this.shown?.targets;
    if (!targets || !isCompareMessage(message)) return;
    if (message.type === 'reveal') {
      const report = targets.reports[message.index];
      if (report) void vscode.commands.executeCommand(Commands.revealSpan, report.file, report.start, report.end);
    } else {
      const file = targets.omittedBy[message.index];
      if (file) void vscode.commands.executeCommand(Commands.revealSpan, file, 0, 0);
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function isCompareMessage(message: unknown): message is CompareMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, index } = message as Record<string, unknown>;
  return (type === 'reveal' || type === 'open') && typeof index === 'number' && Number.isInteger(index);
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function themeKind(kind: vscode.ColorThemeKind): ThemeKind {
  switch (kind) {
    case vscode.ColorThemeKind.Light:
      return 'light';
    case vscode.ColorThemeKind.HighContrast:
      return 'highContrast';
    case vscode.ColorThemeKind.HighContrastLight:
      return 'highContrastLight';
    default:
      return 'dark';
  }
}
