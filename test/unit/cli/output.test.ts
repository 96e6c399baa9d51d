import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, lstatSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runAnalyze } from '../../../src/cli/analyze';
import { runInProcess } from './run';

const run = (args: string[]) => runInProcess(runAnalyze, args);
const RECORD = JSON.stringify({ id: 'a', text: '"We are ready," the coach said.' }) + '\n';

describe('analyze --out: nothing lost', () => {
  let folder: string;
  let input: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'source-lens-out-'));
    input = path.join(folder, 'in.jsonl');
    writeFileSync(input, RECORD);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const names: Record<string, () => string> = {
    'the same path': () => input,
    'the same file by another path': () => path.join(folder, '.', '..', path.basename(folder), 'in.jsonl'),
    'a symbolic link to it': () => {
      symlinkSync(input, path.join(folder, 'link.jsonl'));
      return path.join(folder, 'link.jsonl');
    },
    'a hard link to it': () => {
      linkSync(input, path.join(folder, 'hard.jsonl'));
      return path.join(folder, 'hard.jsonl');
    },
  };
  for (const [name, outputName] of Object.entries(names)) {
    it(`refuses an --out that is the input: ${name}`, async () => {
      const output = outputName();
      const result = await run(['--jsonl', input, '--out', output]);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /is the input file .*choose another --out/);
      assert.equal(readFileSync(input, 'utf8'), RECORD);
      assert.equal(readdirSync(folder).filter((file) => file.endsWith('.tmp')).length, 0);
    });
  }

  it('leaves an existing --out untouched when no record is valid', async () => {
    const output = path.join(folder, 'out.jsonl');
    writeFileSync(output, 'earlier predictions\n');
    writeFileSync(input, 'not json\n{"id": "b"}\n');
    const result = await run(['--jsonl', input, '--out', output]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /out\.jsonl: left unchanged, since no record was valid/);
    assert.equal(readFileSync(output, 'utf8'), 'earlier predictions\n');
    assert.deepEqual(readdirSync(folder).sort(), ['in.jsonl', 'out.jsonl']);
  });

  it('leaves an existing --out untouched when the input has no records', async () => {
    const output = path.join(folder, 'out.jsonl');
    writeFileSync(output, 'earlier predictions\n');
    writeFileSync(input, '\n\n');
    assert.equal((await run(['--jsonl', input, '--out', output])).code, 1);
    assert.equal(readFileSync(output, 'utf8'), 'earlier predictions\n');
  });

  it('puts a finished --out in place by renaming a new file, keeping its mode', async () => {
    const output = path.join(folder, 'out.jsonl');
    writeFileSync(output, 'earlier predictions\n');
    chmodSync(output, 0o640);
    const before = statSync(output);
    const result = await run(['--jsonl', input, '--out', output]);
    assert.equal(result.code, 0);
    const after = statSync(output);
    assert.notEqual(after.ino, before.ino, 'written in place, not renamed onto the target');
    assert.equal(after.mode & 0o777, 0o640);
    assert.equal(JSON.parse(readFileSync(output, 'utf8')).id, 'a');
    assert.deepEqual(readdirSync(folder).sort(), ['in.jsonl', 'out.jsonl']);
  });

  it('writes through an --out that is a symbolic link, which stays a link', async () => {
    const real = path.join(folder, 'real.jsonl');
    const link = path.join(folder, 'link.jsonl');
    writeFileSync(real, 'earlier predictions\n');
    symlinkSync(real, link);
    assert.equal((await run(['--jsonl', input, '--out', link])).code, 0);
    assert.equal(JSON.parse(readFileSync(real, 'utf8')).id, 'a');
    assert.equal(readFileSync(link, 'utf8'), readFileSync(real, 'utf8'));
  });

  it('names an --out in a folder that does not exist, and leaves nothing behind', async () => {
    const result = await run(['--jsonl', input, '--out', path.join(folder, 'missing', 'out.jsonl')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /out\.jsonl: cannot be written \(ENOENT\)/);
  });

  it('refuses an --out that is a directory, and leaves nothing in it', async () => {
    const output = path.join(folder, 'predictions');
    mkdirSync(output);
    const result = await run(['--jsonl', input, '--out', output]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /predictions: is a directory; --out needs a file name/);
    assert.deepEqual(readdirSync(output), []);
  });

  it('writes into an --out that is a FIFO, which stays a FIFO (renaming onto it would replace it)', async () => {
    const fifo = path.join(folder, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    const received: Buffer[] = [];
    reader.stdout.on('data', (chunk: Buffer) => received.push(chunk));
    const closed = once(reader, 'close');
    let result;
    try {
      result = await run(['--jsonl', input, '--out', fifo]);
    } finally {
      if (!lstatSync(fifo).isFIFO()) reader.kill();
    }
    await closed;
    assert.equal(result.code, 0, result.stderr);
    assert.ok(lstatSync(fifo).isFIFO());
    assert.equal(JSON.parse(Buffer.concat(received).toString('utf8')).id, 'a');
  });
});
