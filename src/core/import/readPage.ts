/**
 * A web page to a news article: Mozilla's Readability (Firefox's Reader View) over linkedom's small DOM finds the
 * article's text and metadata, then the page is judged: no article text, a paywall's teaser or a page of links is
 * turned down with a reason the user can act on. Pure: no I/O. Loaded only when a page is read (it is large).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleHeader } from './frontMatter';
import { pageParagraphs, type PageNode, type PageParagraph } from './pageText';

export interface ExtractedArticle extends ArticleHeader {
  title: string;
  /** Markdown paragraphs: prose as it is, headings as `## …`, list items as `- …`. */
  paragraphs: string[];
  /** Words of prose, headings and lists left out. */
  proseWords: number;
}

export type RejectionReason = 'not-an-article' | 'paywall';

export type PageReading = { kind: 'article'; article: ExtractedArticle } | { kind: 'rejected'; reason: RejectionReason; message: string };

// A news brief is about 40 words of prose; less is a teaser, a caption or a page of links.
const MIN_PROSE_WORDS = 30;
// A paywalled page shows the opening paragraphs only.
const MAX_TEASER_WORDS = 150;
const PAYWALL_MARK = /"isAccessibleForFree"\s*:\s*"?false/i;

/** Reads `html` as an article; `pageUrl` is where it came from (a saved page's own canonical link otherwise). */
export function readArticlePage(html: string, pageUrl?: string): PageReading {
  // linkedom's types name the DOM library's Window, which this project does not load.
  const { document } = parseHTML(html) as unknown as { document: LinkLookup | null };
  // An empty or broken page parses to no document at all.
  const parsed = document?.querySelector('body') ? parseArticle(document) : null;
  if (!document || !parsed?.content) return rejected('not-an-article', 'no article text was found on the page (it looks like a front page, an index or an app)');
  const url = pageUrl ?? savedPageUrl(html, document);
  const outlet = clean(parsed.siteName) ?? hostOutlet(url);
  const title = headline(clean(parsed.title), outlet) ?? 'Untitled article';
  const byline = bylineOf(parsed.byline);
  const paragraphs = withoutRepeatedHeader(pageParagraphs(parsed.content), title, byline);
  const paywalled = PAYWALL_MARK.test(html);
  const proseWords = paragraphs.filter((paragraph) => paragraph.kind === 'prose').reduce((sum, paragraph) => sum + wordCount(paragraph.text), 0);
  if (paywalled && proseWords < MAX_TEASER_WORDS) {
    return rejected('paywall', `the page shows only the opening of the article (${proseWords} words): it appears to be behind a paywall or a log-in`);
  }
  if (proseWords < MIN_PROSE_WORDS) {
    return rejected('not-an-article', `the page holds only ${proseWords} words of prose, too little for a news article (a teaser, a gallery or a page of links?)`);
  }
  const article: ExtractedArticle = { title, paragraphs: paragraphs.map(markdownLine), proseWords };
  if (outlet) article.outlet = outlet;
  if (byline) article.byline = byline;
  const date = dateOf(parsed.publishedTime);
  if (date) article.date = date;
  if (url) article.url = url;
  return { kind: 'article', article };
}

function parseArticle(document: LinkLookup) {
  return new Readability<PageNode>(document as never, { serializer: (node) => node as unknown as PageNode }).parse();
}

function rejected(reason: RejectionReason, message: string): PageReading {
  return { kind: 'rejected', reason, message };
}

interface LinkLookup {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

/** A page saved from a browser names its address in a canonical link, an `og:url` or the "saved from" comment. */
function savedPageUrl(html: string, document: LinkLookup): string | undefined {
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1],
  ];
  return candidates.map((candidate) => candidate?.trim()).find((candidate) => candidate && /^https?:\/\//i.test(candidate)) ?? undefined;
}

function hostOutlet(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** The title without the outlet's name that pages append ("Council backs plan | The Valley Post"). */
function headline(title: string | undefined, outlet: string | undefined): string | undefined {
  if (!title || !outlet) return title;
  const separators = [' | ', ' - ', ' – ', ' — ', ' · ', ' : '];
  for (const separator of separators) {
    const suffix = `${separator}${outlet}`;
    if (title.length > suffix.length && title.toLowerCase().endsWith(suffix.toLowerCase())) return title.slice(0, -suffix.length).trim();
  }
  return title;
}

function bylineOf(byline: string | null | undefined): string | undefined {
  const text = clean(byline)?.replace(/^by\s+/i, '');
  // Some pages give the author as a profile link.
  return text && !/^https?:\/\//i.test(text) ? text : undefined;
}

/** Readability keeps the headline and byline when the page repeats them in the article body; the header holds them. */
function withoutRepeatedHeader(paragraphs: PageParagraph[], title: string, byline: string | undefined): PageParagraph[] {
  const repeats = new Set([title, byline, byline && `By ${byline}`].filter(Boolean).map((text) => text!.toLowerCase()));
  let start = 0;
  while (start < Math.min(paragraphs.length, 3) && repeats.has(paragraphs[start]!.text.toLowerCase())) start++;
  return paragraphs.slice(start);
}

function markdownLine(paragraph: PageParagraph): string {
  if (paragraph.kind === 'heading') return `## ${paragraph.text}`;
  if (paragraph.kind === 'item') return `- ${paragraph.text}`;
  return paragraph.text;
}

/** The day of publication as YYYY-MM-DD when the page gives a date the calendar knows, else as printed. */
function dateOf(published: string | null | undefined): string | undefined {
  const text = clean(published);
  if (!text) return undefined;
  const isoDay = /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0];
  if (isoDay) return isoDay;
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString().slice(0, 10);
}

function clean(text: string | null | undefined): string | undefined {
  const trimmed = text?.replace(/\s+/g, ' ').trim();
  return trimmed || undefined;
}

function wordCount(text: string): number {
  return text.match(/\p{L}[\p{L}\p{M}'’-]*/gu)?.length ?? 0;
}
