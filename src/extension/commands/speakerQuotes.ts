import * as vscode from 'vscode';
import type { WorkspaceSpeaker } from '../../core/types';
import { excerpt } from '../hovers/markdown';
import { targetAt } from '../hovers/targetAt';
import { plural, shortLabel } from '../presentation';
import type { Services } from '../services';
import { revealSpan } from './navigation';

interface SpeakerPick extends vscode.QuickPickItem {
  speaker: WorkspaceSpeaker;
}

interface QuotePick extends vscode.QuickPickItem {
  file: string;
  start: number;
  end: number;
}

/** Quick pick of the workspace's speakers, then of the chosen speaker's quotes across articles. */
export async function showSpeakerQuotes(services: Services, speakerId?: unknown): Promise<void> {
  const speaker =
    (typeof speakerId === 'string' ? services.index.workspaceSpeaker(speakerId) : undefined) ??
    (await speakerAtCursor(services)) ??
    (await pickSpeaker(services));
  if (!speaker) return;
  const picks: QuotePick[] = Object.entries(speaker.articles).flatMap(([file, inArticle]) =>
    (services.index.getByKey(file)?.analysis.quotes ?? [])
      .filter((quote) => quote.speakerId === inArticle.speakerId)
      .map((quote) => ({
        label: `$(${quote.type === 'direct' ? 'quote' : 'comment'}) ${excerpt(quote.text, 100)}`,
        description: shortLabel(services.index.labelOf(file)),
        detail: [quote.cue?.text, inArticle.roles[0]].filter(Boolean).join(' · ') || undefined,
        file,
        start: quote.start,
        end: quote.end,
      })),
  );
  const choice = await vscode.window.showQuickPick(picks, {
    title: `${speaker.name}: ${plural(picks.length, 'quote')}`,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (choice) await revealSpan(choice.file, choice.start, choice.end);
}

/** The speaker named under the cursor of the active article, so the context-menu command needs no first pick. */
async function speakerAtCursor(services: Services): Promise<WorkspaceSpeaker | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const article = await services.sync.articleFor(editor.document);
  if (!article) return undefined;
  const target = targetAt(article.analysis, editor.document.offsetAt(editor.selection.active));
  return target?.kind === 'speaker' ? services.index.workspaceSpeakerFor(article, target.speaker.id) : undefined;
}

async function pickSpeaker(services: Services): Promise<WorkspaceSpeaker | undefined> {
  const quoteCount = (speaker: WorkspaceSpeaker) =>
    Object.values(speaker.articles).reduce((sum, inArticle) => sum + inArticle.quoteCount, 0);
  const picks: SpeakerPick[] = services.index.comparison.speakers
    .filter((speaker) => quoteCount(speaker) > 0)
    .sort((a, b) => quoteCount(b) - quoteCount(a) || a.name.localeCompare(b.name))
    .map((speaker) => ({
      label: speaker.name,
      description: `${plural(quoteCount(speaker), 'quote')} · ${plural(Object.keys(speaker.articles).length, 'article')}`,
      detail: [...new Set(Object.values(speaker.articles).flatMap((inArticle) => inArticle.roles))].join('; ') || undefined,
      speaker,
    }));
  if (picks.length === 0) {
    void vscode.window.showInformationMessage('Source Lens: no quoted speakers yet. Open an article or run "Analyze Workspace".');
    return undefined;
  }
  return (await vscode.window.showQuickPick(picks, { title: "Show a speaker's quotes", matchOnDetail: true }))?.speaker;
}
