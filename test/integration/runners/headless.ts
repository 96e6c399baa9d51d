// Runs the integration suite inside the extension host of a real VS Code (code-server, driven by headless
// Chromium): once normally and once in Restricted Mode. Exits non-zero on a failure, zero tests or a time-out.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/headless-editor/browser';
import { ensureHeadlessEditor } from '../../../scripts/headless-editor/install';
import { installExtension, startEditorServer } from '../../../scripts/headless-editor/server';
import { packageExtension } from '../../../scripts/lib/package';
import { cacheFolder, repoRoot, seedsFolder } from '../../../scripts/lib/paths';
import { run } from '../../../scripts/lib/run';
import { buildIntegrationSuite } from './build-suite';
import { runTrustPasses, type PassOutcome, type TrustPass } from './passes';
import { formatReport, reportFileVariable, type SuiteReport } from './report';

const passTimeoutMs = Number(process.env.SOURCE_LENS_INTEGRATION_TIMEOUT_MS ?? 300_000);

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
  const server = await startEditorServer({ stateFolder, settings: pass.settings, env: { ...pass.env, [reportFileVariable]: reportFile } });
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
      server.urlFor(seedsFolder, [
        ['extensionDevelopmentPath', server.remoteUri(developmentPath)],
        ['extensionTestsPath', server.remoteUri(suiteEntry)],
      ]),
    );
    const report = await waitForReport(reportFile, passTimeoutMs);
    if (!report) {
      console.error(`${label}: no report within ${passTimeoutMs / 1000} s.`);
      console.error(`Page errors: ${pageErrors.join('\n') || 'none'}\nServer log: ${server.logFile}; extension host logs under ${stateFolder}/user-data/logs`);
      return { passed: 0, failed: 1 };
    }
    console.log(formatReport(label, report));
    console.log('');
    const failed = report.passed === 0 ? Math.max(report.failed, 1) : report.failed;
    succeeded = failed === 0;
    return { passed: report.passed, failed };
  } finally {
    await context.close();
    await server.stop();
    // A failed pass keeps its profile and logs for a look.
    if (succeeded) fs.rmSync(stateFolder, { recursive: true, force: true });
  }
}

async function waitForReport(reportFile: string, timeoutMs: number): Promise<SuiteReport | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(reportFile)) return JSON.parse(fs.readFileSync(reportFile, 'utf8')) as SuiteReport;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return undefined;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
