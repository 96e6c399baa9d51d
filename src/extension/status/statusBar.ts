import * as vscode from 'vscode';
import { Commands } from '../../features/shared/commandIds';
import type { Config } from '../config';
import type { SavedPageOffer } from '../import/savedPage';
import { shortLabel } from '../../features/shared/presentation';
import type { ArticleIndex } from '../workspace/articleIndex';
import type { WorkspaceSync } from '../workspace/workspaceSync';
import { articleStatus, savedPageStatus, skipStatus, type StatusText } from './statusText';

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
    private readonly savedPages: SavedPageOffer,
  ) {
    this.item.name = 'Source Lens';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      index.onDidChangeArticle(() => this.update()),
      sync.onDidSkip(() => this.update()),
      config.onDidChange(() => this.update()),
      savedPages.onDidFindArticlePage(() => this.update()),
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
    const article = document && this.index.get(document.uri.toString());
    this.setArticleContext(article !== undefined);
    if (!document || !this.config.statusBarEnabled) {
      this.item.hide();
      return;
    }
    if (article) this.show(articleStatus(article.summary), Commands.showSidebar);
    else this.showNotice(document);
  }

  private showNotice(document: vscode.TextDocument): void {
    if (this.savedPages.isArticlePage(document.uri)) {
      this.show(savedPageStatus(shortLabel(document.uri.path)), Commands.readAsArticle);
      return;
    }
    const notice = skipStatus(this.sync.skipOf(document.uri));
    if (notice) this.show(notice, { command: Commands.analyzeFile, title: 'Analyze This File', arguments: [document.uri] });
    else this.item.hide();
  }

  private show({ text, tooltip }: StatusText, command: string | vscode.Command): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.command = command;
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
