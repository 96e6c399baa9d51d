import * as vscode from 'vscode';
import type { Config } from '../../extension/config';
import type { AnalysisEngine } from '../../extension/engine/analysisEngine';
import { isCurrent, type ArticleIndex } from '../../extension/workspace/articleIndex';
import type { WorkspaceSync } from '../../extension/workspace/workspaceSync';
import { HOVER_COMMANDS } from '../shared/commandIds';

/** Shows the card the engine builds for the speaker or quotation under the pointer. */
export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly index: ArticleIndex,
    private readonly sync: WorkspaceSync,
    private readonly engine: AnalysisEngine,
    private readonly config: Config,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.config.hoversEnabled) return undefined;
    // A lookup only reads: it may analyze this document for itself, never index the workspace or switch its language.
    const article = await this.sync.articleFor(document, 'lookup');
    if (!article || token.isCancellationRequested) return undefined;
    const key = article.key;
    const answer = await this.engine.query('hover', { key, offset: document.offsetAt(position) });
    const current = this.index.get(key);
    if (!answer?.card || token.isCancellationRequested || current?.revision !== answer.revision || !isCurrent(current, document)) return undefined;
    const markdown = new vscode.MarkdownString(answer.card.markdown, true);
    markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
    const { start, end } = answer.card.span;
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(start), document.positionAt(end)));
  }
}
