// The workspace logic over in-memory doubles: the real sync, filter, index and engine client, a fake engine behind it.
import { AnalysisEngine } from '../../../src/extension/engine/analysisEngine';
import { ArticleFilter } from '../../../src/extension/workspace/articleFilter';
import { ArticleIndex } from '../../../src/extension/workspace/articleIndex';
import { WorkspaceSync } from '../../../src/extension/workspace/workspaceSync';
import { fakeLine, recordingHost, type FakeLine } from '../extension/engineDoubles';
import { FakeDocument, FakeSettings, FakeUri, FakeWorkspace } from './workspaceDoubles';

export function syncOver(options: { worker?: FakeLine; settings?: FakeSettings; workspace?: FakeWorkspace } = {}) {
  const worker = options.worker ?? fakeLine();
  const fallback = fakeLine();
  const settings = options.settings ?? new FakeSettings();
  const workspace = options.workspace ?? new FakeWorkspace();
  const host = recordingHost(worker, fallback);
  const engine = new AnalysisEngine(host, { reread: (key) => sync.reread(key) });
  const index = new ArticleIndex(engine, 0);
  const filter = new ArticleFilter(settings, workspace);
  const sync: WorkspaceSync = new WorkspaceSync(index, filter, settings, workspace, 0);
  sync.start();
  /** The text the engine (the worker, or the fallback after a crash) holds for a file of the workspace. */
  const held = (path: string, line = worker) => line.engine.texts.get(FakeUri.file(path).toString())?.text;
  return { worker, fallback, settings, workspace, host, engine, index, filter, sync, held };
}

/** Resolves once nothing is pending, looking twice a timer turn apart (a finished analysis schedules a regrouping). */
export async function idle(sync: WorkspaceSync): Promise<void> {
  let quietLooks = 0;
  while (quietLooks < 2) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    quietLooks = sync.busy ? 0 : quietLooks + 1;
  }
}

export function article(path: string, text: string, languageId = 'plaintext'): FakeDocument {
  return new FakeDocument(FakeUri.file(path), text, languageId);
}
