import * as path from 'node:path';

/** The checkout root: scripts run from anywhere (npm, tsx, CI) but resolve everything against it. */
export const repoRoot = path.resolve(__dirname, '..', '..');
export const seedsFolder = path.join(repoRoot, 'seeds');
export const cacheFolder = path.join(repoRoot, '.vscode-test');
