import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../core';

export async function runAnalyze(args: string[]): Promise<number> {
  for (const file of args) {
    process.stdout.write(JSON.stringify({ file, ...analyzeArticle(readFileSync(file, 'utf8')) }) + '\n');
  }
  return 0;
}
