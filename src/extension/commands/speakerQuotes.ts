import * as vscode from 'vscode';
import type { QuotePick, SpeakerPick } from '../../features/speakers/quotePicks';
import { plural } from '../../features/shared/presentation';
import type { Services } from '../services';
import { revealSpan } from './navigation';

/** Quick pick of the workspace's speakers, then of the chosen speaker's quotes across articles. */
export async function showSpeakerQuotes(services: Services, speakerId?: unknown): Promise<void> {
  const chosenId = (typeof speakerId === 'string' ? speakerId : undefined) ?? (await speakerAtCursor(services)) ?? (await pickSpeaker(services));
  if (!chosenId) return;
  const speaker = await services.engine.query('speakerQuotes', { speakerId: chosenId });
  if (!speaker) return;
  const choice = await vscode.window.showQuickPick<QuotePick & vscode.QuickPickItem>(speaker.picks, {
    title: `${speaker.name}: ${plural(speaker.picks.length, 'quote')}`,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (choice) await revealSpan(choice.file, choice.start, choice.end);
}

/** The speaker named under the cursor of the active article, so the context-menu command needs no first pick. */
async function speakerAtCursor(services: Services): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const article = await services.sync.articleFor(editor.document);
  if (!article) return undefined;
  return services.engine.query('speakerAt', { key: article.key, offset: editor.document.offsetAt(editor.selection.active) });
}

async function pickSpeaker(services: Services): Promise<string | undefined> {
  const picks = (await services.engine.query('speakerPicks', {})) ?? [];
  if (picks.length === 0) {
    void vscode.window.showInformationMessage('Source Lens: no quoted speakers yet. Open an article or run "Analyze Workspace".');
    return undefined;
  }
  return (await vscode.window.showQuickPick<SpeakerPick & vscode.QuickPickItem>(picks, { title: "Show a speaker's quotes", matchOnDetail: true }))?.speakerId;
}
