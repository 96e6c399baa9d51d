import { strict as assert } from 'node:assert';
import { compareArticles, WorkspaceComparison } from '../../../src/core/compare';
import type { ArticleRecord } from '../../../src/core/types';

/**
 * Feeds a live comparison articles (upserted) and file names (removed) in order, and checks after each step that its
 * result is the batch comparison of the articles present then.
 */
export function assertLiveMatchesBatch(steps: readonly (ArticleRecord | string)[]): void {
  const live = new WorkspaceComparison();
  const current = new Map<string, ArticleRecord>();
  for (const step of steps) {
    if (typeof step === 'string') {
      live.remove(step);
      current.delete(step);
    } else {
      live.upsert(step);
      current.set(step.file, step);
    }
    assert.deepEqual(live.result(), compareArticles([...current.values()]));
  }
}
