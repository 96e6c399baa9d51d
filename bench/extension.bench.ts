/**
 * Extension cost (issue 6, part 4): production bundle sizes and the .vsix size (target ≤ 1.5 MB).
 * Builds with --production and packages first. Prints a table and writes bench/results/extension.json.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { printTable, writeResults } from './lib/report';

const root = path.resolve(__dirname, '..');

function sizeKB(file: string): number {
  return statSync(path.join(root, file)).size / 1024;
}

function main(): void {
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const vsix = readdirSync(root).filter((name) => name.endsWith('.vsix')).sort((a, b) => statSync(path.join(root, b)).mtimeMs - statSync(path.join(root, a)).mtimeMs)[0];
  const files = ['dist/extension.js', 'dist/web/extension.js', 'dist/cli.js', vsix];
  const sizes = Object.fromEntries(files.map((file) => [file, sizeKB(file)]));
  printTable('Extension cost (production build; target .vsix ≤ 1.5 MB)', ['file', 'size (KB)'], files.map((file) => [file, sizes[file].toFixed(0)]));
  writeResults('extension', { sizesKB: sizes });
}

main();
