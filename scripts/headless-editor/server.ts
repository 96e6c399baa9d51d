// Starts code-server on a free loopback port with its own profile, so runs never share state with each other
// or with the developer's own editor.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { run } from '../lib/run';
import { codeServerBinary } from './install';

/** Settings that keep a scripted editor quiet and deterministic: no welcome page, no update checks. */
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'git.openRepositoryInParentFolders': 'never',
  // The web workbench saves a changed file after one second by default; desktop VS Code, whose users the suites
  // stand for, does not. With auto-save on, the editor itself wrote a test's unsaved edit to a seed when the test
  // brought the document to the front to revert it, and "never changes a user's file" failed for no fault of ours.
  'files.autoSave': 'off',
};

export interface EditorServerOptions {
  /** A folder owned by this run; holds the profile, extensions and the server log. */
  stateFolder: string;
  /** User settings layered over the quiet defaults. */
  settings?: Record<string, unknown>;
  /** Extra environment for the server; the extension host inherits it. */
  env?: Record<string, string>;
}

export interface EditorServer {
  origin: string;
  extensionsDir: string;
  logFile: string;
  /** The workbench URL for a folder, optionally with a development payload (extension under test, test entry). */
  urlFor(folder: string, payload?: ReadonlyArray<readonly [string, string]>): string;
  /** A file on this machine as the workbench addresses it. */
  remoteUri(absolutePath: string): string;
  stop(): Promise<void>;
}

export function editorPaths(stateFolder: string) {
  return {
    userDataDir: path.join(stateFolder, 'user-data'),
    extensionsDir: path.join(stateFolder, 'extensions'),
    logFile: path.join(stateFolder, 'server.log'),
  };
}

export function writeUserSettings(stateFolder: string, settings: Record<string, unknown> = {}): void {
  const settingsFile = path.join(editorPaths(stateFolder).userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  fs.writeFileSync(settingsFile, JSON.stringify({ ...quietSettings, ...settings }, null, 2));
}

/** Installs a packaged extension into a run's profile the way a user does, with --install-extension. */
export async function installExtension(stateFolder: string, vsixFile: string): Promise<void> {
  const { userDataDir, extensionsDir } = editorPaths(stateFolder);
  [userDataDir, extensionsDir].forEach((folder) => fs.mkdirSync(folder, { recursive: true }));
  await run(process.execPath, [
    codeServerBinary,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--install-extension', vsixFile,
    '--force', // replaces an installed copy of the same version, so a rebuilt package is what runs
  ], { stdio: ['ignore', 'ignore', 'inherit'] });
}

export async function startEditorServer(options: EditorServerOptions): Promise<EditorServer> {
  const { userDataDir, extensionsDir, logFile } = editorPaths(options.stateFolder);
  writeUserSettings(options.stateFolder, options.settings);
  fs.mkdirSync(extensionsDir, { recursive: true });
  const port = await findFreePort();
  const host = `127.0.0.1:${port}`;
  const log = fs.openSync(logFile, 'w');
  const server = spawn(
    process.execPath,
    [
      codeServerBinary,
      '--auth', 'none',
      '--bind-addr', host,
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
    ],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', log, log], detached: true },
  );
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  liveServerGroups.add(server.pid!);
  void exited.then(() => liveServerGroups.delete(server.pid!));
  stopServersWhenThisProcessEnds();

  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    // The server's extension hosts and terminals share its process group; end them all together.
    process.kill(-server.pid!, 'SIGTERM');
    const forced = setTimeout(() => process.kill(-server.pid!, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(forced);
  };

  const origin = `http://${host}`;
  try {
    await waitForHealth(origin, exited, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    origin,
    extensionsDir,
    logFile,
    remoteUri: (absolutePath) => `vscode-remote://${host}${absolutePath}`,
    urlFor: (folder, payload) => {
      const query = new URLSearchParams({ folder });
      if (payload) query.set('payload', JSON.stringify(payload));
      return `${origin}/?${query}`;
    },
    stop,
  };
}

// Servers run in their own process group (so one kill reaches their extension hosts), which also means a Ctrl-C
// in the terminal does not reach them: they are ended here when this process ends, however it ends.
const liveServerGroups = new Set<number>();
let exitHooksInstalled = false;

function stopServersWhenThisProcessEnds(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    for (const group of liveServerGroups) {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(origin: string, exited: Promise<void>, logFile: string): Promise<void> {
  let serverExited = false;
  void exited.then(() => (serverExited = true));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !serverExited) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const reason = serverExited ? 'exited during start-up' : 'did not answer within 60 s';
  throw new Error(`code-server ${reason}; log:\n${fs.readFileSync(logFile, 'utf8')}`);
}
