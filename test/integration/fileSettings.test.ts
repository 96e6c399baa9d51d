// Issue 13 in the real editor: the size limit is kilobytes of file, and a pattern added to `include` is watched.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../src/extension/api';
import { activeApi, seedUri, setting, showSeed, sleep } from './support/sourceLens';

/** 2,037 UTF-16 units but 2,077 bytes: typographic quotes and dashes take three bytes each in the file. */
const MULTIBYTE_SEED = '004_1160814364ef8c10.txt';
const SMALL_SEED = '002_86ced2f2eda6ba96.txt';

async function speakerNames(api: SourceLensApi): Promise<string[]> {
  return ((await api.speakersTree.getChildren()) ?? []).map((node) => (node.kind === 'speaker' ? node.speaker.name : ''));
}

describe('File settings', () => {
  afterEach(async () => {
    await setting('maxFileSize', undefined);
    await setting('include', undefined);
  });

  it('measures maxFileSize in bytes of the file for an open document', async () => {
    const bytes = await vscode.workspace.fs.readFile(seedUri(MULTIBYTE_SEED));
    const units = new TextDecoder().decode(bytes).length;
    assert.ok(units <= 2048 && bytes.length > 2048, `the seed no longer straddles 2 KB (${units} units, ${bytes.length} bytes)`);
    await showSeed(SMALL_SEED);
    const api = await activeApi();
    await setting('maxFileSize', 2);
    const editor = await showSeed(MULTIBYTE_SEED);
    await api.whenIdle();
    assert.equal(await api.analysis(editor.document.uri), undefined, 'a 2,077-byte document was analyzed under a 2 KB limit');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('measures maxFileSize in bytes of the file for a file indexed from disk', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const file = vscode.Uri.joinPath(folder, `zz-size-test-${Date.now()}.txt`);
    await vscode.workspace.fs.writeFile(file, await vscode.workspace.fs.readFile(seedUri(MULTIBYTE_SEED)));
    try {
      const small = await showSeed(SMALL_SEED);
      const api = await activeApi();
      await setting('maxFileSize', 2);
      await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
      await api.whenIdle();
      assert.ok(await api.analysis(small.document.uri), 'a 1,959-byte article was not analyzed under a 2 KB limit');
      assert.equal(await api.analysis(file), undefined, 'a 2,077-byte file was indexed under a 2 KB limit');
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });

  it('watches files of a pattern added to include', async () => {
    const article = [
      'The harbour board met on Thursday to decide the future of the old ferry pier, closed since the winter storms.',
      '“We owe the town a pier it can use again, and we will build it,” said Marguerite Holloway, who chairs the board.',
      'Repairs are expected to start in the spring, according to a notice published by the council on its website.',
      'Fishermen who moor at the pier said they had waited long enough, and the board promised a timetable by the summer.',
    ].join('\n\n');
    await showSeed(SMALL_SEED);
    const api = await activeApi();
    await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
    await api.whenIdle();
    await setting('include', ['**/*.article', '**/*.txt', '**/*.md', '**/*.news']);
    await api.whenIdle();
    const file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, `zz-include-test-${Date.now()}.news`);
    try {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(article));
      const deadline = Date.now() + 20_000;
      while (!(await speakerNames(api)).some((name) => /Holloway/.test(name))) {
        assert.ok(Date.now() < deadline, 'a file of a newly included pattern was not picked up when it was created');
        await sleep(250);
        await api.whenIdle();
      }
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });
});
