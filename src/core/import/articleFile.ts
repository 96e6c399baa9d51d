/** The Markdown file an imported article becomes: its header, its headline, its paragraphs, and a name for it. */
import { writeFrontMatter, type ArticleHeader } from './frontMatter';

export interface ArticleContent extends ArticleHeader {
  title: string;
  paragraphs: readonly string[];
}

const MAX_NAME_LENGTH = 60;

export function articleMarkdown(article: ArticleContent): string {
  const { title, outlet, byline, date, url } = article;
  return `${writeFrontMatter({ title, outlet, byline, date, url })}\n# ${title}\n\n${article.paragraphs.join('\n\n')}\n`;
}

/** A file name from the headline: lower-case ASCII words joined by hyphens ("council-backs-river-plan"). */
export function articleBaseName(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = words.length > MAX_NAME_LENGTH ? words.slice(0, MAX_NAME_LENGTH).replace(/-[^-]*$/, '') : words;
  return cut || 'article';
}

/** The first of `base.md`, `base-2.md`, … that `isTaken` does not claim: an existing file is never replaced. */
export async function freeFileName(base: string, isTaken: (name: string) => Promise<boolean>, limit = 1000): Promise<string | undefined> {
  for (let count = 1; count <= limit; count++) {
    const name = count === 1 ? `${base}.md` : `${base}-${count}.md`;
    if (!(await isTaken(name))) return name;
  }
  return undefined;
}
