// Three invented articles about one spokeswoman: a statement two of them quote word for word and the third leaves out.
import { WorkspaceState } from '../../../src/worker/workspaceState';

export const A = 'file:///ws/a.txt';
export const B = 'file:///ws/b.txt';
export const C = 'file:///ws/c.txt';

export const TEXTS: Record<string, string> = {
  [A]: 'The harbour reopened after the storm. Harbour Council spokeswoman Mira Talbot said on Monday that "the pier will reopen before the summer season begins." She added that the repairs were on schedule.',
  [B]: 'Work on the old ferry pier continued this week. "The pier will reopen before the summer season begins," Mira Talbot, a spokeswoman for the Harbour Council, told reporters on Monday.',
  [C]: 'Fishermen said the storm had cost them a week of work. Mira Talbot, the council spokeswoman, said the repairs would cost more than planned.',
};

/** The worker's state holding the three articles (revisions 1, 2, 3) and their grouping. */
export function workspaceOfThree(): WorkspaceState {
  const state = new WorkspaceState();
  [A, B, C].forEach((key, at) => state.analyze(key, TEXTS[key]!, at + 1, key.slice(key.lastIndexOf('/') + 1)));
  state.regroup();
  return state;
}

export const offsetOf = (key: string, needle: string) => TEXTS[key]!.indexOf(needle);
