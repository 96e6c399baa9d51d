import { strict as assert } from 'node:assert';
import { AnalysisEngine, type Urgency } from '../../../src/extension/engine/analysisEngine';
import { comparisonOf } from '../../../src/extension/engine/comparison';
import type { EngineRequest } from '../../../src/worker/protocol';
import { FakeDocuments, fakeLine, recordingHost, settle, UNANALYSABLE, type FakeLine } from './engineDoubles';

const diesOnAnalyzeOf = (key: string) => (request: EngineRequest) => request.kind === 'analyze' && request.key === key;

/** The files the engine's comparison covers, with the length of the text it holds for each. */
async function heldFiles(engine: AnalysisEngine): Promise<Record<string, number>> {
  await engine.regroup();
  const comparison = await comparisonOf(engine);
  return Object.fromEntries(Object.entries(comparison.balance).map(([file, counts]) => [file, counts.other ?? 0]));
}

function engineOver(worker: FakeLine, fallback = fakeLine()) {
  const host = recordingHost(worker, fallback);
  const documents = new FakeDocuments();
  const engine = new AnalysisEngine(host, documents);
  let revision = 0;
  /** Puts `text` in the document `key`, as an edit would, and has the engine analyze it. */
  const analyze = (key: string, text: string, urgency: Urgency) => {
    documents.texts.set(key, text);
    return engine.analyze(key, text, ++revision, key, urgency);
  };
  return { engine, host, fallback, documents, analyze };
}

describe('analysis engine: a worker crash loses nothing', () => {
  it('gives the extension-host engine every article the worker held, not only the request in flight', async () => {
    const { engine, fallback, analyze } = engineOver(fakeLine(diesOnAnalyzeOf('d')));
    for (const key of ['a', 'b', 'c']) await analyze(key, `text of ${key}`, 'background');
    const analysis = await analyze('d', 'the text of d', 'visible');
    assert.ok(analysis, 'the request in flight when the worker died was not answered');
    assert.deepEqual(await heldFiles(engine), { a: 9, b: 9, c: 9, d: 13 });
    assert.equal(fallback.opened, 1);
  });

  it('runs a comparison that was in flight only once the articles are back', async () => {
    const { engine, analyze } = engineOver(fakeLine((request) => request.kind === 'regroup'));
    await analyze('a', 'text of a', 'background');
    await analyze('b', 'text of b', 'visible');
    assert.deepEqual(await heldFiles(engine), { a: 9, b: 9 });
  });

  it('does not bring back a removed article, and keeps an article whose newer text failed', async () => {
    const { engine, analyze } = engineOver(fakeLine(diesOnAnalyzeOf('c')));
    await analyze('a', 'text of a', 'background');
    await analyze('b', 'text of b', 'background');
    await engine.remove('a');
    await analyze('b', UNANALYSABLE, 'visible');
    await analyze('c', 'text of c', 'visible');
    assert.deepEqual(await heldFiles(engine), { c: 9 }, 'b is given again as its document reads now, which the analyzer refuses');
  });

  it('gives the fresh engine each article as its document reads now, not as the worker last had it', async () => {
    const { engine, analyze, documents } = engineOver(fakeLine(diesOnAnalyzeOf('c')));
    await analyze('a', 'text of a', 'background');
    documents.texts.set('a', 'text of a, edited since');
    await analyze('c', 'text of c', 'visible');
    assert.deepEqual(await heldFiles(engine), { a: 23, c: 9 });
  });

  it('gives nothing to the fresh engine before every article is read again', async () => {
    const { engine, analyze, documents, fallback } = engineOver(fakeLine(diesOnAnalyzeOf('b')));
    await analyze('a', 'text of a', 'background');
    let release: () => void = () => undefined;
    const reread = documents.reread;
    documents.reread = (key) => new Promise((resolve) => (release = () => resolve(reread(key))));
    const answered = analyze('b', 'text of b', 'visible');
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(fallback.posted.length, 0, 'the fresh engine was asked before it held the workspace again');
    assert.ok(engine.busy, 'the engine said it was idle while it read the articles again');
    release();
    assert.ok(await answered);
    assert.deepEqual(fallback.posted.map((request) => request.kind === 'analyze' && request.key), ['a', 'b']);
  });

  it('says in the log that the extension host took over, with how many articles, and when they are back', async () => {
    const { engine, host, analyze } = engineOver(fakeLine(diesOnAnalyzeOf('c')));
    await analyze('a', 'text of a', 'background');
    await analyze('b', 'text of b', 'background');
    await analyze('c', 'text of c', 'visible');
    await settle(() => engine.busy);
    const warnings = host.logged.filter((entry) => entry.level === 'warn').map((entry) => entry.message);
    assert.equal(warnings.length, 1, `expected one warning, got ${JSON.stringify(warnings)}`);
    assert.match(warnings[0]!, /exit code 1.*extension host.*2 open and indexed articles/);
    assert.ok(host.logged.some((entry) => entry.level === 'info' && /2 re-analyzed/.test(entry.message)), JSON.stringify(host.logged));
  });

  it('takes over once when the dying worker reports its failure twice', async () => {
    const { engine, host, fallback, analyze } = engineOver(fakeLine(diesOnAnalyzeOf('b'), 2));
    await analyze('a', 'text of a', 'background');
    await analyze('b', 'text of b', 'visible');
    await settle(() => engine.busy);
    assert.equal(fallback.opened, 1);
    assert.equal(fallback.posted.filter((request) => request.kind === 'analyze' && request.key === 'a').length, 1);
    assert.equal(host.logged.filter((entry) => entry.level === 'warn').length, 1);
  });
});

