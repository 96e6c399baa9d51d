// The same integration suite and passes in desktop VS Code, downloaded by @vscode/test-electron, for machines that can
// download it (or set SOURCE_LENS_VSCODE_EXECUTABLE to an installed one). Not part of `npm test`.
// On a Linux machine without a display, run it under xvfb-run.
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath } from '@vscode/test-electron';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { editorPaths, writeUserSettings } from '../../../scripts/headless-editor/server';
import { packageExtension } from '../../../scripts/lib/package';
import { timeScale, timeScaleVariable } from '../../../scripts/lib/patience';
import { cacheFolder, repoRoot } from '../../../scripts/lib/paths';
import { run } from '../../../scripts/lib/run';
import { copySampleArticles } from '../../../scripts/lib/workspaceCopy';
import { buildIntegrationSuite } from './build-suite';
import { runAsProcess, runTrustPasses, type PassOutcome, type TrustPass } from './passes';
import { formatReport, reportFileVariable, type SuiteReport } from './report';
import { logTails } from './watchdog';

async function main(): Promise<number> {
  const vscodeExecutablePath = process.env.SOURCE_LENS_VSCODE_EXECUTABLE ?? (await downloadAndUnzipVSCode(process.env.SOURCE_LENS_VSCODE_VERSION ?? 'stable'));
  const vsixFile = await packageExtension();
  await run(process.execPath, ['esbuild.config.mjs'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  const suiteEntry = await buildIntegrationSuite();
  return runTrustPasses((pass) => runPass(vscodeExecutablePath, pass, suiteEntry, vsixFile));
}

async function runPass(
  vscodeExecutablePath: string,
  pass: TrustPass,
  suiteEntry: string,
  vsixFile: string,
): Promise<PassOutcome> {
  const label = `integration (${pass.name}, ${pass.extension}, desktop)`;
  const stateFolder = path.join(cacheFolder, 'runs', `electron-${pass.name}`);
  fs.rmSync(stateFolder, { recursive: true, force: true });
  writeUserSettings(stateFolder, pass.settings);
  const { userDataDir, extensionsDir } = editorPaths(stateFolder);
  const profileArgs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  if (pass.extension === 'installed package') {
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath, { reuseMachineInstall: true });
    await run(cli, [...cliArgs, ...profileArgs, '--install-extension', vsixFile], { shell: process.platform === 'win32' });
  }
  const reportFile = path.join(stateFolder, 'report.json');
  // Launched directly rather than with runTests(), which always adds --disable-workspace-trust and so could
  // never open the restricted pass in Restricted Mode. Same flags otherwise.
  const developmentPath = pass.extension === 'development folder' ? repoRoot : path.dirname(suiteEntry);
  const workspace = copySampleArticles(`electron-${pass.name}`);
  const env = { ...process.env, ...pass.env, [reportFileVariable]: reportFile, [timeScaleVariable]: String(timeScale()) };
  try {
    await run(
      vscodeExecutablePath,
      [
        workspace.folder,
        ...profileArgs,
        '--no-sandbox',
        '--disable-gpu-sandbox',
        '--disable-updates',
        '--skip-welcome',
        '--skip-release-notes',
        `--extensionDevelopmentPath=${developmentPath}`,
        `--extensionTestsPath=${suiteEntry}`,
      ],
      { env },
    );
  } catch (error) {
    console.error(`${label}: ${error instanceof Error ? error.message : error}`);
  } finally {
    workspace.remove();
  }
  if (!fs.existsSync(reportFile)) {
    console.error(`${label}: the suite wrote no report.\n${logTails(stateFolder)}`);
    return { passed: 0, failed: 1 };
  }
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as SuiteReport;
  console.log(formatReport(label, report), '\n');
  return { passed: report.passed, failed: report.passed === 0 ? Math.max(report.failed, 1) : report.failed };
}

runAsProcess(main);
