// Bundles the in-host suite: index.js (with mocha inside) plus one bundle per *.test.ts, so a new test file is
// picked up without registering it anywhere.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../../scripts/lib/paths';

const sourceFolder = path.join(repoRoot, 'test', 'integration');
const outputFolder = path.join(repoRoot, 'out', 'test', 'integration');

/** Builds the suite and returns the absolute path of its entry (the extensionTestsPath). */
export async function buildIntegrationSuite(): Promise<string> {
  const testFiles = fs
    .readdirSync(sourceFolder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts') && !file.startsWith(`runners${path.sep}`))
    .map((file) => path.join(sourceFolder, file));
  fs.rmSync(outputFolder, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(sourceFolder, 'index.ts'), ...testFiles],
    outbase: sourceFolder,
    outdir: outputFolder,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'error',
  });
  return path.join(outputFolder, 'index.js');
}
