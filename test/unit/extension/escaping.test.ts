import { strict as assert } from 'node:assert';
import { escapeHtml, renderCompareHtml, type CompareModel } from '../../../src/features/compare/html';
import { commandLink, escapeMarkdown, excerpt } from '../../../src/features/shared/markdown';

// Written for this test: everything an article from the web might carry.
const hostile =
  '<script>alert(1)</script> <img src=x onerror=alert(2)> [run](command:workbench.action.quit) ![i](http://x/y.png) `code` &amp; **bold** $(zap) javascript:alert(3) \'quoted\' "double"';

describe('escaping article text', () => {
  describe('in hover Markdown', () => {
    const escaped = escapeMarkdown(hostile);

    it('backslash-escapes every ASCII punctuation mark, so no link, image, tag, code span or icon can form', () => {
      const unescaped = [...escaped.matchAll(/(\\*)([!-/:-@[-`{-~])/g)].filter(([, slashes, mark]) => mark !== '\\' && slashes!.length % 2 === 0);
      assert.deepEqual(unescaped, []);
      assert.ok(!escaped.includes('<script>'));
      assert.ok(!escaped.includes('](command:'));
      assert.ok(!/(^|[^\\])`/.test(escaped));
      assert.ok(!/(^|[^\\])\$\(/.test(escaped));
    });

    it('keeps the words readable', () => {
      assert.equal(escaped.replace(/\\(.)/g, '$1'), hostile);
    });

    it('folds line breaks so text cannot start a heading, list or block', () => {
      assert.equal(escapeMarkdown('a\n# heading\n\n- item'), 'a \\# heading \\- item');
    });

    it('shortens long text at a word boundary', () => {
      assert.equal(excerpt('one two three four', 9), 'one two…');
      assert.equal(excerpt('  short  '), 'short');
    });

    it('builds command links with JSON arguments that cannot break out of the link', () => {
      const link = commandLink('label', 'sourceLens.revealSpan', ['file:///a) [x](command:evil', 1, 2]);
      assert.match(link, /^\[label\]\(command:sourceLens\.revealSpan\?[^()\s"]+\)$/);
      const encoded = /\?([^)]+)\)/.exec(link)![1]!;
      assert.deepEqual(JSON.parse(decodeURIComponent(encoded)), ['file:///a) [x](command:evil', 1, 2]);
    });
  });

  describe('in the Compare view', () => {
    const model: CompareModel = {
      speakerName: hostile,
      speakerColor: '#123456',
      reports: [
        {
          label: '<b>a.txt</b>',
          form: 'variant',
          type: 'direct',
          cue: '<i>said</i>',
          role: '"><script>alert(4)</script>',
          attributedTo: '<img src=x onerror=alert(6)>',
          confidence: 0.9,
          text: hostile,
          diff: [
            { kind: 'same', text: '<script>' },
            { kind: 'added', text: 'alert(1)' },
            { kind: 'removed', text: '</script>' },
          ],
        },
      ],
      omittedBy: ['<svg onload=alert(5)>.txt'],
    };
    const html = renderCompareHtml(model, 'abc123');

    it('escapes every piece of article text', () => {
      assert.equal((html.match(/<script/g) ?? []).length, 1, 'only the page’s own script tag');
      assert.ok(!html.includes('<img'));
      assert.ok(!html.includes('<svg'));
      assert.ok(!html.includes('<b>a.txt'));
      assert.ok(html.includes(escapeHtml('<b>a.txt</b>')));
      assert.ok(html.includes('<ins>alert(1)</ins>'));
      assert.ok(html.includes(`<del>${escapeHtml('</script>')}</del>`));
      assert.ok(html.includes(`as ${escapeHtml('<img src=x onerror=alert(6)>')}`), 'the linked source’s name is shown, escaped');
    });

    it('allows only its own nonce’d style and script', () => {
      assert.match(html, /default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123';/);
      assert.match(html, /<script nonce="abc123">/);
      assert.match(html, /<style nonce="abc123">/);
      assert.ok(!/\sstyle="/.test(html), 'inline style attributes would be blocked by the CSP');
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      assert.deepEqual(tags.filter((tag) => /\son[a-z]+=/i.test(tag)), [], 'inline event handlers');
    });

    it('escapes quotes so text cannot leave an attribute', () => {
      assert.equal(escapeHtml(`"'<>&\``), '&#34;&#39;&#60;&#62;&#38;&#96;');
    });

    it('renders an empty state without a statement', () => {
      assert.match(renderCompareHtml(undefined, 'n'), /Select a statement/);
    });
  });
});
