// `npm run demo`: packages Source Lens and opens the sample articles in a real VS Code with it installed.
// By default a headless VS Code (code-server) served at a printed loopback URL until Ctrl-C; with --desktop
// (or SOURCE_LENS_DEMO=desktop) the desktop VS Code on PATH (`code`) instead.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { ensureHeadlessEditor } from './headless-editor/install';
import { installExtension, startEditorServer } from './headless-editor/server';
import { packageExtension } from './lib/package';
import { cacheFolder, seedsFolder } from './lib/paths';
import { run } from './lib/run';

const wantsDesktop = process.argv.includes('--desktop') || process.env.SOURCE_LENS_DEMO === 'desktop';

async function main(): Promise<void> {
  if (wantsDesktop && !isOnPath('code')) {
    throw new Error("--desktop needs the 'code' command on PATH (in VS Code: Shell Command: Install 'code' command in PATH)");
  }
  console.log('Building and packaging Source Lens…');
  const vsixFile = await packageExtension();
  console.log(`Packaged ${path.basename(vsixFile)}`);
  if (wantsDesktop) await openInDesktop(vsixFile);
  else await serveHeadless(vsixFile);
}

async function openInDesktop(vsixFile: string): Promise<void> {
  await run('code', ['--install-extension', vsixFile, '--force']);
  await run('code', [seedsFolder]);
  console.log(`Opened ${seedsFolder} in VS Code with Source Lens installed.`);
}

async function serveHeadless(vsixFile: string): Promise<void> {
  await ensureHeadlessEditor();
  const stateFolder = path.join(cacheFolder, 'demo');
  await installExtension(stateFolder, vsixFile);
  // The server lives as long as this process; Ctrl-C ends both.
  const server = await startEditorServer({ stateFolder, settings: { 'security.workspace.trust.enabled': false } });
  console.log(`\nSource Lens is installed in a headless VS Code with the sample articles open:\n\n  ${server.urlFor(seedsFolder)}\n`);
  console.log('Open the URL in a browser, then an article from the Explorer. Ctrl-C stops the editor.');
}

function isOnPath(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
