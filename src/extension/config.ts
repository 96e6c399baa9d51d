import * as vscode from 'vscode';
import type { HighlightSettings } from '../features/highlights/model';
import type { ArticleSettings } from './workspace/seams';

const SECTION = 'sourceLens';


/** Typed view of the `sourceLens.*` settings; re-read whenever the user changes one. */
export class Config implements ArticleSettings, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  /** Fires after any `sourceLens.*` setting changed and the getters reflect it. */
  readonly onDidChange = this.changed.event;
  private readonly selectionChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeArticleSelection = this.selectionChanged.event;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      if (Config.affectsArticleSelection(event)) this.selectionChanged.fire();
      this.changed.fire(event);
    });
  }

  private get settings(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(SECTION);
  }

  /** Whether a change touched the settings that decide which files are articles. */
  static affectsArticleSelection(event: vscode.ConfigurationChangeEvent): boolean {
    return ['include', 'exclude', 'detectArticles', 'maxFileSize'].some((key) => event.affectsConfiguration(`${SECTION}.${key}`));
  }

  get include(): string[] {
    return this.settings.get<string[]>('include', ['**/*.article', '**/*.txt', '**/*.md']);
  }

  get exclude(): string[] {
    return this.settings.get<string[]>('exclude', []);
  }

  get detectArticles(): boolean {
    return this.settings.get<boolean>('detectArticles', true);
  }

  /** In bytes: a file's size on disk, or an open document's text as UTF-8. */
  get maxFileBytes(): number {
    return Math.max(1, this.settings.get<number>('maxFileSize', 256)) * 1024;
  }

  get offerToReadSavedPages(): boolean {
    return this.settings.get<boolean>('offerToReadSavedPages', true);
  }

  get switchToArticleLanguage(): boolean {
    return this.settings.get<boolean>('switchToArticleLanguage', false);
  }

  get indexWorkspaceAutomatically(): boolean {
    return this.settings.get<string>('indexWorkspace', 'auto') === 'auto';
  }

  get highlights(): HighlightSettings {
    const s = this.settings;
    return {
      enabled: s.get<boolean>('highlights.enabled', true),
      speakers: s.get<boolean>('highlights.speakers', true),
      quotations: s.get<boolean>('highlights.quotations', true),
      unattributed: s.get<boolean>('highlights.unattributed', true),
      cueVerbs: s.get<boolean>('highlights.cueVerbs', true),
      roles: s.get<boolean>('highlights.roles', true),
      overviewRuler: s.get<boolean>('highlights.overviewRuler', true),
    };
  }

  get hoversEnabled(): boolean {
    return this.settings.get<boolean>('hovers.enabled', true);
  }

  get statusBarEnabled(): boolean {
    return this.settings.get<boolean>('statusBar.enabled', true);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
    this.selectionChanged.dispose();
  }
}
