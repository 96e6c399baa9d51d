import { strict as assert } from 'node:assert';
import { AnalysisEngine } from '../../../src/extension/engine/analysisEngine';
import type { EngineRequest } from '../../../src/worker/protocol';
import { fakeLine, recordingHost, settle, UNANALYSABLE, type FakeLine } from './engineDoubles';

const diesOnAnalyzeOf = (key: string) => (request: EngineRequest) => request.kind === 'analyze' && request.key === key;

/** The files the engine's comparison covers, with the length of the text it holds for each. */
async function heldFiles(engine: AnalysisEngine): Promise<Record<string, number>> {
  const comparison = await engine.compare();
  assert.ok(comparison, 'the engine gave no comparison');
  return Object.fromEntries(Object.entries(comparison.balance).map(([file, counts]) => [file, counts.other ?? 0]));
}

function engineOver(worker: FakeLine, fallback = fakeLine()) {
  const host = recordingHost(worker, fallback);
  return { engine: new AnalysisEngine(host), host, fallback };
}

describe('analysis engine: a worker crash loses nothing', () => {
  it('gives the extension-host engine every article the worker held, not only the request in flight', async () => {
    const { engine, fallback } = engineOver(fakeLine(diesOnAnalyzeOf('d')));
    for (const key of ['a', 'b', 'c']) await engine.analyze(key, `text of ${key}`, 'background');
    const analysis = await engine.analyze('d', 'the text of d', 'visible');
    assert.ok(analysis, 'the request in flight when the worker died was not answered');
    assert.deepEqual(await heldFiles(engine), { a: 9, b: 9, c: 9, d: 13 });
    assert.equal(fallback.opened, 1);
  });

  it('runs a comparison that was in flight only once the articles are back', async () => {
    const { engine } = engineOver(fakeLine((request) => request.kind === 'compare'));
    await engine.analyze('a', 'text of a', 'background');
    await engine.analyze('b', 'text of b', 'visible');
    assert.deepEqual(await heldFiles(engine), { a: 9, b: 9 });
  });

  it('does not bring back a removed article, and keeps the last text an article was analyzed from', async () => {
    const { engine } = engineOver(fakeLine(diesOnAnalyzeOf('c')));
    await engine.analyze('a', 'text of a', 'background');
    await engine.analyze('b', 'text of b', 'background');
    await engine.remove('a');
    await engine.analyze('b', UNANALYSABLE, 'visible');
    await engine.analyze('c', 'text of c', 'visible');
    assert.deepEqual(await heldFiles(engine), { b: 9, c: 9 });
  });

  it('says in the log that the extension host took over, with how many articles, and when they are back', async () => {
    const { engine, host } = engineOver(fakeLine(diesOnAnalyzeOf('c')));
    await engine.analyze('a', 'text of a', 'background');
    await engine.analyze('b', 'text of b', 'background');
    await engine.analyze('c', 'text of c', 'visible');
    await settle(() => engine.busy);
    const warnings = host.logged.filter((entry) => entry.level === 'warn').map((entry) => entry.message);
    assert.equal(warnings.length, 1, `expected one warning, got ${JSON.stringify(warnings)}`);
    assert.match(warnings[0]!, /exit code 1.*extension host.*2 open and indexed articles/);
    assert.ok(host.logged.some((entry) => entry.level === 'info' && /2 re-analyzed/.test(entry.message)), JSON.stringify(host.logged));
  });

  it('takes over once when the dying worker reports its failure twice', async () => {
    const { engine, host, fallback } = engineOver(fakeLine(diesOnAnalyzeOf('b'), 2));
    await engine.analyze('a', 'text of a', 'background');
    await engine.analyze('b', 'text of b', 'visible');
    await settle(() => engine.busy);
    assert.equal(fallback.opened, 1);
    assert.equal(fallback.posted.filter((request) => request.kind === 'analyze' && request.key === 'a').length, 1);
    assert.equal(host.logged.filter((entry) => entry.level === 'warn').length, 1);
  });
});

describe('analysis engine: per-file order', () => {
  it('an urgent analyze queued after a remove of the same file is not undone by it', async () => {
    const worker = fakeLine();
    const { engine } = engineOver(worker);
    await engine.analyze('a', 'old text of a', 'background');
    worker.hold();
    const busyWith = engine.analyze('x', 'text of x', 'background');
    const removed = engine.remove('a');
    const reanalyzed = engine.analyze('a', 'new text of a', 'visible');
    worker.release();
    await Promise.all([busyWith, removed]);
    assert.ok(await reanalyzed, 'the re-analysis after the remove was dropped');
    assert.deepEqual(await heldFiles(engine), { a: 13, x: 9 });
  });

  it('a remove queued after an urgent analyze of the same file wins', async () => {
    const worker = fakeLine();
    const { engine } = engineOver(worker);
    worker.hold();
    const busyWith = engine.analyze('x', 'text of x', 'background');
    const analyzed = engine.analyze('a', 'text of a', 'visible');
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
    const { engine, fallback } = engineOver(worker);
    await engine.remove('never-analyzed');
    const empty = await engine.compare();
    assert.deepEqual(empty && { speakers: empty.speakers, statements: empty.statements }, { speakers: [], statements: [] });
    assert.equal(worker.opened, 0, 'a worker started before any article');
    await engine.analyze('a', 'text of a', 'visible');
    await engine.analyze('b', 'text of b', 'background');
    assert.deepEqual(await heldFiles(engine), { a: 9, b: 9 });
    assert.equal(worker.opened, 1);
    assert.equal(fallback.opened, 0);
  });

  it('starts nothing once disposed, and answers at once', async () => {
    const worker = fakeLine();
    const { engine } = engineOver(worker);
    engine.dispose();
    assert.equal(await engine.analyze('a', 'text of a', 'visible'), undefined);
    assert.equal(worker.opened, 0);
  });
});
