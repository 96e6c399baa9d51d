import * as vscode from 'vscode';
import type { Config } from '../../extension/config';
import type { AnalysisEngine } from '../../extension/engine/analysisEngine';
import { isCurrent, type ArticleIndex } from '../../extension/workspace/articleIndex';
import type { WorkspaceSync } from '../../extension/workspace/workspaceSync';
import { HOVER_COMMANDS } from '../shared/commandIds';
import { cardAt, type ArticleCards } from './model';

/** Shows the card under the pointer from the card set of the article's current text. */
export class ArticleHoverProvider implements vscode.HoverProvider, vscode.Disposable {
  private readonly cards: ArticleCardSets;

  constructor(
    private readonly index: ArticleIndex,
    private readonly sync: WorkspaceSync,
    engine: AnalysisEngine,
    private readonly config: Config,
  ) {
    this.cards = new ArticleCardSets(index, engine);
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.config.hoversEnabled) return undefined;
    // A lookup only reads: it may analyze this document for itself, never index the workspace or switch its language.
    const article = await this.sync.articleFor(document, 'lookup');
    if (!article || token.isCancellationRequested) return undefined;
    const cards = await this.cards.forText(article.key, article.revision);
    const current = this.index.get(article.key);
    if (!cards || token.isCancellationRequested || current?.revision !== article.revision || !isCurrent(current, document)) return undefined;
    const card = cardAt(cards, document.offsetAt(position));
    if (!card) return undefined;
    const markdown = new vscode.MarkdownString(card.markdown, true);
    markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(card.span.start), document.positionAt(card.span.end)));
  }

  dispose(): void {
    this.cards.dispose();
  }
}

/**
 * The card sets of the articles on screen, asked for again whenever an article or the workspace's grouping changes.
 * A hover reads the set held for the same text at once, even while a refresh is on its way: re-grouping a large
 * workspace keeps the worker busy for seconds, and a hover must not wait for it to learn what the cards already say.
 */
class ArticleCardSets implements vscode.Disposable {
  private readonly held = new Map<string, { revision: number; cards: ArticleCards }>();
  /** The latest request per article: an answer to an older one is dropped. */
  private readonly requests = new Map<string, number>();
  private nextRequest = 1;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly index: ArticleIndex,
    private readonly engine: AnalysisEngine,
  ) {
    this.disposables = [
      vscode.window.onDidChangeVisibleTextEditors(() => this.forgetHidden()),
      index.onDidChangeArticle((article) => {
        for (const key of this.visibleKeys()) if (!article || article.key === key) void this.fetch(key);
      }),
      index.onDidChangeComparison(() => this.visibleKeys().forEach((key) => void this.fetch(key))),
    ];
  }

  /** The card set of revision `revision` of an article: the one held, or the engine's answer. */
  async forText(key: string, revision: number): Promise<ArticleCards | undefined> {
    const held = this.held.get(key);
    if (held?.revision === revision) return held.cards;
    const fetched = await this.fetch(key);
    return fetched?.revision === revision ? fetched.cards : undefined;
  }

  private async fetch(key: string): Promise<{ revision: number; cards: ArticleCards } | undefined> {
    const request = this.nextRequest++;
    this.requests.set(key, request);
    const answer = await this.engine.query('hoverCards', { key });
    if (answer && this.requests.get(key) === request && this.index.get(key)?.revision === answer.revision) this.held.set(key, answer);
    return answer;
  }

  private visibleKeys(): string[] {
    return [...new Set(vscode.window.visibleTextEditors.map((editor) => editor.document.uri.toString()))];
  }

  private forgetHidden(): void {
    const visible = new Set(this.visibleKeys());
    for (const key of [...this.held.keys()]) {
      if (visible.has(key)) continue;
      this.held.delete(key);
      this.requests.delete(key);
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
