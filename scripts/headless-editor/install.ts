// Installs the headless editor (code-server + its VS Code server) under .vscode-test/ from the npm registry.
// Each step leaves a marker, so a second call costs a few stat() calls and an interrupted install resumes.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run } from '../lib/run';
import { cacheFolder } from '../lib/paths';

export const codeServerVersion = '4.100.3';
const prefix = path.join(cacheFolder, `code-server-${codeServerVersion}`);
const packageFolder = path.join(prefix, 'node_modules', 'code-server');
const vscodeFolder = path.join(packageFolder, 'lib', 'vscode');
export const codeServerBinary = path.join(packageFolder, 'out', 'node', 'entry.js');
export const chromiumBinary = process.env.SOURCE_LENS_CHROMIUM ?? '/usr/bin/chromium';

// Native modules the VS Code server loads; --ignore-scripts skipped their builds.
const vscodeNativeModules = ['node-pty', '@parcel/watcher', '@vscode/spdlog', 'native-watchdog', '@vscode/deviceid'];

interface Step {
  name: string;
  perform: () => Promise<void>;
}

const npmEnv = { ...process.env, npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
const npm = (cwd: string, ...args: string[]) => run('npm', args, { cwd, env: npmEnv });

const steps: Step[] = [
  {
    name: 'code-server package',
    perform: async () => {
      fs.mkdirSync(prefix, { recursive: true });
      fs.writeFileSync(path.join(prefix, 'package.json'), '{ "private": true }\n');
      await npm(prefix, 'install', `code-server@${codeServerVersion}`, '--ignore-scripts');
      await npm(prefix, 'rebuild', 'argon2');
    },
  },
  {
    name: 'VS Code server dependencies',
    perform: async () => {
      await npm(vscodeFolder, 'install', '--omit=dev', '--ignore-scripts');
      await npm(vscodeFolder, 'rebuild', ...vscodeNativeModules);
    },
  },
  {
    name: 'links the packaged server expects',
    perform: async () => {
      const ripgrep = path.join(vscodeFolder, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
      fs.mkdirSync(path.dirname(ripgrep), { recursive: true });
      relink(ripgrep, findOnPath('rg'));
      relink(path.join(vscodeFolder, 'node_modules.asar'), 'node_modules');
      relink(path.join(vscodeFolder, 'bin', 'remote-cli', 'code-server'), 'code-linux.sh');
      relink(path.join(vscodeFolder, 'bin', 'helpers', 'browser.sh'), 'browser-linux.sh');
    },
  },
  {
    name: 'built-in extensions dependencies',
    perform: () => npm(path.join(vscodeFolder, 'extensions'), 'install', '--omit=dev', '--ignore-scripts'),
  },
];

function relink(linkPath: string, target: string): void {
  fs.rmSync(linkPath, { force: true });
  fs.symlinkSync(target, linkPath);
}

function findOnPath(command: string): string {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`'${command}' is not on PATH; install it first (Debian: apt-get install -y chromium ripgrep)`);
  }
}

function markerOf(index: number): string {
  return path.join(prefix, `.step-${index}-done`);
}

/** Makes sure code-server and Chromium are ready; returns quickly when they already are. */
export async function ensureHeadlessEditor(): Promise<void> {
  findOnPath('rg');
  if (!fs.existsSync(chromiumBinary)) {
    throw new Error(`Chromium not found at ${chromiumBinary}; install it (Debian: apt-get install -y chromium) or set SOURCE_LENS_CHROMIUM`);
  }
  for (const [index, step] of steps.entries()) {
    if (fs.existsSync(markerOf(index))) continue;
    console.log(`[headless-editor] installing: ${step.name}`);
    await step.perform();
    fs.writeFileSync(markerOf(index), new Date().toISOString());
  }
}

if (require.main === module) {
  ensureHeadlessEditor().then(
    () => console.log(`[headless-editor] code-server ${codeServerVersion} ready in ${prefix}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
