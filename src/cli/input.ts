import { closeSync, constants, fstatSync, openSync, readSync, type BigIntStats } from 'node:fs';

/** The largest input read unless `--max-size` says otherwise: PolNeAR train is 11 MB, a long article 0.1 MB. */
export const DEFAULT_MAX_SIZE_MB = 64;
const BYTES_PER_MB = 1_000_000;

/** A regular file's bytes, and its identity (device and inode) to tell whether an output would overwrite it. */
export interface InputFile {
  bytes: Uint8Array;
  identity: BigIntStats;
}

/** Opening never blocks: a FIFO with no writer opens at once and is then refused as not a regular file. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function openProblem(file: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new Error(`${file}: no such file`);
    case 'ENOTDIR':
      return new Error(`${file}: no such file (part of the path is not a folder)`);
    case 'ELOOP':
      return new Error(`${file}: symbolic link loop (following its links leads back to a link already followed)`);
    case 'EACCES':
    case 'EPERM':
      return new Error(`${file}: permission denied`);
    case 'EISDIR':
      return new Error(`${file}: is a directory, not a text file`);
    default:
      return new Error(`${file}: cannot be opened (${code ?? String(error)})`);
  }
}

/** Why a file that is not a regular file cannot be read as one; a device or a pipe could be read from forever. */
function notRegular(stats: BigIntStats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'is a directory, not a text file';
  if (stats.isFIFO()) return 'is a named pipe (FIFO), not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device, not a regular file';
  if (stats.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

function sizeOf(bytes: number): string {
  return bytes >= BYTES_PER_MB / 10 ? `${(bytes / BYTES_PER_MB).toFixed(1)} MB` : `${bytes} bytes`;
}

/** Reads at most `size` bytes: a file that grows while it is read is taken as it was when opened. */
function readUpTo(fd: number, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return bytes.subarray(0, filled);
}

/** A regular file of at most `maxSizeMb` megabytes, or an error naming what the path is and what to do. */
export function readInput(file: string, maxSizeMb: number): InputFile {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw openProblem(file, error);
  }
  try {
    const identity = fstatSync(fd, { bigint: true });
    const problem = notRegular(identity);
    if (problem) throw new Error(`${file}: ${problem}`);
    const size = Number(identity.size);
    if (size > maxSizeMb * BYTES_PER_MB) {
      throw new Error(`${file}: ${sizeOf(size)} is over the ${maxSizeMb} MB limit for an input file (raise it with --max-size=MB)`);
    }
    return { bytes: readUpTo(fd, size), identity };
  } finally {
    closeSync(fd);
  }
}
