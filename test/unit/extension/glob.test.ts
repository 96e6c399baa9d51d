import { strict as assert } from 'node:assert';
import { globToRegExp, matchesAnyGlob } from '../../../src/extension/workspace/glob';

const matches = (glob: string, path: string) => matchesAnyGlob(path, [globToRegExp(glob)]);

describe('include/exclude globs', () => {
  it('`**/` matches at the root and in any folder', () => {
    assert.ok(matches('**/*.txt', 'a.txt'));
    assert.ok(matches('**/*.txt', 'news/2024/a.txt'));
    assert.ok(!matches('**/*.txt', 'a.txt.bak'));
  });

  it('`*` stays inside one folder, `**` crosses folders', () => {
    assert.ok(matches('news/*.md', 'news/a.md'));
    assert.ok(!matches('news/*.md', 'news/old/a.md'));
    assert.ok(matches('**/node_modules/**', 'x/node_modules/pkg/readme.md'));
  });

  it('braces, character classes and `?`', () => {
    assert.ok(matches('**/requirements*.{txt,in}', 'requirements-dev.in'));
    assert.ok(matches('**/LICENSE*', 'LICENSE'));
    assert.ok(matches('**/file?.txt', 'file1.txt'));
    assert.ok(!matches('**/file?.txt', 'file12.txt'));
    assert.ok(matches('**/[ab].txt', 'b.txt'));
    assert.ok(!matches('**/[!ab].txt', 'b.txt'));
  });

  it('treats regular-expression characters literally', () => {
    assert.ok(matches('**/a+b (1).txt', 'a+b (1).txt'));
    assert.ok(!matches('**/a.txt', 'abtxt'));
  });

  it('matches absolute paths of files outside the workspace', () => {
    assert.ok(matches('**/*.log', '/var/log/app.log'));
  });
});
