// What the in-host suite writes for the runner outside the editor to read (the extension host's own output is
// not visible from there).
export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteReport {
  vscodeVersion: string;
  passed: number;
  failed: number;
  pending: number;
  tests: TestOutcome[];
}

/** Environment variable naming the file the in-host suite writes its SuiteReport to. */
export const reportFileVariable = 'SOURCE_LENS_TEST_REPORT';

/** The file beside the report that the suite rewrites as each test starts and ends. */
export const progressFileOf = (reportFile: string) => `${reportFile}.progress`;

/** Runs only the editor tests whose full title matches this pattern: for working on one test, never in CI. */
export const testGrepVariable = 'SOURCE_LENS_TEST_GREP';

/** Environment variable telling the suite whether the runner opened the folder in Restricted Mode ("1") or not. */
export const restrictedModeVariable = 'SOURCE_LENS_EXPECT_RESTRICTED';

/** Mocha-like summary followed by the `N passed, N failed` line CI reads. */
export function formatReport(label: string, report: SuiteReport): string {
  const lines = [`${label} — VS Code ${report.vscodeVersion} extension host`];
  for (const test of report.tests) {
    const mark = test.state === 'passed' ? '✔' : test.state === 'failed' ? '✖' : '-';
    const duration = test.durationMs === undefined ? '' : ` (${test.durationMs} ms)`;
    lines.push(`  ${mark} ${test.title}${duration}`);
  }
  lines.push('', `  ${report.passed} passing, ${report.failed} failing, ${report.pending} pending`);
  report.tests
    .filter((test) => test.state === 'failed')
    .forEach((test, index) => lines.push('', `  ${index + 1}) ${test.title}:`, indent(test.error ?? '', '     ')));
  return lines.join('\n');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}
