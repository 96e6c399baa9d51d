import * as vscode from 'vscode';

type Mode = 'files' | 'folder';

/** Opens the sample articles shipped in the extension, so a new user sees Source Lens work at once. */
export async function openSamples(extensionUri: vscode.Uri, mode?: unknown): Promise<vscode.TextDocument[]> {
  const seeds = vscode.Uri.joinPath(extensionUri, 'seeds');
  const chosen = mode === 'files' || mode === 'folder' ? mode : await pickMode();
  if (chosen === 'folder') {
    await vscode.commands.executeCommand('vscode.openFolder', seeds, { forceNewWindow: true });
    return [];
  }
  if (chosen !== 'files') return [];
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(seeds);
  } catch {
    // A web extension's own files are served over HTTP, which the file-system API cannot list.
    void vscode.window.showWarningMessage('Source Lens: the sample articles cannot be listed in this editor; open the extension folder\'s seeds/ directly.');
    return [];
  }
  const articles = entries
    .filter(([name, type]) => type === vscode.FileType.File && /\.(txt|md|article)$/.test(name))
    .map(([name]) => name)
    .sort();
  const documents: vscode.TextDocument[] = [];
  for (const [position, name] of articles.entries()) {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(seeds, name));
    await vscode.window.showTextDocument(document, { preview: false, preserveFocus: position > 0 });
    documents.push(document);
  }
  return documents;
}

async function pickMode(): Promise<Mode | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: '$(folder-opened) Open the sample folder', description: 'in a new window: the sidebar compares all five articles', mode: 'folder' as const },
      { label: '$(files) Open the sample articles here', description: 'as editors in this window', mode: 'files' as const },
    ],
    { title: 'Open Sample Articles' },
  );
  return choice?.mode;
}
