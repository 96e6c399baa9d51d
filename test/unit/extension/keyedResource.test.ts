import { strict as assert } from 'node:assert';
import { KeyedResource } from '../../../src/extension/workspace/keyedResource';

class Watcher {
  disposed = false;
  constructor(readonly glob: string) {}
  dispose(): void {
    this.disposed = true;
  }
}

describe('a resource rebuilt when its key changes (the include-glob file watcher)', () => {
  it('keeps the watcher while the globs stay the same', () => {
    const built: Watcher[] = [];
    const watcher = new KeyedResource((glob) => built[built.push(new Watcher(glob)) - 1]!);
    assert.equal(watcher.ensure('**/*.txt'), watcher.ensure('**/*.txt'));
    assert.equal(built.length, 1);
  });

  it('replaces the watcher, disposing the old one, when the globs change', () => {
    const built: Watcher[] = [];
    const watcher = new KeyedResource((glob) => built[built.push(new Watcher(glob)) - 1]!);
    const first = watcher.ensure('**/*.txt');
    const second = watcher.ensure('{**/*.txt,**/*.news}');
    assert.equal(second.glob, '{**/*.txt,**/*.news}');
    assert.ok(first.disposed && !second.disposed);
    watcher.dispose();
    assert.ok(second.disposed);
  });
});
