// The extensionTestsPath entry: VS Code loads this bundle in the extension host and awaits run().
// It runs every bundled *.test.js beside it and writes a SuiteReport for the runner outside the editor.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { patient } from '../../scripts/lib/patience';
import { progressFileOf, reportFileVariable, testGrepVariable, type SuiteReport, type TestOutcome } from './runners/report';

export async function run(): Promise<void> {
  const report = await runSuite();
  const reportFile = process.env[reportFileVariable];
  if (reportFile) {
    // Renamed into place so the runner, which polls for the file, never reads half of it.
    fs.writeFileSync(`${reportFile}.partial`, JSON.stringify(report, null, 2));
    fs.renameSync(`${reportFile}.partial`, reportFile);
  }
  if (report.failed > 0) throw new Error(`${report.failed} integration test(s) failed`);
  if (report.passed === 0) throw new Error('no integration test ran');
}

async function runSuite(): Promise<SuiteReport> {
  const tests: TestOutcome[] = [];
  const grep = process.env[testGrepVariable];
  const mocha = new Mocha({ ui: 'bdd', timeout: patient(60_000), color: false, reporter: 'spec', ...(grep ? { grep } : {}) });
  const reportFile = process.env[reportFileVariable];
  // The runner outside watches this file: a suite that keeps finishing tests is slow, not stuck.
  const recordProgress = (title: string) => {
    if (reportFile) fs.writeFileSync(progressFileOf(reportFile), `${tests.length} ${title}\n`);
  };
  try {
    testFilesIn(__dirname).forEach((file) => mocha.addFile(file));
    const runner = mocha.run();
    runner.on('test', (test) => recordProgress(`started: ${test.fullTitle()}`));
    runner.on('test end', (test) => recordProgress(`ended: ${test.fullTitle()}`));
    runner.on('pass', (test) => tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
    runner.on('pending', (test) => tests.push({ title: test.fullTitle(), state: 'pending' }));
    runner.on('fail', (test, error: Error) =>
      tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: error.stack ?? String(error) }),
    );
    await new Promise<void>((resolve) => runner.on('end', () => resolve()));
  } catch (error) {
    // A test file that throws while loading would otherwise look like "zero tests".
    tests.push({ title: 'loading the integration suite', state: 'failed', error: error instanceof Error ? error.stack : String(error) });
  }
  const count = (state: TestOutcome['state']) => tests.filter((test) => test.state === state).length;
  return { vscodeVersion: vscode.version, passed: count('passed'), failed: count('failed'), pending: count('pending'), tests };
}

function testFilesIn(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(folder, file));
}
