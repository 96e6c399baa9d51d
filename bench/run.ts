/** `npm run bench`: every benchmark in one run on one machine, each in its own process so none inherits another's heap. */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const BENCHES = ['analysis.bench.ts', 'workspace.bench.ts', 'compare.bench.ts', 'hostile.bench.ts', 'extension.bench.ts'];

for (const bench of BENCHES) {
  execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, bench)], { stdio: 'inherit' });
}
