/**
 * Extension cost (issue 6, part 4), measured on the packaged production build:
 *  - bundle and .vsix sizes (target .vsix ≤ 1.5 MB);
 *  - in the real extension host (headless code-server, see scripts/headless-editor): activation time (target ≤ 50 ms),
 *    time to the first highlights of an article, and the longest event-loop stall while a workspace of generated
 *    articles is indexed (target: never blocked for more than 50 ms).
 * Prints a table and writes bench/results/extension.json.
 */
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchChromium } from '../scripts/headless-editor/browser';
import { ensureHeadlessEditor } from '../scripts/headless-editor/install';
import { startEditorServer } from '../scripts/headless-editor/server';
import { cacheFolder, repoRoot } from '../scripts/lib/paths';
import { hostReportVariable } from './host/report';
import { generateWorkspace } from './lib/articles';
import { printTable, writeResults } from './lib/report';

const WORKSPACE_ARTICLES = 500;
const TIMEOUT_MS = 600_000;

interface HostReport {
  activeBefore: boolean;
  activateMs: number;
  /** Present when the bench activated the extension: the host's activation round, bundle loading included. */
  hostActivateMs?: number;
  firstHighlightsMs: number;
  articles: number;
  indexMs: number;
  longestStallMs: number;
  /** Each hover over a speaker made while the workspace was indexed, in milliseconds. */
  hoverMs: number[];
  statements: number;
}

function sizeKB(file: string): number {
  return fs.statSync(path.join(repoRoot, file)).size / 1024;
}

function packageExtension(): string {
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return `source-lens-${version}.vsix`;
}

function writeWorkspace(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  for (const { file, text } of generateWorkspace(WORKSPACE_ARTICLES, 42)) fs.writeFileSync(path.join(folder, path.basename(file)), text);
}

async function measureInHost(): Promise<HostReport> {
  const runFolder = path.join(cacheFolder, 'runs', `bench-${process.pid}`);
  const workspace = path.join(runFolder, 'workspace');
  const entry = path.join(runFolder, 'extensionHost.js');
  const reportFile = path.join(runFolder, 'report.json');
  writeWorkspace(workspace);
  await esbuild.build({ entryPoints: [path.join(__dirname, 'host', 'extensionHost.ts')], outfile: entry, bundle: true, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'], logLevel: 'error' });
  await ensureHeadlessEditor();
  const server = await startEditorServer({
    stateFolder: path.join(runFolder, 'editor'),
    settings: { 'security.workspace.trust.enabled': false },
    env: { [hostReportVariable]: reportFile },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.urlFor(workspace, [['extensionDevelopmentPath', server.remoteUri(repoRoot)], ['extensionTestsPath', server.remoteUri(entry)]]));
    const deadline = Date.now() + TIMEOUT_MS;
    while (!fs.existsSync(reportFile)) {
      if (Date.now() > deadline) throw new Error(`no report from the extension host within ${TIMEOUT_MS / 1000} s (log: ${server.logFile})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return JSON.parse(fs.readFileSync(reportFile, 'utf8')) as HostReport;
  } finally {
    await browser.close();
    await server.stop();
    if (!process.env.SOURCE_LENS_KEEP_RUN) fs.rmSync(runFolder, { recursive: true, force: true });
  }
}

function hoverFigures(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))].toFixed(0);
  return `${at(0.5)} / ${at(0.95)} / ${sorted[sorted.length - 1].toFixed(0)}`;
}

async function main(): Promise<void> {
  const vsix = packageExtension();
  const files = ['dist/extension.js', 'dist/web/extension.js', 'dist/cli.js', vsix];
  const sizes = Object.fromEntries(files.map((file) => [file, sizeKB(file)]));
  printTable('Extension size (production build; target .vsix ≤ 1.5 MB)', ['file', 'size (KB)'], files.map((file) => [file, sizes[file].toFixed(0)]));
  const host = await measureInHost();
  printTable(`In the real extension host (code-server ${'4.100.3'}; ${host.articles} generated articles)`, ['measure', 'value', 'target'], [
    ['activation (ms)', host.activateMs.toFixed(1) + (host.hostActivateMs === undefined ? ' (the extension activated itself at start-up)' : ` in activate; ${host.hostActivateMs.toFixed(1)} with the host loading the bundle`), '≤ 50'],
    ['first highlights of an article (ms)', host.firstHighlightsMs.toFixed(0), ''],
    ['workspace indexed and compared (s)', (host.indexMs / 1000).toFixed(1), ''],
    ['longest event-loop stall while indexing (ms)', host.longestStallMs.toFixed(0), '≤ 50'],
    [`hover over a speaker while indexing, p50 / p95 / max of ${host.hoverMs.length} (ms)`, hoverFigures(host.hoverMs), ''],
    ['statements found', String(host.statements), ''],
  ]);
  writeResults('extension', { sizesKB: sizes, host });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
