import { readFileSync, statSync } from 'node:fs';

/** A file's bytes, or a one-line error naming the problem (missing, a directory). */
export function readBytes(file: string): Uint8Array {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new Error(`${file}: no such file`);
  }
  if (stats.isDirectory()) throw new Error(`${file}: is a directory, not a text file`);
  return readFileSync(file);
}

/** Reads a file as strict UTF-8; a clear message instead of replacement characters or a stack trace. */
export function readText(file: string): string {
  const bytes = readBytes(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file}: not valid UTF-8 text`);
  }
}
