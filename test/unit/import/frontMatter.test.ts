import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyze';
import { blankFrontMatter, frontMatterSpan, readFrontMatter, writeFrontMatter } from '../../../src/core/import/frontMatter';

// Written for this test.
const body = '“We will open the bridge in May,” said Ana Ruiz, the city engineer. She added that the work was on schedule.\n';

describe('front matter of an imported article', () => {
  it('reads back every field it writes, quotes and colons included', () => {
    const header = { title: 'Bridge: "May" opening', outlet: 'The Valley Post', byline: 'Mara Lind', date: '2026-03-04', url: 'https://valley-post.example/a?b=c#d' };
    assert.deepEqual(readFrontMatter(writeFrontMatter(header) + body), header);
  });

  it('leaves out empty fields and folds line breaks into spaces', () => {
    const written = writeFrontMatter({ title: 'Two\nlines', outlet: '' });
    assert.equal(written, '---\ntitle: "Two lines"\n---\n');
  });

  it('reads plain and single-quoted YAML values a person might type', () => {
    assert.deepEqual(readFrontMatter("---\ntitle: Plain title\noutlet: 'Coast''s Ledger'\nother: ignored\n---\nText"), {
      title: 'Plain title',
      outlet: "Coast's Ledger",
    });
  });

  it('finds no header without a closing rule, after text, or in a Markdown rule further down', () => {
    assert.equal(frontMatterSpan('---\ntitle: "x"\nno end'), undefined);
    assert.equal(frontMatterSpan('Text\n---\ntitle: "x"\n---\n'), undefined);
    assert.equal(frontMatterSpan('---\nA paragraph of prose, not a field.\n---\n'), undefined);
    assert.equal(readFrontMatter(body), undefined);
  });

  it('blanks the header to spaces of the same length, line breaks kept, CRLF included', () => {
    const text = '---\r\ntitle: "A"\r\n---\r\n' + body;
    const blanked = blankFrontMatter(text);
    assert.equal(blanked.length, text.length);
    assert.equal(blanked.slice(text.indexOf('“')), text.slice(text.indexOf('“')));
    assert.deepEqual(blanked.split(/\r\n/).slice(0, 4), ['   ', '          ', '   ', body]);
  });

  it('is read by the analysis as blanks: a quoted headline is no quotation, offsets point into the file', () => {
    const text = writeFrontMatter({ title: '“We will open the bridge,” engineer says', byline: 'Mara Lind said' }) + '\n' + body;
    const analysis = analyzeArticle(text);
    const headerEnd = frontMatterSpan(text)!.end;
    assert.ok(analysis.quotes.length > 0, 'the body quotation is found');
    for (const quote of analysis.quotes) {
      assert.ok(quote.start >= headerEnd, `quote at ${quote.start} lies in the header`);
      assert.equal(text.slice(quote.start, quote.end), quote.text);
    }
    assert.deepEqual(analysis, analyzeArticle(' '.repeat(headerEnd) + text.slice(headerEnd)));
  });
});
