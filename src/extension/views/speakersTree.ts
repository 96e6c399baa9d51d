import * as vscode from 'vscode';
import type { Quote, SpeakerInArticle, WorkspaceSpeaker } from '../../core/types';
import { Commands } from '../commands/ids';
import type { SpeakerColors } from '../highlights/speakerColors';
import { speakerColorId } from '../highlights/speakerPalette';
import { excerpt } from '../hovers/markdown';
import { plural, shortLabel, SPEAKER_KIND_ICON } from '../presentation';
import type { ArticleIndex } from '../workspace/articleIndex';

export type SpeakerNode =
  | { kind: 'speaker'; speaker: WorkspaceSpeaker; quoteCount: number }
  | { kind: 'article'; speaker: WorkspaceSpeaker; file: string; inArticle: SpeakerInArticle }
  | { kind: 'quote'; file: string; quote: Quote };

/** Speakers → the articles that name them → their quotes there. */
export class SpeakersTreeProvider implements vscode.TreeDataProvider<SpeakerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SpeakerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly index: ArticleIndex,
    private readonly colors: SpeakerColors,
  ) {
    this.subscription = index.onDidChangeComparison(() => this.changed.fire(undefined));
  }

  getChildren(node?: SpeakerNode): SpeakerNode[] {
    if (!node) {
      return this.index.comparison.speakers
        .map((speaker): SpeakerNode => ({ kind: 'speaker', speaker, quoteCount: totalQuotes(speaker) }))
        .sort((a, b) => quoteCountOf(b) - quoteCountOf(a) || labelOf(a).localeCompare(labelOf(b)));
    }
    if (node.kind === 'speaker') {
      return Object.entries(node.speaker.articles)
        .sort(([a], [b]) => this.index.labelOf(a).localeCompare(this.index.labelOf(b)))
        .map(([file, inArticle]) => ({ kind: 'article', speaker: node.speaker, file, inArticle }));
    }
    if (node.kind === 'article') {
      const quotes = this.index.getByKey(node.file)?.analysis.quotes ?? [];
      return quotes.filter((quote) => quote.speakerId === node.inArticle.speakerId).map((quote) => ({ kind: 'quote', file: node.file, quote }));
    }
    return [];
  }

  getTreeItem(node: SpeakerNode): vscode.TreeItem {
    switch (node.kind) {
      case 'speaker': {
        const item = new vscode.TreeItem(node.speaker.name, vscode.TreeItemCollapsibleState.Collapsed);
        const articleCount = Object.keys(node.speaker.articles).length;
        item.id = `speaker:${node.speaker.id}`;
        item.description = `${plural(node.quoteCount, 'quote')} · ${plural(articleCount, 'article')}`;
        const slot = this.colors.slotOf(node.speaker.id);
        item.iconPath = new vscode.ThemeIcon(SPEAKER_KIND_ICON[node.speaker.kind], new vscode.ThemeColor(speakerColorId(slot, 'foreground')));
        item.tooltip = [node.speaker.name, node.speaker.affiliation, node.speaker.aliases.filter((a) => a !== node.speaker.name).join(', ')]
          .filter(Boolean)
          .join('\n');
        item.contextValue = 'speaker';
        return item;
      }
      case 'article': {
        const label = shortLabel(this.index.labelOf(node.file));
        const item = new vscode.TreeItem(label, node.inArticle.quoteCount > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `speaker:${node.speaker.id}:${node.file}`;
        const roles = node.inArticle.roles.join('; ');
        item.description = `${roles ? `${roles} · ` : ''}${plural(node.inArticle.quoteCount, 'quote')}`;
        item.tooltip = `${this.index.labelOf(node.file)}${roles ? `\n${roles}` : ''}`;
        item.iconPath = vscode.ThemeIcon.File;
        item.resourceUri = vscode.Uri.parse(node.file);
        const firstMention = this.index.getByKey(node.file)?.analysis.speakers.find((s) => s.id === node.inArticle.speakerId)?.mentions[0];
        item.command = revealCommand(node.file, firstMention?.start ?? 0, firstMention?.end ?? 0);
        return item;
      }
      case 'quote': {
        const item = new vscode.TreeItem(`“${excerpt(node.quote.text, 80)}”`, vscode.TreeItemCollapsibleState.None);
        item.id = `quote:${node.file}:${node.quote.id}`;
        item.description = [node.quote.type, node.quote.cue?.text].filter(Boolean).join(' · ');
        item.tooltip = node.quote.text;
        item.iconPath = new vscode.ThemeIcon(node.quote.type === 'direct' ? 'quote' : 'comment');
        item.command = revealCommand(node.file, node.quote.start, node.quote.end);
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export function revealCommand(file: string, start: number, end: number): vscode.Command {
  return { command: Commands.revealSpan, title: 'Reveal in Article', arguments: [file, start, end] };
}

function totalQuotes(speaker: WorkspaceSpeaker): number {
  return Object.values(speaker.articles).reduce((sum, inArticle) => sum + inArticle.quoteCount, 0);
}

const quoteCountOf = (node: SpeakerNode) => (node.kind === 'speaker' ? node.quoteCount : 0);
const labelOf = (node: SpeakerNode) => (node.kind === 'speaker' ? node.speaker.name : '');
