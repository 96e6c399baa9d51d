// The two ways every integration run opens the seeds folder. Restricted Mode matters because readers open
// downloaded articles there, and an extension that does not declare untrusted support is silently disabled.
import { restrictedModeVariable } from './report';

export interface TrustPass {
  name: 'normal' | 'restricted';
  /**
   * Where the extension comes from. VS Code never disables an extension under development for lack of trust, so
   * only an installed package shows whether Restricted Mode really keeps the extension enabled.
   */
  extension: 'development folder' | 'installed package';
  settings: Record<string, unknown>;
  env: Record<string, string>;
}

export const trustPasses: TrustPass[] = [
  {
    name: 'normal',
    extension: 'development folder',
    // With trust on, the start-up trust prompt would block the window.
    settings: { 'security.workspace.trust.enabled': false },
    env: { [restrictedModeVariable]: '0' },
  },
  {
    name: 'restricted',
    extension: 'installed package',
    // Trust on, nothing trusted yet, and no prompt: the folder opens in Restricted Mode as for a new user.
    settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' },
    env: { [restrictedModeVariable]: '1' },
  },
];

export interface PassOutcome {
  passed: number;
  failed: number;
}

/** Runs every trust pass in turn, prints the totals line and returns the exit code: 0 only when tests ran and none failed. */
export async function runTrustPasses(runPass: (pass: TrustPass) => Promise<PassOutcome>): Promise<number> {
  let passed = 0;
  let failed = 0;
  for (const pass of trustPasses) {
    const outcome = await runPass(pass);
    passed += outcome.passed;
    failed += outcome.failed;
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

/** Runs a runner's `main` as the process: its exit code, or a crash printed with the totals line CI reads. */
export function runAsProcess(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      console.log('0 passed, 1 failed');
      process.exit(1);
    },
  );
}
