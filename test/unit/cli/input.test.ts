import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runAnalyze } from '../../../src/cli/analyze';
import { runCliProcess, runInProcess } from './run';

const run = (args: string[]) => runInProcess(runAnalyze, args);
const ARTICLE = 'The mayor said the roads were clear.';

describe('CLI inputs: regular files only, under a size limit', function () {
  this.timeout(120_000);
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'source-lens-input-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses a directory, a device and a FIFO with no writer at once, and still analyzes a good file', () => {
    const fifo = path.join(folder, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const good = path.join(folder, 'good.txt');
    writeFileSync(good, ARTICLE);
    for (const command of ['analyze', 'compare']) {
      const result = runCliProcess([command, folder, '/dev/zero', fifo, good]);
      assert.equal(result.hung, false, `${command} did not end: ${result.stderr}`);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /input-\w+: is a directory, not a text file/);
      assert.match(result.stderr, /\/dev\/zero: is a device, not a regular file/);
      assert.match(result.stderr, /pipe: is a named pipe \(FIFO\), not a regular file/);
      assert.match(result.stdout, command === 'analyze' ? /good\.txt/ : /1 articles/);
    }
  });

  it('refuses a FIFO as the --jsonl input', () => {
    const fifo = path.join(folder, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const result = runCliProcess(['analyze', '--jsonl', fifo]);
    assert.equal(result.hung, false);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /pipe: is a named pipe \(FIFO\), not a regular file/);
  });

  it('refuses a file over the limit, naming the limit and the flag that raises it', async () => {
    const file = path.join(folder, 'long.txt');
    writeFileSync(file, `${ARTICLE} `.repeat(60));
    const refused = await run(['--max-size=0.001', file]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /long\.txt: 2220 bytes is over the 0\.001 MB limit for an input file \(raise it with --max-size=MB\)/);
    assert.equal(refused.stdout, '');
    const raised = await run(['--max-size', '0.01', file]);
    assert.equal(raised.code, 0);
    assert.equal(JSON.parse(raised.stdout).file, file);
  });

  it('has a default limit of 64 MB, for --jsonl too', async () => {
    const file = path.join(folder, 'huge.jsonl');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 65_000_000);
    closeSync(fd);
    const result = await run(['--jsonl', file]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /huge\.jsonl: 65\.0 MB is over the 64 MB limit for an input file \(raise it with --max-size=MB\)/);
  });

  it('treats a --max-size that is not a positive number as a usage error', async () => {
    for (const size of ['0', '-1', 'lots']) {
      const result = await run([`--max-size=${size}`, 'any.txt']);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /--max-size expects a number of megabytes/);
    }
  });

  it('reports a symbolic link loop as such, not as a missing file', async () => {
    const loop = path.join(folder, 'loop.txt');
    symlinkSync(loop, loop);
    const result = await run([loop]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /loop\.txt: symbolic link loop/);
    assert.doesNotMatch(result.stderr, /no such file/);
  });

  it('reports a dangling link and a path through a file as missing files', async () => {
    symlinkSync(path.join(folder, 'gone.txt'), path.join(folder, 'dangling.txt'));
    mkdirSync(path.join(folder, 'sub'));
    writeFileSync(path.join(folder, 'sub', 'a.txt'), ARTICLE);
    const result = await run([path.join(folder, 'dangling.txt'), path.join(folder, 'sub', 'a.txt', 'b.txt')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /dangling\.txt: no such file\n/);
    assert.match(result.stderr, /b\.txt: no such file \(part of the path is not a folder\)/);
  });
});
