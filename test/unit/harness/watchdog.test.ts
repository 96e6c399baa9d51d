import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { progressFileOf, type SuiteReport } from '../../integration/runners/report';
import { logTails, waitForReport } from '../../integration/runners/watchdog';

const report: SuiteReport = { vscodeVersion: 'test', passed: 1, failed: 0, pending: 0, tests: [] };

describe('editor suite watchdog', () => {
  let folder: string;
  let reportFile: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-watchdog-'));
    reportFile = path.join(folder, 'report.json');
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('waits past the stall limit for a suite that keeps making progress, then reads its report', async () => {
    let step = 0;
    const suite = setInterval(() => {
      step += 1;
      if (step < 12) fs.writeFileSync(progressFileOf(reportFile), `${step} started: test ${step}`);
      else fs.writeFileSync(reportFile, JSON.stringify(report));
    }, 40);
    try {
      // Twelve steps of 40 ms take about 480 ms, four times the stall limit: only progress keeps the wait going.
      const outcome = await waitForReport(reportFile, { startupMs: 5_000, stallMs: 120 + 40 * 4 });
      assert.deepEqual(outcome, { report });
    } finally {
      clearInterval(suite);
    }
  });

  it('gives up on a suite whose progress stops, naming where it stood', async () => {
    fs.writeFileSync(progressFileOf(reportFile), '3 started: Hover shows roles');
    const outcome = await waitForReport(reportFile, { startupMs: 5_000, stallMs: 100 });
    assert.ok('stalled' in outcome);
    assert.match(outcome.stalled, /Hover shows roles/);
  });

  it('gives up on an editor in which no test ever starts', async () => {
    const outcome = await waitForReport(reportFile, { startupMs: 100, stallMs: 5_000 });
    assert.ok('stalled' in outcome);
    assert.match(outcome.stalled, /no test had started/);
  });

  it('prints the end of every log of a run, nested ones too', () => {
    fs.mkdirSync(path.join(folder, 'user-data', 'logs', 'exthost1'), { recursive: true });
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n');
    fs.writeFileSync(path.join(folder, 'server.log'), lines);
    fs.writeFileSync(path.join(folder, 'user-data', 'logs', 'exthost1', 'remoteexthost.log'), 'Activating source-lens failed');
    const tails = logTails(folder, 10);
    assert.match(tails, /server\.log/);
    assert.match(tails, /line 99/);
    assert.doesNotMatch(tails, /line 89\n/);
    assert.match(tails, /exthost1\/remoteexthost\.log[^\n]*\nActivating source-lens failed/);
  });
});
