// `npm test`: the type check and the three test layers in order, each as its own npm script, then one grand
// total. Every layer ends its output with `N passed, N failed`; that line is what is added up here.
import { spawn } from 'node:child_process';
import { repoRoot } from './lib/paths';

interface Layer {
  script: string;
  /** Whether the layer's tests count in the total; the type check and the lint only count when they fail. */
  countsTests: boolean;
}

const layers: Layer[] = [
  { script: 'typecheck', countsTests: false },
  { script: 'lint', countsTests: false },
  { script: 'test:unit', countsTests: true },
  { script: 'test:integration', countsTests: true },
  { script: 'test:e2e', countsTests: true },
];

interface Outcome {
  passed: number;
  failed: number;
  seconds: number;
}

const tallyLine = /^(\d+) passed, (\d+) failed\s*$/;

function runLayer(layer: Layer): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', layer.script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let lastTally: RegExpMatchArray | null = null;
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) lastTally = line.match(tallyLine) ?? lastTally;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      lastTally = pending.match(tallyLine) ?? lastTally;
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      const passed = layer.countsTests && lastTally ? Number(lastTally[1]) : 0;
      const reported = layer.countsTests && lastTally ? Number(lastTally[2]) : 0;
      // A layer that exits non-zero without reporting a failed test still failed once (a crash, a type error).
      const failed = code !== 0 ? Math.max(reported, 1) : reported;
      resolve({ passed, failed, seconds });
    });
  });
}

async function main(): Promise<void> {
  const results: Array<[string, Outcome]> = [];
  for (const layer of layers) {
    console.log(`\n━━ npm run ${layer.script}`);
    results.push([layer.script, await runLayer(layer)]);
  }
  console.log('\n━━ summary');
  for (const [script, outcome] of results) {
    console.log(`  ${script.padEnd(18)} ${String(outcome.passed).padStart(4)} passed ${String(outcome.failed).padStart(3)} failed  ${outcome.seconds} s`);
  }
  const passed = results.reduce((sum, [, outcome]) => sum + outcome.passed, 0);
  const failed = results.reduce((sum, [, outcome]) => sum + outcome.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

void main();
