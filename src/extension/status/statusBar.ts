import * as vscode from 'vscode';
import { Commands } from '../commands/ids';
import type { Config } from '../config';
import { plural } from '../presentation';
import type { ArticleIndex } from '../workspace/articleIndex';
import type { WorkspaceSync } from '../workspace/workspaceSync';
import { skipNotice } from './skipNotice';

/** Context key that enables the article-only commands and menus. */
const ARTICLE_CONTEXT = 'sourceLens.activeEditorIsArticle';

/** The active article's speakers, quotations and unattributed quotations; a click opens the sidebar. */
export class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceLens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private isArticle = false;

  constructor(
    private readonly index: ArticleIndex,
    private readonly sync: WorkspaceSync,
    private readonly config: Config,
  ) {
    this.item.name = 'Source Lens';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      index.onDidChangeArticle(() => this.update()),
      sync.onDidSkip(() => this.update()),
      config.onDidChange(() => this.update()),
    );
    this.update();
  }

  /** The text shown right now, for tests and screenshots to check. */
  get text(): string {
    return this.item.text;
  }

  /** What a click runs right now, for tests to run it as a click would. */
  get command(): vscode.Command | undefined {
    const command = this.item.command;
    return typeof command === 'string' ? { command, title: command } : command;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const article = document && this.index.get(document.uri);
    this.setArticleContext(article !== undefined);
    if (!document || !this.config.statusBarEnabled) {
      this.item.hide();
      return;
    }
    if (!article) {
      const notice = skipNotice(this.sync.skipOf(document.uri));
      if (!notice) {
        this.item.hide();
        return;
      }
      this.item.text = `$(circle-slash) ${notice.text}`;
      this.item.tooltip = `Source Lens: ${notice.why} Click to analyse it anyway ("Source Lens: Analyze This File").`;
      this.item.command = { command: Commands.analyzeFile, title: 'Analyze This File', arguments: [document.uri] };
      this.item.show();
      return;
    }
    const { quotes, speakers } = article.analysis;
    const quoted = new Set(quotes.map((quote) => quote.speakerId).filter((id) => id !== null)).size;
    const unattributed = quotes.filter((quote) => quote.speakerId === null).length;
    this.item.text = `$(quote) ${plural(quoted, 'speaker')} · ${plural(quotes.length, 'quote')}${unattributed > 0 ? ` · $(warning) ${unattributed} unattributed` : ''}`;
    this.item.tooltip = `Source Lens: ${plural(quotes.length, 'quotation')} by ${plural(quoted, 'speaker')} (${plural(speakers.length, 'person or body')} named), ${unattributed} without a speaker. Click to open the sidebar.`;
    this.item.command = Commands.showSidebar;
    this.item.show();
  }

  private setArticleContext(isArticle: boolean): void {
    if (isArticle === this.isArticle) return;
    this.isArticle = isArticle;
    void vscode.commands.executeCommand('setContext', ARTICLE_CONTEXT, isArticle);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