describe('analysis engine: per-file order', () => {
  it('an urgent analyze queued after a remove of the same file is not undone by it', async () => {
    const worker = fakeLine();
    const { engine, analyze } = engineOver(worker);
    await analyze('a', 'old text of a', 'background');
    worker.hold();
    const busyWith = analyze('x', 'text of x', 'background');
    const removed = engine.remove('a');
    const reanalyzed = analyze('a', 'new text of a', 'visible');
    worker.release();
    await Promise.all([busyWith, removed]);
    assert.ok(await reanalyzed, 'the re-analysis after the remove was dropped');
    assert.deepEqual(await heldFiles(engine), { a: 13, x: 9 });
  });

  it('a remove queued after an urgent analyze of the same file wins', async () => {
    const worker = fakeLine();
    const { engine, analyze } = engineOver(worker);
    worker.hold();
    const busyWith = analyze('x', 'text of x', 'background');
    const analyzed = analyze('a', 'text of a', 'visible');
    const removed = engine.remove('a');
    worker.release();
    await Promise.all([busyWith, removed]);
    assert.equal(await analyzed, undefined, 'an analysis of a removed file was handed out');
    assert.deepEqual(await heldFiles(engine), { x: 9 });
  });
});

describe('analysis engine: the worker starts with the first article', () => {
  it('opens no worker until an article is analyzed, and then exactly one', async () => {
    const worker = fakeLine();
    const { engine, fallback, analyze } = engineOver(worker);
    await engine.remove('never-analyzed');
    assert.equal(await engine.regroup(), false);
    assert.equal(await engine.query('comparison', {}), undefined, 'an engine that holds nothing was asked');
    assert.equal(worker.opened, 0, 'a worker started before any article');
    await analyze('a', 'text of a', 'visible');
    await analyze('b', 'text of b', 'background');
    assert.deepEqual(await heldFiles(engine), { a: 9, b: 9 });
    assert.equal(worker.opened, 1);
    assert.equal(fallback.opened, 0);
  });

  it('starts nothing once disposed, and answers at once', async () => {
    const worker = fakeLine();
    const { engine, analyze } = engineOver(worker);
    engine.dispose();
    assert.equal(await analyze('a', 'text of a', 'visible'), undefined);
    assert.equal(worker.opened, 0);
  });
});
