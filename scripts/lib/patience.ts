// The editor suites run on shared two-core machines where another job may hold most of the CPU. They wait for
// conditions, never for fixed times; the limits on those waits only exist to catch a hang, so they grow with the
// load the machine is under instead of failing a slow but healthy run.
import * as os from 'node:os';

/** Environment variable that fixes the factor (the runners set it, so the extension host uses theirs). */
export const timeScaleVariable = 'SOURCE_LENS_TIME_SCALE';

const maximumScale = 8;

/** How many times longer than on a quiet machine a wait may take here: 1 when idle, about 3 with two jobs per core. */
export function timeScale(): number {
  const fixed = Number(process.env[timeScaleVariable]);
  if (Number.isFinite(fixed) && fixed >= 1) return Math.min(fixed, maximumScale);
  const cores = Math.max(1, os.availableParallelism());
  const runnableJobsPerCore = os.loadavg()[0] / cores;
  return Math.min(maximumScale, Math.max(1, Math.round((1 + runnableJobsPerCore) * 10) / 10));
}

/** A wait limit measured on a quiet machine, stretched for this one. */
export function patient(quietMs: number): number {
  return Math.round(quietMs * timeScale());
}
