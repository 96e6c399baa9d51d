import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../../../src/core';
import { PATHOLOGICAL_INPUTS } from '../../../bench/lib/pathological';

// Not a speed target (bench/hostile.bench.ts measures those): a ceiling generous enough to pass on a loaded machine
// that still fails on quadratic growth, where 4× the input costs 16× the time.
const SMALL = 50_000;
const LARGE = 200_000;
const CEILING_RATIO = 10;

function bestOfTwo(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    analyzeArticle(text);
    best = Math.min(best, performance.now() - started);
  }
  return Math.max(best, 1);
}

describe('hostile input: no super-linear blow-up', () => {
  for (const [name, build] of Object.entries(PATHOLOGICAL_INPUTS)) {
    it(`analyses ${name} in about linear time`, () => {
      const small = bestOfTwo(build(SMALL));
      const large = bestOfTwo(build(LARGE));
      assert.ok(large / small < CEILING_RATIO || large < 200, `${name}: ${SMALL} chars took ${small.toFixed(0)} ms, ${LARGE} took ${large.toFixed(0)} ms`);
    });
  }
});
