import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runAnalyze } from '../../src/cli/analyze';
import { runInProcess } from './cli/run';

const run = (args: string[]) => runInProcess(runAnalyze, args);

describe('analyze command', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'source-lens-cli-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reports stances only with --attitudes', async () => {
    const input = path.join(folder, 'in.jsonl');
    writeFileSync(input, JSON.stringify({ id: 'a', text: 'The union wants to reopen the contract talks.' }) + '\n');
    const plain = await run(['--jsonl', input]);
    const wide = await run(['--jsonl', input, '--attitudes']);
    assert.equal(plain.code, 0);
    assert.equal(wide.code, 0);
    assert.equal((JSON.parse(plain.stdout) as { quotes: unknown[] }).quotes.length, 0);
    assert.equal((JSON.parse(wide.stdout) as { quotes: unknown[] }).quotes.length, 1);
  });

  it('prints one analysis per file', async () => {
    const file = path.join(folder, 'a.txt');
    writeFileSync(file, '"We are ready," the coach said.');
    const result = await run([file]);
    assert.equal(result.code, 0);
    const analysis = JSON.parse(result.stdout);
    assert.equal(analysis.file, file);
    assert.equal(analysis.quotes[0].text, 'We are ready,');
  });

  it('names a missing file, a directory and invalid UTF-8, and still analyzes the rest', async () => {
    const good = path.join(folder, 'good.txt');
    const bad = path.join(folder, 'bad.txt');
    writeFileSync(good, 'The mayor said the roads were clear.');
    writeFileSync(bad, Buffer.from([0x48, 0xff, 0xfe, 0x69]));
    const result = await run([path.join(folder, 'missing.txt'), folder, bad, good]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /missing\.txt: no such file/);
    assert.match(result.stderr, /is a directory/);
    assert.match(result.stderr, /bad\.txt: not valid UTF-8/);
    assert.equal(result.stdout.trim().split('\n').length, 1);
  });

  it('writes one line per JSONL record, an error line for a bad one, and reports bad lines by number', async () => {
    const input = path.join(folder, 'in.jsonl');
    const output = path.join(folder, 'out.jsonl');
    writeFileSync(input, ['{"id":"a","text":"He said the plan was dead."}', 'not json', '{"id":"b"}', '{"id":"c","text":"\\"Go,\\" she said."}'].join('\n'));
    const result = await run(['--jsonl', input, '--out', output]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /in\.jsonl:2: not valid JSON/);
    assert.match(result.stderr, /in\.jsonl:3: expected/);
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(lines.map((line) => line.id), ['a', null, 'b', 'c']);
    assert.deepEqual(lines.slice(1, 3).map((line) => [line.line, line.error]), [[2, 'not valid JSON'], [3, 'expected {"id", "text"} with a string text']]);
    const quote = lines[0].quotes[0];
    assert.deepEqual(Object.keys(quote).slice(0, 7), ['start', 'end', 'type', 'speaker', 'speakerSpans', 'cue', 'cueSpans']);
    assert.equal(quote.cue, 'said');
    assert.ok(Array.isArray(lines[0].speakers));
  });

  it('gives one prediction per attribution with --attribution-units', async () => {
    const input = path.join(folder, 'in.jsonl');
    writeFileSync(input, JSON.stringify({ id: 'a', text: '"We lost," the coach said, "but we learned a lot."' }) + '\n');
    const parts = JSON.parse((await run(['--jsonl', input])).stdout).quotes;
    const units = JSON.parse((await run(['--jsonl', input, '--attribution-units'])).stdout).quotes;
    assert.equal(parts.length, 2);
    assert.equal(units.length, 1);
    assert.equal(units[0].start, parts[0].start);
    assert.equal(units[0].end, parts[1].end);
  });

  it('keeps the complementizer in attribution units only', async () => {
    const input = path.join(folder, 'in.jsonl');
    const text = 'The coach said that the team was tired.';
    writeFileSync(input, JSON.stringify({ id: 'a', text }) + '\n');
    const [plain] = JSON.parse((await run(['--jsonl', input])).stdout).quotes;
    const [unit] = JSON.parse((await run(['--jsonl', input, '--attribution-units'])).stdout).quotes;
    assert.equal(text.slice(plain.start, plain.end), 'the team was tired');
    assert.equal(text.slice(unit.start, unit.end), 'that the team was tired');
  });

  it('treats an empty JSONL input as an error and bad arguments as usage errors', async () => {
    const empty = path.join(folder, 'empty.jsonl');
    writeFileSync(empty, '');
    const result = await run(['--jsonl', empty]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /no records/);
    assert.equal((await run([])).code, 2);
    assert.equal((await run(['--jsonl'])).code, 2);
    assert.equal((await run(['--jsonl', empty, '--bogus'])).code, 2);
  });
});
