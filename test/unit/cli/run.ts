import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const cliArgs = (args: string[]) => ['--require', 'tsx/cjs', path.join(repoRoot, 'src', 'cli', 'main.ts'), ...args];

/** A stand-in for a stream's write that keeps the text and, like the stream, calls back once it is written. */
function capture(into: string[]) {
  return (chunk: unknown, encodingOrDone?: unknown, done?: unknown): boolean => {
    into.push(String(chunk));
    const callback = typeof encodingOrDone === 'function' ? encodingOrDone : done;
    if (typeof callback === 'function') process.nextTick(callback as () => void);
    return true;
  };
}

/** Runs a command in this process with stdout and stderr captured. */
export async function runInProcess(command: (args: string[]) => Promise<number>, args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const writeOut = process.stdout.write;
  const writeErr = process.stderr.write;
  process.stdout.write = capture(out) as typeof process.stdout.write;
  process.stderr.write = capture(err) as typeof process.stderr.write;
  try {
    const code = await command(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
  }
}

/**
 * Runs the CLI as its own process, for what would otherwise hang the test runner (reading a device or a FIFO):
 * a run still going after `timeoutMs` is killed and reported as a hang.
 */
export function runCliProcess(args: string[], timeoutMs = 30_000): Run & { hung: boolean } {
  const result = spawnSync(process.execPath, cliArgs(args), { cwd: repoRoot, encoding: 'utf8', timeout: timeoutMs });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, hung: result.signal !== null };
}

/** Starts the CLI with its stdout on a pipe the test can close. */
export function startCli(args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, cliArgs(args), { cwd: repoRoot });
}
