// The two ways every integration run opens the seeds folder. Restricted Mode matters because readers open
// downloaded articles there, and an extension that does not declare untrusted support is silently disabled.
import { restrictedModeVariable } from './report';

export interface TrustPass {
  name: 'normal' | 'restricted';
  settings: Record<string, unknown>;
  env: Record<string, string>;
}

export const trustPasses: TrustPass[] = [
  {
    name: 'normal',
    // With trust on, the start-up trust prompt would block the window.
    settings: { 'security.workspace.trust.enabled': false },
    env: { [restrictedModeVariable]: '0' },
  },
  {
    name: 'restricted',
    // Trust on, nothing trusted yet, and no prompt: the folder opens in Restricted Mode as for a new user.
    settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' },
    env: { [restrictedModeVariable]: '1' },
  },
];
