import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, setting, showSeed } from './support/sourceLens';

describe('Settings', () => {
  afterEach(async () => {
    await setting('maxFileSize', undefined);
    await setting('highlights.cueVerbs', undefined);
  });

  it('leaves a file over the size limit alone, says so in the status bar, and analyzes it on request', async () => {
    const editor = await showSeed('003_50467d28ef8d0e76.txt');
    const api = await activeApi();
    await setting('maxFileSize', 1);
    await api.whenIdle();
    assert.equal(await api.analysis(editor.document.uri), undefined, 'a 3.5 KB file was analyzed under a 1 KB limit');
    assert.match(api.statusBarText(), /Over the size limit/);
    await vscode.commands.executeCommand('sourceLens.analyzeFile');
    await api.whenIdle();
    assert.ok(await api.analysis(editor.document.uri), 'Analyze This File did not override the limit');
    assert.match(api.statusBarText(), /quotes?/);
  });

  it('says at once why a too-large file just opened is not analyzed', async () => {
    const api = await activeApi();
    await setting('maxFileSize', 1);
    const editor = await showSeed('000_a99b1a2a1513b8db.txt');
    await api.whenIdle();
    assert.equal(await api.analysis(editor.document.uri), undefined);
    assert.match(api.statusBarText(), /Over the size limit/);
  });

  it('hides cue verbs when their setting is off', async () => {
    const editor = await showSeed('002_86ced2f2eda6ba96.txt');
    const api = await activeApi();
    await api.whenIdle();
    assert.ok((api.highlights(editor.document.uri).cue ?? []).length > 0, 'no cue verbs painted to begin with');
    await setting('highlights.cueVerbs', false);
    assert.equal((api.highlights(editor.document.uri).cue ?? []).length, 0);
    assert.ok(Object.keys(api.highlights(editor.document.uri)).some((key) => key.startsWith('direct-')), 'quotations went too');
  });
});
