// Editor test runs open a temporary copy of the sample articles, never the repository's seeds/: tests create,
// edit and delete files in their workspace, and two runs at once must not see each other's files.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { seedsFolder } from './paths';

export interface WorkspaceCopy {
  folder: string;
  remove(): void;
}

export function copySampleArticles(label: string): WorkspaceCopy {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `source-lens-${label}-`)), 'articles');
  fs.cpSync(seedsFolder, folder, { recursive: true });
  return { folder, remove: () => fs.rmSync(path.dirname(folder), { recursive: true, force: true }) };
}
