/**
 * Writing to stdout when its reader may leave early (`source-lens analyze … | head -c 100`): the run then ends
 * quietly, without the EPIPE stack trace of an unhandled stream error.
 */

/** The reader of stdout has gone; nothing more can be shown, so the run stops with no message. */
export class StdoutClosed extends Error {
  constructor() {
    super('stdout was closed by its reader');
  }
}

const CLOSED_PIPE_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

/**
 * A failed write is reported through its own callback (see `writeOut`); the stream also emits 'error', which
 * without a listener is thrown as an uncaught exception. A closed stderr has nobody left to tell.
 */
export function tolerateClosedPipes(): void {
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
}

/** Resolves once `text` is handed to stdout (so a slow reader holds the run back instead of filling memory). */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => {
      if (!error) resolve();
      else reject(CLOSED_PIPE_CODES.has((error as NodeJS.ErrnoException).code ?? '') ? new StdoutClosed() : error);
    });
  });
}

/** Prints a one-line error on stderr; a closed stdout is passed on, since it ends the whole run. */
export function reportError(error: unknown): void {
  if (error instanceof StdoutClosed) throw error;
  process.stderr.write(`source-lens: ${error instanceof Error ? error.message : String(error)}\n`);
}
