import * as assert from 'node:assert/strict';
import { patient, timeScale, timeScaleVariable } from '../../../scripts/lib/patience';

describe('patience of the editor suites', () => {
  const saved = process.env[timeScaleVariable];
  afterEach(() => {
    if (saved === undefined) delete process.env[timeScaleVariable];
    else process.env[timeScaleVariable] = saved;
  });

  it('takes the factor the runner fixed, so the extension host waits as long as the runner', () => {
    process.env[timeScaleVariable] = '2.5';
    assert.equal(timeScale(), 2.5);
    assert.equal(patient(1_000), 2_500);
  });

  it('never shortens a limit and never stretches it without bound', () => {
    for (const fixed of ['0.2', '-3', 'fast', '']) {
      process.env[timeScaleVariable] = fixed;
      assert.ok(timeScale() >= 1, `factor ${timeScale()} for "${fixed}"`);
    }
    process.env[timeScaleVariable] = '1000';
    assert.equal(timeScale(), 8);
  });
});
