import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './paths';
import { run } from './run';

/** Runs `npm run package` (production build + vsce) and returns the .vsix it wrote. */
export async function packageExtension(): Promise<string> {
  const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const vsixFile = path.join(repoRoot, `source-lens-${version}.vsix`);
  fs.rmSync(vsixFile, { force: true });
  await run('npm', ['run', '--silent', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!fs.existsSync(vsixFile)) throw new Error(`npm run package did not write ${vsixFile}`);
  return vsixFile;
}
