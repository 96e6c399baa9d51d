// Waits for the in-host suite's report without a fixed deadline for the whole run: the suite rewrites a progress
// file as each test starts and ends, and only a suite that shows no sign of life for too long is given up on.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { patient } from '../../../scripts/lib/patience';
import { progressFileOf, type SuiteReport } from './report';

export interface Patience {
  /** From opening the workbench to the first test starting: editor start-up and extension activation. */
  startupMs: number;
  /** With a test running: more than any one test's own time-out, so a slow test fails by itself first. */
  stallMs: number;
}

/** Limits measured on a quiet machine (the stress test's own time-out is 240 s), stretched for this one. */
export const editorPatience = (): Patience => ({ startupMs: patient(180_000), stallMs: patient(300_000) });

export type Wait = { report: SuiteReport } | { stalled: string };

export async function waitForReport(reportFile: string, limits: Patience = editorPatience()): Promise<Wait> {
  const progressFile = progressFileOf(reportFile);
  let lastProgress = '';
  let lastSignOfLife = Date.now();
  for (;;) {
    if (fs.existsSync(reportFile)) return { report: JSON.parse(fs.readFileSync(reportFile, 'utf8')) as SuiteReport };
    const progress = fs.existsSync(progressFile) ? fs.readFileSync(progressFile, 'utf8').trim() : '';
    if (progress !== lastProgress) {
      lastProgress = progress;
      lastSignOfLife = Date.now();
    }
    const limitMs = progress ? limits.stallMs : limits.startupMs;
    if (Date.now() - lastSignOfLife > limitMs) {
      const where = progress ? `the suite was at "${progress}"` : 'no test had started';
      return { stalled: `no sign of life for ${Math.round(limitMs / 1000)} s (${where})` };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The last lines of every log under a run's state folder (server, extension host, renderer), newest last. */
export function logTails(stateFolder: string, lines = 40): string {
  const logs = fs
    .readdirSync(stateFolder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.log'))
    .map((file) => path.join(stateFolder, file))
    .filter((file) => fs.statSync(file).isFile() && fs.statSync(file).size > 0)
    .sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs)
    .slice(-8);
  return logs
    .map((file) => {
      const tail = fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
      return `── ${path.relative(stateFolder, file)} (last ${lines} lines)\n${tail}`;
    })
    .join('\n\n');
}
