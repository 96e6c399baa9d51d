import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runAnalyze } from '../../../src/cli/analyze';
import { runCompare } from '../../../src/cli/compare';
import { runInProcess } from './run';

const run = (args: string[]) => runInProcess(runAnalyze, args);
const TEXT = '"We are ready," the coach said.';

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

const ENCODED: Record<string, Buffer> = {
  'UTF-8 with a byte-order mark': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]),
  'UTF-16 LE with a byte-order mark': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
  'UTF-16 BE with a byte-order mark': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]),
};

describe('CLI text encodings', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'source-lens-encoding-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const plain = async (): Promise<{ quotes: { start: number; end: number; text: string }[] }> => {
    const file = path.join(folder, 'plain.txt');
    writeFileSync(file, TEXT);
    return JSON.parse((await run([file])).stdout);
  };

  for (const [name, bytes] of Object.entries(ENCODED)) {
    it(`reads ${name}, with offsets into the text after the mark`, async () => {
      const file = path.join(folder, 'article.txt');
      writeFileSync(file, bytes);
      const result = await run([file]);
      assert.equal(result.code, 0, result.stderr);
      const [quote] = JSON.parse(result.stdout).quotes;
      assert.equal(TEXT.slice(quote.start, quote.end), 'We are ready,');
      assert.deepEqual(quote, (await plain()).quotes[0]);
    });
  }

  it('names UTF-16 without a byte-order mark and UTF-32, instead of only "not valid UTF-8"', async () => {
    const unmarked = path.join(folder, 'unmarked.txt');
    const utf32 = path.join(folder, 'utf32.txt');
    writeFileSync(unmarked, Buffer.from(TEXT, 'utf16le'));
    writeFileSync(utf32, Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]));
    const result = await run([unmarked, utf32]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /unmarked\.txt: looks like UTF-16 without a byte-order mark; convert it to UTF-8/);
    assert.match(result.stderr, /utf32\.txt: UTF-32 text, which Source Lens does not read/);
    const jsonl = path.join(folder, 'unmarked.jsonl');
    writeFileSync(jsonl, Buffer.from(JSON.stringify({ id: 'a', text: TEXT }) + '\n', 'utf16le'));
    const records = await run(['--jsonl', jsonl]);
    assert.equal(records.code, 1);
    assert.match(records.stderr, /unmarked\.jsonl: looks like UTF-16 without a byte-order mark/);
  });

  it('names broken UTF-16 after its byte-order mark', async () => {
    const file = path.join(folder, 'broken.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi', 'utf16le'), Buffer.from([0x00, 0xd8])]));
    const result = await run([file]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /broken\.txt: not valid UTF-16LE text/);
  });

  it('reads a JSONL file with a UTF-8 or UTF-16 byte-order mark', async () => {
    const records = [JSON.stringify({ id: 'a', text: TEXT }), JSON.stringify({ id: 'b', text: 'He said the plan was dead.' })].join('\n') + '\n';
    const variants = {
      'utf8.jsonl': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(records)]),
      'utf16.jsonl': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(records, 'utf16le')]),
    };
    for (const [name, bytes] of Object.entries(variants)) {
      const input = path.join(folder, name);
      writeFileSync(input, bytes);
      const result = await run(['--jsonl', input]);
      assert.equal(result.code, 0, `${name}: ${result.stderr}`);
      assert.deepEqual(result.stdout.trim().split('\n').map((line) => JSON.parse(line).id), ['a', 'b']);
    }
  });

  it('writes an error line for each bad JSONL record, so output line k answers record k', async () => {
    const input = path.join(folder, 'in.jsonl');
    const output = path.join(folder, 'out.jsonl');
    const lines = [
      Buffer.from(JSON.stringify({ id: 1, text: TEXT })),
      Buffer.from([0x7b, 0xff, 0x7d]),
      Buffer.from('[1, 2]'),
      Buffer.from(JSON.stringify({ id: 4, text: 42 })),
      Buffer.from(''),
      Buffer.from(JSON.stringify({ id: 6, text: 'He said the plan was dead.' })),
    ];
    writeFileSync(input, Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')])));
    const result = await run(['--jsonl', input, '--out', output]);
    assert.equal(result.code, 1);
    const written = readFileSync(output, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(written.map((line) => [line.id, line.line ?? null, line.error ?? null]), [
      [1, null, null],
      [null, 2, 'not valid UTF-8'],
      [null, 3, 'expected {"id", "text"} with a string text'],
      [4, 4, 'expected {"id", "text"} with a string text'],
      [6, null, null],
    ]);
    assert.ok(Array.isArray(written[4].quotes));
    assert.match(result.stderr, /in\.jsonl:2: not valid UTF-8/);
  });

  it('reads UTF-16 articles in compare too', async () => {
    const file = path.join(folder, 'article.txt');
    writeFileSync(file, ENCODED['UTF-16 LE with a byte-order mark']);
    const result = await runInProcess(runCompare, [file, '--json']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).statements[0].reports[0].text, 'We are ready,');
  });
});
