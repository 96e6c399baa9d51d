/**
 * Turns the seeds' gold annotation (`seeds.gold.json`) into the `ArticleRecord`s that `compareArticles` takes,
 * so the comparison can be developed and measured independently of the analysis engine.
 * Each article gets its own speakers, named as that article names them, with ids local to the article:
 * the gold's workspace-wide speaker ids never reach the comparison, which must find identities itself.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise';
import type { ArticleAnalysis, ArticleRecord, Mention, MentionKind, Quote, Role, Speaker } from '../../src/core/types';

export interface GoldQuote {
  id: string;
  type: Quote['type'];
  text: string;
  start: number;
  end: number;
  speaker: string;
  cue?: string;
  cueStart?: number;
  cueEnd?: number;
  via?: string;
}

export interface GoldArticle {
  file: string;
  roles: { speaker: string; role: string; evidence: string; start: number; end: number }[];
  mentions: { speaker: string; text: string; start: number; end: number }[];
  quotes: GoldQuote[];
}

export interface GoldStatement {
  id: string;
  speaker: string;
  reports: { file: string; quote: string; form: 'verbatim' | 'variant' | 'paraphrase' }[];
}

export interface Gold {
  speakers: { id: string; name: string; kind: Speaker['kind']; aliases: string[] }[];
  articles: GoldArticle[];
  statements: GoldStatement[];
}

export interface GoldWorkspace {
  gold: Gold;
  records: ArticleRecord[];
  /** Gold quote id → the record's file and quote id. */
  quoteRefs: Map<string, { file: string; quoteId: string }>;
  /** Per file: article speaker id → gold speaker id, to score identities. */
  speakerRefs: Map<string, Map<string, string>>;
}

export function readGold(goldFile: string): Gold {
  return JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
}

export function goldWorkspace(goldFile: string, seedsFolder: string): GoldWorkspace {
  const gold = readGold(goldFile);
  const quoteRefs = new Map<string, { file: string; quoteId: string }>();
  const speakerRefs = new Map<string, Map<string, string>>();
  const records = gold.articles.map((article) => {
    const text = readFileSync(path.join(seedsFolder, article.file), 'utf8');
    const { analysis, localIds, goldIdsOfQuotes } = goldAnalysis(gold, article);
    speakerRefs.set(article.file, new Map([...localIds].map(([goldId, localId]) => [localId, goldId])));
    for (const [goldQuoteId, quoteId] of goldIdsOfQuotes) quoteRefs.set(goldQuoteId, { file: article.file, quoteId });
    return { file: article.file, text, analysis };
  });
  return { gold, records, quoteRefs, speakerRefs };
}

