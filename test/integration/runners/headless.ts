// Runs the integration suite inside the extension host of a real VS Code (code-server, driven by headless
// Chromium): once normally and once in Restricted Mode. Exits non-zero on a failure, zero tests or a time-out.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/headless-editor/browser';
import { ensureHeadlessEditor } from '../../../scripts/headless-editor/install';
import { installExtension, startEditorServer } from '../../../scripts/headless-editor/server';
import { packageExtension } from '../../../scripts/lib/package';
import { timeScale, timeScaleVariable } from '../../../scripts/lib/patience';
import { cacheFolder, repoRoot } from '../../../scripts/lib/paths';
import { run } from '../../../scripts/lib/run';
import { copySampleArticles } from '../../../scripts/lib/workspaceCopy';
import { buildIntegrationSuite } from './build-suite';
import { runAsProcess, runTrustPasses, type PassOutcome, type TrustPass } from './passes';
import { formatReport, reportFileVariable } from './report';
import { logTails, waitForReport } from './watchdog';

async function main(): Promise<number> {
  await ensureHeadlessEditor();
  const vsixFile = await packageExtension();
  // The development build (with source maps) replaces the packaged production bundles for the development pass.
  await run(process.execPath, ['esbuild.config.mjs'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  const suiteEntry = await buildIntegrationSuite();
  const browser = await launchChromium();
  try {
    return await runTrustPasses((pass) => runPass(browser, pass, suiteEntry, vsixFile));
  } finally {
    await browser.close();
  }
}

/** One pass; a pass that produced no report or ran no test counts as one failure. */
async function runPass(
  browser: Browser,
  pass: TrustPass,
  suiteEntry: string,
  vsixFile: string,
): Promise<PassOutcome> {
  const label = `integration (${pass.name}, ${pass.extension})`;
  // Per process: engineers sharing a checkout may run the suite at the same time.
  const stateFolder = path.join(cacheFolder, 'runs', `integration-${pass.name}-${process.pid}`);
  fs.rmSync(stateFolder, { recursive: true, force: true });
  if (pass.extension === 'installed package') await installExtension(stateFolder, vsixFile);
  const reportFile = path.join(stateFolder, 'report.json');
  const scale = timeScale();
  const env = { ...pass.env, [reportFileVariable]: reportFile, [timeScaleVariable]: String(scale) };
  const server = await startEditorServer({ stateFolder, settings: pass.settings, env });
  const workspace = copySampleArticles(`integration-${pass.name}`);
  const context = await browser.newContext();
  let succeeded = false;
  const pageErrors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // VS Code runs extensionTestsPath only in development mode; for the installed package the development path
    // is the suite's own folder, which holds no extension, so the package is the one Source Lens that loads.
    const developmentPath = pass.extension === 'development folder' ? repoRoot : path.dirname(suiteEntry);
    await page.goto(
      server.urlFor(workspace.folder, [
        ['extensionDevelopmentPath', server.remoteUri(developmentPath)],
        ['extensionTestsPath', server.remoteUri(suiteEntry)],
      ]),
    );
    console.log(`${label}: time limits ×${scale} for this machine's load`);
    const outcome = await waitForReport(reportFile);
    if ('stalled' in outcome) {
      console.error(`${label}: ${outcome.stalled}.`);
      console.error(`Page errors: ${pageErrors.join('\n') || 'none'}\n${logTails(stateFolder)}`);
      return { passed: 0, failed: 1 };
    }
    const report = outcome.report;
    console.log(formatReport(label, report));
    console.log('');
    const failed = report.passed === 0 ? Math.max(report.failed, 1) : report.failed;
    succeeded = failed === 0;
    return { passed: report.passed, failed };
  } finally {
    await context.close();
    await server.stop();
    workspace.remove();
    // A failed pass keeps its profile and logs for a look.
    if (succeeded) fs.rmSync(stateFolder, { recursive: true, force: true });
  }
}

runAsProcess(main);
