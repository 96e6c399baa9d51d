import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readArticlePage, type ExtractedArticle } from '../../../src/core/import/readPage';

const pages = path.join(__dirname, '..', '..', 'fixtures', 'pages');
const page = (name: string) => readFileSync(path.join(pages, name), 'utf8');

function article(html: string, url?: string): ExtractedArticle {
  const reading = readArticlePage(html, url);
  assert.equal(reading.kind, 'article', reading.kind === 'rejected' ? reading.message : '');
  return (reading as { article: ExtractedArticle }).article;
}

// Written for this test: prose long enough to be an article, wrapped in whatever page a case needs.
const story = [
  'The ferry company said on Monday that it would add a late crossing on weekdays from next month, after a year of complaints from commuters.',
  '“People told us clearly that the last boat left too early,” said the company’s director, Ines Hall. She added that fares would not change.',
  'Passengers at the harbour welcomed the news, although some said the new timetable came too late for the summer season.',
]
  .map((text) => `<p>${text}</p>`)
  .join('\n');

describe('reading a web page as a news article', () => {
  it('takes the headline, outlet, byline, date and canonical address from the page', () => {
    const { title, outlet, byline, date, url } = article(page('river-plan.html'));
    assert.deepEqual({ title, outlet, byline, date, url }, {
      title: 'Council backs river plan despite cost worries',
      outlet: 'The Valley Post',
      byline: 'Mara Lind',
      date: '2026-03-04',
      url: 'https://valley-post.example/news/river-plan',
    });
  });

  it('keeps the article paragraphs in order and leaves out menus, captions, side lists and the repeated headline', () => {
    const { paragraphs } = article(page('river-plan.html'));
    assert.match(paragraphs[0]!, /^The town council voted on Tuesday/);
    assert.ok(paragraphs.includes('## Farmers divided'));
    assert.match(paragraphs.at(-1)!, /worth the money\.”$/);
    const text = paragraphs.join('\n');
    for (const stray of ['Home', 'Photo:', 'Most read', 'Bakery', 'All rights reserved', 'By Mara Lind', 'analytics', 'font-family']) {
      assert.ok(!text.includes(stray), `"${stray}" was kept`);
    }
  });

  it('names the outlet by the host when the page gives no site name, and prefers the address it was fetched from', () => {
    const html = `<html><head><title>Late ferry added</title></head><body><article><h1>Late ferry added</h1>${story}</article></body></html>`;
    const { outlet, url } = article(html, 'https://www.harbour-news.example/ferry');
    assert.deepEqual({ outlet, url }, { outlet: 'harbour-news.example', url: 'https://www.harbour-news.example/ferry' });
  });

  it('finds the address of a page saved by a browser in its "saved from" comment', () => {
    const html = `<!-- saved from url=(0038)https://harbour-news.example/ferry -->\n<html><head><title>Late ferry</title></head><body><article>${story}</article></body></html>`;
    assert.equal(article(html).url, 'https://harbour-news.example/ferry');
  });

  it('turns a paywall teaser down as a paywall, with the words it found', () => {
    const reading = readArticlePage(page('members-only.html'));
    assert.equal(reading.kind, 'rejected');
    assert.equal(reading.kind === 'rejected' && reading.reason, 'paywall');
    assert.match(reading.kind === 'rejected' ? reading.message : '', /paywall/);
  });

  it('turns a front page of links down as no article', () => {
    const reading = readArticlePage(page('front-page.html'));
    assert.equal(reading.kind === 'rejected' && reading.reason, 'not-an-article');
  });

  it('turns an empty or broken page down without throwing', () => {
    for (const html of ['', '<html>', '<<<>>>', '<p>Hi</p>']) assert.equal(readArticlePage(html).kind, 'rejected', JSON.stringify(html));
  });

  it('reads a full article on a page marked not free: a subscriber saved it whole', () => {
    const html = `<html><head><script type="application/ld+json">{"isAccessibleForFree": false}</script></head><body><article>${story.repeat(3)}</article></body></html>`;
    assert.equal(readArticlePage(html).kind, 'article');
  });
});
