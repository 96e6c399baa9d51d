import { strict as assert } from 'node:assert';
import { articleBaseName, articleMarkdown, freeFileName } from '../../../src/core/import/articleFile';
import { readFrontMatter } from '../../../src/core/import/frontMatter';

describe('the Markdown file of an imported article', () => {
  it('holds the header, the headline and the paragraphs', () => {
    const markdown = articleMarkdown({ title: 'Council backs plan', outlet: 'The Valley Post', url: 'https://valley-post.example/x', paragraphs: ['First.', 'Second.'] });
    assert.equal(markdown, '---\ntitle: "Council backs plan"\noutlet: "The Valley Post"\nurl: "https://valley-post.example/x"\n---\n\n# Council backs plan\n\nFirst.\n\nSecond.\n');
    assert.equal(readFrontMatter(markdown)?.outlet, 'The Valley Post');
  });

  it('is named after the headline in plain ASCII, cut at a word', () => {
    assert.equal(articleBaseName('Café owners “relieved” as Zürich lifts ban'), 'cafe-owners-relieved-as-zurich-lifts-ban');
    const long = articleBaseName('A very long headline that keeps going well past the point where a file name is still comfortable to read');
    assert.ok(long.length <= 60 && !long.endsWith('-'), long);
    assert.equal(articleBaseName('«»—'), 'article');
  });

  it('never takes a name that is already used', async () => {
    const taken = new Set(['plan.md', 'plan-2.md']);
    assert.equal(await freeFileName('plan', async (name) => taken.has(name)), 'plan-3.md');
    assert.equal(await freeFileName('other', async (name) => taken.has(name)), 'other.md');
    assert.equal(await freeFileName('plan', async () => true, 5), undefined);
  });
});
