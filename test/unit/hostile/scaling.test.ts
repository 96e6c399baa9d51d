import assert from 'node:assert/strict';
import { analyzeArticle } from '../../../src/core';
import { PATHOLOGICAL_INPUTS } from '../../../bench/lib/pathological';

// A growth check, not a speed target (bench/hostile.bench.ts reports the times). Eight times the input costs about
// eight times the work when growth is linear and 64 times when it is quadratic; the ceiling sits far from both (a
// ratio of 4 would leave a quadratic cost undetected until it is almost all of the large run).
// Two things keep it honest on a loaded two-core machine:
// - every run analyzes text it has never seen (a numbered prefix), since the analysis caches paragraphs and lines by
//   content and a repeated text would time the cache instead (1.5 s cold, 70 ms cached): with a quadratic cost of
//   0.3 s at 100 KB slipped into the paragraph analysis, the cached version of this test passed and this one fails;
// - it compares the process's CPU time, which other jobs on the machine hardly change, taking the least of several
//   interleaved samples, so a pause or a burst of load in one sample cannot decide the ratio.
const SMALL = 25_000;
const LARGE = 200_000;
const SAMPLES = 3;
const CEILING_RATIO = 24;
/** Below this much CPU time for the large input, fixed costs outweigh growth and the ratio says nothing. */
const FLOOR_MS = 50;
/** A small run is counted as at least this long: a collection or a clock tick is that large. */
const NOISE_MS = 5;

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

let runs = 0;
/** `build(length)` behind a prefix no earlier run had, so no cache has seen it. */
function unseen(build: (length: number) => string, length: number): string {
  return `${++runs} ${build(length)}`;
}

function analysisCpuMs(text: string): number {
  const started = cpuMs();
  analyzeArticle(text);
  return cpuMs() - started;
}

/** The least CPU time of `SAMPLES` analyses of each size, small and large runs interleaved. */
function leastTimes(build: (length: number) => string): { small: number; large: number } {
  const best = { small: Infinity, large: Infinity };
  for (let sample = 0; sample < SAMPLES; sample++) {
    best.small = Math.min(best.small, analysisCpuMs(unseen(build, SMALL)));
    best.large = Math.min(best.large, analysisCpuMs(unseen(build, LARGE)));
  }
  return { small: Math.max(best.small, NOISE_MS), large: best.large };
}

describe('hostile input: no super-linear blow-up', function () {
  this.timeout(120_000);
  before(() => analyzeArticle('Warm up: "the tagger," she said.'));

  for (const [name, build] of Object.entries(PATHOLOGICAL_INPUTS)) {
    it(`analyzes ${name} in about linear time`, () => {
      const times = leastTimes(build);
      const ratio = times.large / times.small;
      assert.ok(ratio < CEILING_RATIO || times.large < FLOOR_MS, `${name}: ${SMALL} chars took ${times.small.toFixed(0)} ms of CPU, ${LARGE} took ${times.large.toFixed(0)} ms (${ratio.toFixed(1)}×)`);
    });
  }
});
