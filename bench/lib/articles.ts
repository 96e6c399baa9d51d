/**
 * Article texts for benchmarks, resampled from the bundled seeds: paragraphs drawn at random, people renamed,
 * numbers and weekdays changed, and every paragraph numbered, so no paragraph repeats (the analyzer caches paragraphs
 * and lines by content; a benchmark made of repeats would only measure the cache). Deterministic per seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { mulberry32 } from '../../scripts/lib/random';

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'dor', 'vas', 'te', 'shen', 'bru', 'na', 'pol', 'yev', 'ri', 'gan', 'zu', 'os'];


export function seedTexts(): string[] {
  return readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(path.join(SEEDS, name), 'utf8'));
}

function seedParagraphs(): string[] {
  return seedTexts().flatMap((text) => text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 40));
}

function inventName(random: () => number, syllables: number): string {
  let name = '';
  for (let i = 0; i < syllables; i++) name += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return name[0].toUpperCase() + name.slice(1);
}

/** Capitalised words inside a sentence (not after . ! ? or a line start) are mostly names: rename them consistently. */
function recast(paragraph: string, cast: Map<string, string>, random: () => number): string {
  return paragraph
    .replace(/(?<=[a-z,;] )([A-Z][a-z]{3,})(?=[ ,.’'])/g, (word) => {
      if (WEEKDAYS.includes(word)) return WEEKDAYS[Math.floor(random() * 7)];
      let renamed = cast.get(word);
      if (!renamed) {
        renamed = inventName(random, 2 + Math.floor(random() * 2));
        cast.set(word, renamed);
      }
      return renamed;
    })
    .replace(/\b\d+\b/g, () => String(1 + Math.floor(random() * 999)));
}

/** One article of about `bytes` characters. */
export function generateArticle(random: () => number, bytes: number): string {
  const paragraphs = seedParagraphs();
  const cast = new Map<string, string>();
  const out: string[] = [];
  let length = 0;
  while (length < bytes) {
    // A serial number keeps a paragraph drawn twice from being a cache hit: the benchmark measures analysis.
    const paragraph = `${recast(paragraphs[Math.floor(random() * paragraphs.length)], cast, random)} (No. ${out.length + 1})`;
    out.push(paragraph);
    length += paragraph.length + 2;
  }
  return out.join('\n\n');
}

/** A workspace of `count` articles of seed-like length (2–4 KB). */
export function generateWorkspace(count: number, seed: number): { file: string; text: string }[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, index) => ({
    file: `bench/article-${String(index).padStart(5, '0')}.txt`,
    text: generateArticle(random, 2000 + Math.floor(random() * 2000)),
  }));
}
