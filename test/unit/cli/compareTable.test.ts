import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCompare } from '../../../src/cli/compare';
import { runInProcess } from './run';

// An invented article: a ministry's spokesperson and an unnamed resident are quoted.
const ARTICLE = [
  'The ministry announced a new river plan on Monday.',
  '“We will finish the work before the floods come back in spring,” said Anna Berg, a spokesperson for the ministry.',
  'Anna Berg added that the cost was within the budget.',
  '“Nobody asked the farmers what they think,” one resident told reporters.',
].join('\n\n');

describe('source-lens compare (table)', () => {
  let folder: string;
  before(() => (folder = mkdtempSync(path.join(tmpdir(), 'source-lens-compare-'))));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it("ends with each article's source balance, counted as the Source Balance view counts it", async () => {
    const file = path.join(folder, 'river.txt');
    writeFileSync(file, ARTICLE);
    const result = await runInProcess(runCompare, [file]);
    assert.equal(result.code, 0, result.stderr);
    const line = result.stdout.trim().split('\n').at(-1)!;
    assert.ok(line.startsWith(`  ${file}: Officials 2 / `), line);
    assert.match(line, /Anonymous sources 1 \/ 7/);
    assert.doesNotMatch(result.stdout, /by side/);
  });
});
