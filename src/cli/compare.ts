import { readFileSync } from 'node:fs';
import { analyzeArticle, compareArticles } from '../core';

export async function runCompare(args: string[]): Promise<number> {
  const records = args.map((file) => {
    const text = readFileSync(file, 'utf8');
    return { file, text, analysis: analyzeArticle(text) };
  });
  process.stdout.write(JSON.stringify(compareArticles(records), null, 2) + '\n');
  return 0;
}
