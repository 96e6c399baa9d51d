// Mocha root hooks for the whole end-to-end run (loaded by .mocharc.json's `require`).
import * as fs from 'node:fs';
import { screenshotsFolder } from './editor';

export const mochaHooks = {
  /** Once per run, before any suite: every suite's screenshots of this run stay, and none of an earlier run. */
  beforeAll(): void {
    fs.rmSync(screenshotsFolder, { recursive: true, force: true });
  },
};
