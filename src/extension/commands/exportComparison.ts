import * as vscode from 'vscode';
import { comparisonOf } from '../engine/comparison';
import type { Services } from '../services';
import { labelFor } from '../workspace/vscodeWorkspace';
import { comparisonToJson, comparisonToMarkdown } from './exportFormats';

type Format = 'markdown' | 'json';

/**
 * Writes the workspace comparison as Markdown or JSON to the file the user picks in the save dialog
 * (tests pass the format and target). Nothing is written anywhere else.
 */
export async function exportComparison(services: Services, format?: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
  const chosenFormat = isFormat(format) ? format : await pickFormat();
  if (!chosenFormat) return undefined;
  const uri =
    target instanceof vscode.Uri
      ? target
      : await vscode.window.showSaveDialog({
          title: 'Export Source Lens comparison',
          saveLabel: 'Export',
          defaultUri: defaultTarget(chosenFormat),
          filters: chosenFormat === 'json' ? { JSON: ['json'] } : { Markdown: ['md'] },
        });
  if (!uri) return undefined;
  const label = (file: string) => labelFor(vscode.Uri.parse(file));
  const comparison = await comparisonOf(services.engine);
  const balances = await services.balance.balances();
  const content = chosenFormat === 'json' ? comparisonToJson(comparison, label, balances) : comparisonToMarkdown(comparison, label, balances);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return uri;
}

async function pickFormat(): Promise<Format | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: 'Markdown', description: 'a readable report with one table per statement', format: 'markdown' as const },
      { label: 'JSON', description: 'speakers and statements, as `source-lens compare --json` prints them', format: 'json' as const },
    ],
    { title: 'Export comparison as' },
  );
  return choice?.format;
}

function defaultTarget(format: Format): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, format === 'json' ? 'source-lens-comparison.json' : 'source-lens-comparison.md');
}

function isFormat(value: unknown): value is Format {
  return value === 'markdown' || value === 'json';
}
