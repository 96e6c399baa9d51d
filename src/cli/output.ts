import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type BigIntStats } from 'node:fs';
import * as path from 'node:path';

/**
 * An output file written beside its target under a temporary name and renamed onto it only once complete, so a
 * failed or empty run leaves the previous file as it was and a reader never sees half a file.
 */
export interface OutputFile {
  write(text: string): void;
  /** Puts the finished file in place of the target. */
  commit(): void;
  /** Removes the temporary file; the target is untouched. */
  discard(): void;
}

function sameFile(a: BigIntStats, b: BigIntStats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** What the target is now (following links), or undefined when it does not exist yet. */
function existing(target: string): BigIntStats | undefined {
  try {
    return statSync(target, { bigint: true });
  } catch {
    return undefined;
  }
}

/**
 * Refuses a target that is one of the inputs under any name (the same path, a symbolic link to it, a hard link):
 * writing it would replace the input with the output.
 */
function refuseInputs(target: string, current: BigIntStats | undefined, inputs: BigIntStats[]): void {
  if (current && inputs.some((input) => sameFile(current, input))) {
    throw new Error(`${target}: is the input file (under this or another name); choose another --out`);
  }
}

/** The real file behind a symbolic link, so the link stays a link and its file gets the new contents. */
function resolvedTarget(target: string, current: BigIntStats | undefined): string {
  return current ? realpathSync(target) : target;
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
}

function cannotWrite(target: string, error: unknown): Error {
  return new Error(`${target}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
}

/** A new file beside the real target, renamed onto it on commit. */
function replacement(target: string, current: BigIntStats | undefined): OutputFile {
  const real = resolvedTarget(target, current);
  const temporary = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', current ? Number(current.mode) & 0o777 : 0o666);
  } catch (error) {
    throw cannotWrite(target, error);
  }
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  const discard = (): void => {
    close();
    unlinkSync(temporary);
  };
  return {
    write: (text) => writeAll(fd, text),
    commit: () => {
      try {
        fsyncSync(fd);
        close();
        renameSync(temporary, real);
      } catch (error) {
        discard();
        throw cannotWrite(target, error);
      }
    },
    discard,
  };
}

/**
 * A device or a FIFO (`--out /dev/null`, `--out >(gzip > x)`) is written as it is: it holds no file to lose, and
 * renaming onto it would replace the device itself.
 */
function stream(target: string): OutputFile {
  let fd: number;
  try {
    fd = openSync(target, 'w');
  } catch (error) {
    throw cannotWrite(target, error);
  }
  return { write: (text) => writeAll(fd, text), commit: () => closeSync(fd), discard: () => closeSync(fd) };
}

export function openOutput(target: string, inputs: BigIntStats[]): OutputFile {
  const current = existing(target);
  refuseInputs(target, current, inputs);
  if (current?.isDirectory()) throw new Error(`${target}: is a directory; --out needs a file name`);
  return current && !current.isFile() ? stream(target) : replacement(target, current);
}
