import * as vscode from 'vscode';
import type { StatementGroup } from '../../core/types';
import { Commands } from '../commands/ids';
import type { SpeakerColors } from '../highlights/speakerColors';
import { speakerCssColor, type ThemeKind } from '../highlights/speakerPalette';
import { fullestReport } from '../presentation';
import type { ArticleIndex } from '../workspace/articleIndex';
import { renderCompareHtml, type CompareModel } from './compareHtml';

export const COMPARE_VIEW_ID = 'sourceLens.compare';

type CompareMessage = { type: 'reveal' | 'open'; index: number };

/** The Compare view: each article's wording of the selected statement side by side, differences marked. */
export class CompareViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private groupId: string | undefined;
  private lastHtml = '';
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly index: ArticleIndex,
    private readonly colors: SpeakerColors,
  ) {
    this.disposables.push(
      index.onDidChangeComparison(() => this.render()),
      vscode.window.onDidChangeActiveColorTheme(() => this.render()),
    );
  }

  /** The page as last rendered (also while the view is hidden): what a reader of the view sees. */
  get html(): string {
    return this.lastHtml;
  }

  get selectedGroup(): StatementGroup | undefined {
    return this.groupId === undefined ? undefined : this.index.statementGroup(this.groupId);
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [] };
    this.disposables.push(
      view.webview.onDidReceiveMessage((message: unknown) => this.handle(message)),
      view.onDidDispose(() => (this.view = undefined)),
    );
    this.render();
  }

  /** Shows a statement, bringing the view forward unless told not to. */
  async show(groupId: string, focus = true): Promise<void> {
    this.groupId = groupId;
    this.render();
    if (focus) await vscode.commands.executeCommand(`${COMPARE_VIEW_ID}.focus`, { preserveFocus: true });
  }

  private render(): void {
    this.lastHtml = renderCompareHtml(this.model(), nonce());
    if (this.view) this.view.webview.html = this.lastHtml;
  }

  private model(): CompareModel | undefined {
    const group = this.selectedGroup;
    if (!group) return undefined;
    const reports = this.orderedReports(group);
    return {
      speakerName: group.speakerName,
      speakerColor: speakerCssColor(
        this.colors.slotOf(group.speakerId),
        themeKind(vscode.window.activeColorTheme.kind),
        vscode.workspace.getConfiguration('workbench').get<Record<string, unknown>>('colorCustomizations'),
      ),
      reports: reports.map((report) => ({
        label: this.index.sourceNameOf(report.file),
        form: report.form,
        type: report.type,
        cue: report.cue,
        role: report.role,
        attributedTo: report.attributedTo,
        confidence: report.confidence,
        text: report.text,
        diff: report.diff,
      })),
      omittedBy: group.omittedBy.map((file) => this.index.sourceNameOf(file)),
    };
  }

  /** The fullest wording first, the others by article. */
  private orderedReports(group: StatementGroup) {
    const fullest = fullestReport(group);
    const rest = group.reports
      .filter((report) => report !== fullest)
      .sort((a, b) => this.index.labelOf(a.file).localeCompare(this.index.labelOf(b.file)) || a.start - b.start);
    return fullest ? [fullest, ...rest] : rest;
  }

  // The page can only point at an entry by index; which file and offsets that means is decided here.
  private handle(message: unknown): void {
    const group = this.selectedGroup;
    if (!group || !isCompareMessage(message)) return;
    if (message.type === 'reveal') {
      const report = this.orderedReports(group)[message.index];
      if (report) void vscode.commands.executeCommand(Commands.revealSpan, report.file, report.start, report.end);
    } else {
      const file = group.omittedBy[message.index];
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
