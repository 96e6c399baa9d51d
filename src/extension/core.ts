/**
 * The only door from the extension into the analysis core. The core (and compromise inside it) is imported
 * dynamically, so esbuild wraps it in a lazy initialiser: `activate` stays cheap and the cost is paid when the
 * first article is analysed.
 */
import type * as Analysis from '../core/analyze';
import type * as Compare from '../core/compare/index';

export type Core = typeof Analysis & typeof Compare;

let loading: Promise<Core> | undefined;

export function loadCore(): Promise<Core> {
  loading ??= Promise.all([import('../core/analyze'), import('../core/compare/index')]).then(([analysis, compare]) => ({
    ...analysis,
    ...compare,
  }));
  return loading;
}