function goldAnalysis(gold: Gold, article: GoldArticle) {
  const kinds = new Map(gold.speakers.map((s) => [s.id, s.kind]));
  const goldIds = new Set([
    ...article.mentions.map((m) => m.speaker),
    ...article.quotes.map((q) => q.speaker),
    ...article.quotes.flatMap((q) => (q.via ? [q.via] : [])),
  ]);
  const localIds = new Map<string, string>();
  const speakers: Speaker[] = [];
  for (const goldId of [...goldIds].sort()) {
    const mentionTexts = article.mentions.filter((m) => m.speaker === goldId).map((m) => m.text);
    const roles: Role[] = article.roles
      .filter((r) => r.speaker === goldId)
      .map((r) => ({ text: r.role, start: r.start, end: r.end }));
    const name = printedName(mentionTexts) ?? gold.speakers.find((s) => s.id === goldId)!.name;
    let id = slug(name);
    while (speakers.some((s) => s.id === id)) id += '-2';
    localIds.set(goldId, id);
    const mentions: Mention[] = article.mentions
      .filter((m) => m.speaker === goldId)
      .map((m) => ({ start: m.start, end: m.end, text: m.text, kind: mentionKind(m.text, name) }));
    speakers.push({
      id,
      name,
      aliases: [...new Set([name, ...mentionTexts.filter((t) => !PRONOUNS.has(t.toLowerCase()))])],
      kind: kinds.get(goldId) ?? 'person',
      roles,
      affiliation: affiliationOf([...roles.map((r) => r.text), name]),
      mentions,
    });
  }
  const ordered = [...article.quotes].sort((a, b) => a.start - b.start);
  const goldIdsOfQuotes = new Map(ordered.map((q, i) => [q.id, `q${i + 1}`]));
  const firstPartByCue = new Map<number, string>();
  const quotes: Quote[] = ordered.map((q) => {
    const id = goldIdsOfQuotes.get(q.id)!;
    const sharesCue = q.type === 'direct' && q.cueStart !== undefined
      && ordered.filter((o) => o.type === 'direct' && o.cueStart === q.cueStart).length > 1;
    if (sharesCue && !firstPartByCue.has(q.cueStart!)) firstPartByCue.set(q.cueStart!, id);
    return {
      id,
      type: q.type,
      start: q.start,
      end: q.end,
      text: q.text,
      speakerId: localIds.get(q.speaker) ?? null,
      cue: q.cue !== undefined && q.cueStart !== undefined && q.cueEnd !== undefined
        ? { start: q.cueStart, end: q.cueEnd, text: q.cue, lemma: cueLemma(q.cue) }
        : undefined,
      viaSpeakerId: q.via ? localIds.get(q.via) : undefined,
      partOf: sharesCue ? firstPartByCue.get(q.cueStart!) : undefined,
    };
  });
  const analysis: ArticleAnalysis = { quotes, speakers, scareQuotes: [] };
  return { analysis, localIds, goldIdsOfQuotes };
}

const PRONOUNS = new Set(['he', 'she', 'they', 'who', 'it', 'we', 'i']);

/** The fullest form that is a name (every word capitalised), else the longest description. */
function printedName(mentions: string[]): string | undefined {
  const candidates = mentions.filter((m) => !PRONOUNS.has(m.toLowerCase()));
  const names = candidates.filter((m) => m.split(/\s+/).every((w) => /^[A-Z]/.test(w)));
  const pool = names.length > 0 ? names : candidates;
  return pool.sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
}

function mentionKind(text: string, name: string): MentionKind {
  if (PRONOUNS.has(text.toLowerCase())) return 'pronoun';
  if (text === name) return 'name';
  if (name.endsWith(' ' + text)) return 'surname';
  return /^[A-Z]/.test(text) && text.split(/\s+/).every((w) => /^[A-Z]/.test(w)) ? 'name' : 'role';
}

const SIDES: [string, RegExp][] = [
  ['Russia', /\b(russian?|kremlin|moscow)\b/i],
  ['Ukraine', /\b(ukrain\w*|kyiv|kiev)\b/i],
  ['United States', /\b(u\.?s\.?|united states|american|pentagon|white house|washington)\b/i],
  ['United Kingdom', /\b(uk|u\.k\.|british|britain|united kingdom|london)\b/i],
];

/** The side a role or name states, when it states exactly one ("Russian and Ukrainian officials" states none). */
function affiliationOf(descriptions: string[]): string | undefined {
  for (const description of descriptions) {
    const sides = SIDES.filter(([, pattern]) => pattern.test(description)).map(([side]) => side);
    if (sides.length === 1) return sides[0];
  }
  return undefined;
}

function cueLemma(cue: string): string {
  // The gold keeps a line break that the printed article puts inside a word ("prom\nised").
  const words = cue.replace(/\n/g, '').replace(/\s+/g, ' ').trim().toLowerCase().split(' ');
  if (words[0] === 'according') return words.join(' ');
  // A bare word is often tagged as an adjective ("suggested"); a subject makes compromise read it as a verb.
  const infinitive = nlp(`they ${words[0]}`).verbs().toInfinitive().text().replace(/^they /, '') || words[0];
  return [infinitive, ...words.slice(1)].join(' ');
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
