import { strict as assert } from 'node:assert';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startCli } from './run';

/** Reads the CLI's stdout until `bytes` have come, closes the pipe as `| head -c` does, and waits for the end. */
async function readThenClose(args: string[], bytes: number): Promise<{ code: number | null; signal: string | null; stderr: string; read: number }> {
  const child = startCli(args);
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  let read = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    read += chunk.length;
    if (read >= bytes) child.stdout.destroy();
  });
  const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
  return { code, signal, stderr: Buffer.concat(stderr).toString('utf8'), read };
}

describe('CLI with a closed stdout (| head -c 100)', function () {
  this.timeout(120_000);
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'source-lens-pipe-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('ends quietly with exit 0 when the reader leaves during --jsonl output', async () => {
    const input = path.join(folder, 'big.jsonl');
    // Far more output than a pipe holds, so the run is still writing when the reader leaves.
    const records = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: `"Record ${i} is here," the clerk said.` }));
    writeFileSync(input, records.join('\n'));
    const result = await readThenClose(['analyze', '--jsonl', input], 100);
    assert.ok(result.read >= 100);
    assert.equal(result.stderr, '');
    assert.deepEqual([result.code, result.signal], [0, null]);
  });

  it('ends quietly with exit 0 when the reader leaves during per-file output', async () => {
    const files = Array.from({ length: 400 }, (_, i) => {
      const file = path.join(folder, `article-${i}.txt`);
      writeFileSync(file, `"Article ${i} is here," the clerk said. The mayor said the roads were clear.`);
      return file;
    });
    const result = await readThenClose(['analyze', ...files], 100);
    assert.equal(result.stderr, '');
    assert.deepEqual([result.code, result.signal], [0, null]);
  });
});
