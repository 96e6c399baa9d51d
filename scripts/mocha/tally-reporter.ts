// Mocha's spec reporter plus the `N passed, N failed` last line every test layer prints for `npm test` to add up.
import Mocha from 'mocha';

class TallyReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes, failures, tests } = runner.stats ?? { passes: 0, failures: 0, tests: 0 };
      // A run with no test at all is a broken run, not a green one.
      console.log(`${passes} passed, ${tests === 0 && failures === 0 ? 1 : failures} failed`);
    });
  }
}

// Mocha loads a reporter with require() and expects the constructor itself.
module.exports = TallyReporter;
