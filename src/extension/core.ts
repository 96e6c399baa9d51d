/**
 * The only door from the extension into the analysis core. The core (and compromise inside it) is imported
 * dynamically, so esbuild wraps it in a lazy initialiser: `activate` stays cheap and the cost is paid when the
 * first article is analysed.
 */
import type * as Core from '../core/index';

let loading: Promise<typeof Core> | undefined;

export function loadCore(): Promise<typeof Core> {
  loading ??= import('../core/index');
  return loading;
}
