import * as vscode from 'vscode';
import type { HighlightSettings } from './model';
import { PALETTE_SIZE, speakerColorId } from '../shared/speakerPalette';

export interface DecorationSet {
  /** Per palette slot: a speaker's mentions, direct speech, indirect and mixed speech. */
  speaker: vscode.TextEditorDecorationType[];
  direct: vscode.TextEditorDecorationType[];
  indirect: vscode.TextEditorDecorationType[];
  unattributed: vscode.TextEditorDecorationType;
  cue: vscode.TextEditorDecorationType;
  role: vscode.TextEditorDecorationType;
  all: vscode.TextEditorDecorationType[];
}

const color = (id: string) => new vscode.ThemeColor(id);

export function createDecorationSet(settings: HighlightSettings): DecorationSet {
  const ruler = (id: string): vscode.DecorationRenderOptions =>
    settings.overviewRuler ? { overviewRulerColor: color(id), overviewRulerLane: vscode.OverviewRulerLane.Right } : {};
  const slots = [...Array(PALETTE_SIZE).keys()];
  const speaker = slots.map((slot) =>
    vscode.window.createTextEditorDecorationType({ color: color(speakerColorId(slot, 'foreground')), fontWeight: 'bold' }),
  );
  // Direct speech is shaded; indirect speech (the writer's words) only underlined, so the two never look alike.
  const direct = slots.map((slot) =>
    vscode.window.createTextEditorDecorationType({
      backgroundColor: color(speakerColorId(slot, 'quoteBackground')),
      borderColor: color(speakerColorId(slot, 'quoteBorder')),
      borderStyle: 'solid',
      borderWidth: '0 0 1px 0',
      ...ruler(speakerColorId(slot, 'foreground')),
    }),
  );
  const indirect = slots.map((slot) =>
    vscode.window.createTextEditorDecorationType({
      borderColor: color(speakerColorId(slot, 'foreground')),
      borderStyle: 'dashed',
      borderWidth: '0 0 1px 0',
      ...ruler(speakerColorId(slot, 'foreground')),
    }),
  );
  const unattributed = vscode.window.createTextEditorDecorationType({
    backgroundColor: color('sourceLens.unattributedQuote.background'),
    borderColor: color('sourceLens.unattributedQuote.border'),
    borderStyle: 'dotted',
    borderWidth: '0 0 2px 0',
    after: { contentText: '?', color: color('sourceLens.unattributedQuote.border'), fontWeight: 'bold', margin: '0 0 0 2px' },
    ...(settings.overviewRuler
      ? { overviewRulerColor: color('sourceLens.unattributedQuote.border'), overviewRulerLane: vscode.OverviewRulerLane.Left }
      : {}),
  });
  const cue = vscode.window.createTextEditorDecorationType({ color: color('sourceLens.cueVerb.foreground'), fontStyle: 'italic' });
  const role = vscode.window.createTextEditorDecorationType({
    color: color('sourceLens.role.foreground'),
    borderColor: color('sourceLens.role.border'),
    borderStyle: 'dotted',
    borderWidth: '0 0 1px 0',
  });
  return { speaker, direct, indirect, unattributed, cue, role, all: [...speaker, ...direct, ...indirect, unattributed, cue, role] };
}
