/**
 * Measures the article-shape check: how many news texts it reads as articles, whole and cut to a 45-word brief,
 * and how many files that are no article it lets through (READMEs, changelogs, licences, package manifests and
 * code from node_modules), whole and cut the same way.
 *
 *   npx tsx scripts/eval-article-shape.ts                      the check in src/core/text/articleShape.ts
 *   npx tsx scripts/eval-article-shape.ts --judge FILE.ts      another module exporting looksLikeArticle(text)
 *
 * News: PolNeAR train and dev (read here, never copied). A brief is an article's first 45 words, kept only when
 * they hold a whole quotation; a second brief is the 45 words from the start of the paragraph of its first one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './lib/paths';

type Judge = (text: string) => boolean;

const BRIEF_WORDS = 45;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const WHOLE_QUOTATION = /[“"][^“”"\n]*\s[^“”"\n]*[”"]/u;
const NON_ARTICLES_PER_KIND = 200;

async function loadJudge(): Promise<Judge> {
  const flag = process.argv.indexOf('--judge');
  const file = flag >= 0 ? path.resolve(process.argv[flag + 1]!) : path.join(repoRoot, 'src', 'core', 'text', 'articleShape.ts');
  const module = (await import(pathToFileURL(file).href)) as { looksLikeArticle?: Judge; default?: { looksLikeArticle?: Judge } };
  const judge = module.looksLikeArticle ?? module.default?.looksLikeArticle;
  if (!judge) throw new Error(`${file} exports no looksLikeArticle`);
  return judge;
}

/** The text up to the end of its `count`-th word (all of it when shorter). */
function firstWords(text: string, count: number): string {
  let end = text.length;
  let seen = 0;
  for (const match of text.matchAll(WORD)) {
    if (++seen === count) {
      end = match.index + match[0].length;
      break;
    }
  }
  return text.slice(0, end);
}

/** The paragraph of the text's first whole quotation and what follows, cut to a brief; undefined without one. */
function briefAroundFirstQuotation(text: string): string | undefined {
  const quotation = WHOLE_QUOTATION.exec(text);
  if (!quotation) return undefined;
  const paragraphStart = text.lastIndexOf('\n', quotation.index) + 1;
  const brief = firstWords(text.slice(paragraphStart), BRIEF_WORDS);
  return WHOLE_QUOTATION.test(brief) ? brief : undefined;
}

function newsTexts(split: string): string[] {
  const file = path.join(repoRoot, '..', 'shared', 'data', 'polnear', `${split}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** Files of one kind under node_modules, in a fixed order, at most `NON_ARTICLES_PER_KIND`. */
function nonArticleFiles(matches: (name: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      if (found.length >= NON_ARTICLES_PER_KIND) return;
      const file = path.join(folder, name);
      const stat = statSync(file, { throwIfNoEntry: false });
      if (stat?.isDirectory()) walk(file);
      else if (stat?.isFile() && matches(name)) found.push(file);
    }
  };
  walk(path.join(repoRoot, 'node_modules'));
  return found.map((file) => readFileSync(file, 'utf8'));
}

function row(label: string, texts: readonly string[], judge: Judge): void {
  const accepted = texts.filter((text) => judge(text)).length;
  const share = texts.length > 0 ? ((100 * accepted) / texts.length).toFixed(1) : '-';
  console.log(`${label.padEnd(62)} ${String(accepted).padStart(5)} / ${String(texts.length).padEnd(5)} ${share.padStart(6)}%`);
}

async function main(): Promise<void> {
  const judge = await loadJudge();
  console.log('Read as an article (accepted / texts):');
  for (const split of ['train', 'dev']) {
    const articles = newsTexts(split);
    if (articles.length === 0) continue;
    row(`PolNeAR ${split}, whole articles`, articles, judge);
    row(`PolNeAR ${split}, first 45 words holding a quotation`, articles.map((text) => firstWords(text, BRIEF_WORDS)).filter((brief) => WHOLE_QUOTATION.test(brief)), judge);
    row(`PolNeAR ${split}, 45 words from the first quotation's paragraph`, articles.map(briefAroundFirstQuotation).filter((brief) => brief !== undefined), judge);
  }
  const kinds: Array<[string, (name: string) => boolean]> = [
    ['READMEs', (name) => /^readme\.md$/i.test(name)],
    ['changelogs', (name) => /^(?:changelog|history)\.md$/i.test(name)],
    ['licences', (name) => /^licen[cs]e(?:\.md|\.txt)?$/i.test(name)],
    ['package.json files', (name) => name === 'package.json'],
    ['JavaScript files', (name) => name.endsWith('.js')],
  ];
  for (const [label, matches] of kinds) {
    const files = nonArticleFiles(matches);
    row(`node_modules ${label}, whole`, files, judge);
    row(`node_modules ${label}, first 45 words`, files.map((text) => firstWords(text, BRIEF_WORDS)), judge);
  }
}

void main();
