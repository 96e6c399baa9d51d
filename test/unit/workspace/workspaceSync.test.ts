import { strict as assert } from 'node:assert';
import type { EngineRequest } from '../../../src/worker/protocol';
import { fakeLine } from '../extension/engineDoubles';
import { article, idle, syncOver } from './syncHarness';
import { FakeSettings, FakeUri, FakeWorkspace } from './workspaceDoubles';

// Invented texts: the fake engine keeps texts, not analyses, so any words will do.
const TEXT_A = 'The harbour master said the pier would open in May.';
const TEXT_B = 'A ferry captain told reporters the crossing was calm.';

const analyzesOf = (key: string) => (request: EngineRequest) => request.kind === 'analyze' && request.key === key;

describe('workspace sync: documents', () => {
  it('analyzes an article when it is shown and records the version it was analyzed at', async () => {
    const { workspace, index, sync, held } = syncOver();
    const document = workspace.open(article('/ws/a.txt', TEXT_A));
    await idle(sync);
    assert.equal(index.get(document.uri.toString())?.version, 1);
    assert.equal(held('/ws/a.txt'), TEXT_A);
  });

  it('stores no result for a text that was edited while it was analyzed, and stores the newer one', async () => {
    const { worker, workspace, index, sync, held } = syncOver();
    worker.hold();
    const document = workspace.open(article('/ws/a.txt', TEXT_A));
    await new Promise((resolve) => setTimeout(resolve, 0));
    workspace.type(document, TEXT_B);
    worker.release();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(index.get(document.uri.toString()), undefined, 'the result for the old text was stored');
    await idle(sync);
    assert.equal(index.get(document.uri.toString())?.version, 2);
    assert.equal(held('/ws/a.txt'), TEXT_B);
  });

  it('sends one analysis for a burst of edits, and a newer analysis replaces one still waiting', async () => {
    const { worker, workspace, sync } = syncOver();
    const document = workspace.open(article('/ws/a.txt', TEXT_A));
    await idle(sync);
    // Another article's analysis holds the engine, so the edited one waits in the queue.
    worker.hold();
    workspace.open(article('/ws/x.txt', TEXT_B));
    for (const n of [1, 2, 3]) workspace.type(document, `${TEXT_B} ${n}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    void sync.analyzeNow(document);
    worker.release();
    await idle(sync);
    const texts = worker.posted.filter(analyzesOf(document.uri.toString())).map((request) => request.kind === 'analyze' && request.text);
    assert.deepEqual(texts, [TEXT_A, `${TEXT_B} 3`]);
  });

  it('starts no engine for a window of Markdown READMEs', async () => {
    const settings = new FakeSettings();
    settings.detectArticles = true;
    const { worker, fallback, workspace, sync, engine } = syncOver({ settings });
    const readme = workspace.open(article('/ws/README.md', '# Tools\n\n- `npm test` runs the tests\n- `npm run build` builds\n', 'markdown'));
    await idle(sync);
    // A hover on it and the sidebar's views ask; nothing is there to answer, and nothing starts to.
    assert.equal(await sync.articleFor(readme, 'lookup'), undefined);
    assert.equal(await engine.query('speakers', {}), undefined);
    assert.equal(await engine.regroup(), false);
    assert.equal(worker.opened + fallback.opened, 0, 'an engine started for a README');
    assert.equal(sync.skipOf(readme.uri)?.reason, 'not-an-article');
    assert.equal(workspace.listings, 0, 'the workspace was indexed for a README');
  });
});

describe('workspace sync: a hover only reads', () => {
  it('analyzes the document for itself but never indexes the workspace or switches its language', async () => {
    const settings = new FakeSettings();
    settings.switchToArticleLanguage = true;
    const { workspace, sync } = syncOver({ settings });
    workspace.files.set('/ws/other.txt', TEXT_B);
    const hovered = workspace.open(article('/ws/a.txt', TEXT_A), false);
    assert.ok(await sync.articleFor(hovered, 'lookup'), 'the hover found no article');
    await idle(sync);
    assert.equal(workspace.listings, 0, 'a hover started workspace indexing');
    assert.deepEqual(workspace.languageSwitches, [], 'a hover switched the language mode');
    assert.equal(hovered.languageId, 'plaintext');
    // The same document shown: now it counts as read.
    workspace.open(article('/ws/b.txt', TEXT_B));
    await idle(sync);
    assert.equal(workspace.listings, 1);
    assert.equal(workspace.languageSwitches.length, 1);
  });
});

describe('workspace sync: files and settings', () => {
  it('follows the watcher: a created file is indexed, a changed one read again, a deleted one dropped', async () => {
    const { workspace, index, sync, held } = syncOver();
    workspace.open(article('/ws/a.txt', TEXT_A));
    await idle(sync);
    const uri = FakeUri.file('/ws/new.txt');
    workspace.files.set('/ws/new.txt', TEXT_B);
    workspace.watcher!.created.fire(uri);
    await idle(sync);
    assert.equal(held('/ws/new.txt'), TEXT_B);
    assert.equal(index.get(uri.toString())?.version, undefined, 'a file read from disk has no document version');
    workspace.files.set('/ws/new.txt', `${TEXT_B} Again.`);
    workspace.watcher!.changed.fire(uri);
    await idle(sync);
    assert.equal(held('/ws/new.txt'), `${TEXT_B} Again.`);
    workspace.files.delete('/ws/new.txt');
    workspace.watcher!.deleted.fire(uri);
    await idle(sync);
    assert.equal(index.get(uri.toString()), undefined);
    assert.equal(held('/ws/new.txt'), undefined, 'the engine still holds a deleted file');
  });

  it('indexes again when include or exclude change, and watches the new include globs', async () => {
    const { workspace, settings, index, sync } = syncOver();
    workspace.files.set('/ws/b.txt', TEXT_B);
    workspace.files.set('/ws/c.txt', TEXT_B);
    workspace.open(article('/ws/a.txt', TEXT_A));
    await idle(sync);
    assert.ok(index.get(FakeUri.file('/ws/c.txt').toString()));
    settings.change({ exclude: ['**/c.txt'], include: ['**/*.txt'] });
    await idle(sync);
    assert.equal(index.get(FakeUri.file('/ws/c.txt').toString()), undefined, 'an excluded file stayed indexed');
    assert.ok(index.get(FakeUri.file('/ws/b.txt').toString()));
    assert.equal(workspace.listings, 2);
    assert.equal(workspace.watcher?.glob, '**/*.txt');
    assert.equal(workspace.watchers.filter((watcher) => !watcher.disposed).length, 1);
  });

  it('with indexWorkspace set to manual, indexes only when asked', async () => {
    const settings = new FakeSettings();
    settings.indexWorkspaceAutomatically = false;
    const { workspace, index, sync } = syncOver({ settings });
    workspace.files.set('/ws/b.txt', TEXT_B);
    workspace.open(article('/ws/a.txt', TEXT_A));
    await idle(sync);
    assert.equal(workspace.listings, 0);
    await sync.indexWorkspace();
    await idle(sync);
    assert.ok(index.get(FakeUri.file('/ws/b.txt').toString()));
  });
});

describe('workspace sync: the worker dies', () => {
  it('the extension host engine is given every article again, read from its document or its file', async () => {
    const worker = fakeLine(analyzesOf(FakeUri.file('/ws/c.txt').toString()));
    const workspace = new FakeWorkspace();
    const { fallback, sync, held, index } = syncOver({ worker, workspace });
    workspace.files.set('/ws/b.txt', TEXT_B);
    const a = workspace.open(article('/ws/a.txt', TEXT_A));
    await idle(sync);
    assert.equal(held('/ws/b.txt'), TEXT_B);
    workspace.open(article('/ws/c.txt', 'The third article.'));
    await idle(sync);
    assert.equal(held('/ws/a.txt', fallback), TEXT_A);
    assert.equal(held('/ws/b.txt', fallback), TEXT_B);
    assert.equal(held('/ws/c.txt', fallback), 'The third article.');
    // Answers about a re-read article carry the revision the index knows it by, so its highlights still match.
    const revision = fallback.engine.texts.get(a.uri.toString())?.revision;
    assert.equal(revision, index.get(a.uri.toString())?.revision);
  });

  it('a file that changed on disk since it was analyzed is given again, but under no revision the index holds', async () => {
    const worker = fakeLine(analyzesOf(FakeUri.file('/ws/c.txt').toString()));
    const { workspace, fallback, sync, index } = syncOver({ worker });
    workspace.files.set('/ws/b.txt', TEXT_B);
    workspace.open(article('/ws/a.txt', TEXT_A));
    await idle(sync);
    workspace.files.set('/ws/b.txt', 'Changed on disk, no watcher event yet.');
    workspace.open(article('/ws/c.txt', 'The third article.'));
    await idle(sync);
    const key = FakeUri.file('/ws/b.txt').toString();
    assert.equal(fallback.engine.texts.get(key)?.text, 'Changed on disk, no watcher event yet.');
    assert.notEqual(fallback.engine.texts.get(key)?.revision, index.get(key)?.revision);
  });
});
