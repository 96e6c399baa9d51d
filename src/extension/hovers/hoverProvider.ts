import * as vscode from 'vscode';
import type { Config } from '../config';
import type { ArticleIndex } from '../workspace/articleIndex';
import type { WorkspaceSync } from '../workspace/workspaceSync';
import { quoteCard, speakerCard } from './hoverCards';
import { targetAt } from './targetAt';

export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly index: ArticleIndex,
    private readonly sync: WorkspaceSync,
    private readonly config: Config,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.config.hoversEnabled) return undefined;
    const article = await this.sync.articleFor(document, 'lookup');
    if (!article || token.isCancellationRequested) return undefined;
    const target = targetAt(article.analysis, document.offsetAt(position));
    if (!target) return undefined;
    const range = new vscode.Range(document.positionAt(target.span.start), document.positionAt(target.span.end));
    const contents = target.kind === 'speaker' ? speakerCard(this.index, article, target.speaker) : quoteCard(this.index, article, target.quote);
    return new vscode.Hover(contents, range);
  }
}
