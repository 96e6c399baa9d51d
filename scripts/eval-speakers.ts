/**
 * Measures speaker resolution on its own: gold attributions (content spans, cue, gold speaker span as `source`)
 * go into `resolveSpeakers`, so quote-finding errors do not blur the figures.
 *
 *   npx tsx scripts/eval-speakers.ts            seeds + PolNeAR train and dev
 *   npx tsx scripts/eval-speakers.ts --sample N also prints N pronoun resolutions from PolNeAR dev to check by hand
 *
 * Seeds: the gold has no speaker spans, so each quote's source is the gold mention of its speaker nearest to the cue.
 */
import { readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Attribution } from '../src/core/attribution';
import { resolveSpeakers } from '../src/core/speakers';
import { namesMatch } from '../src/core/speakers/names';
import type { QuoteType, Span, Speaker } from '../src/core/types';
import { repoRoot } from './lib/paths';

const shared = path.join(repoRoot, '..', 'shared', 'data');
const sampleArg = process.argv.indexOf('--sample');
const sampleSize = sampleArg >= 0 ? Number(process.argv[sampleArg + 1] ?? 20) : 0;

/** score.py's name rule: equal after normalisation, or the same last token. */
function normName(x: string | null | undefined): string[] {
  return (x ?? '')
    .toLowerCase()
    .replace(/[^\w\s'-]/g, ' ')
    .replace(/\b(mr|mrs|ms|dr|sen|rep|gov|prof|president|the)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}
function scorerNameMatch(pred: string | null | undefined, gold: string): boolean {
  const p = normName(pred);
  const g = normName(gold);
  if (!p.length || !g.length) return false;
  return p.join(' ') === g.join(' ') || p[p.length - 1] === g[g.length - 1];
}
const overlaps = (a: Span, b: Span): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '-');

interface GoldSpeaker { id: string; name: string; kind: string; aliases: string[] }
interface GoldMention { speaker: string; text: string; start: number; end: number }
interface GoldRole { speaker: string; role: string; start: number; end: number }
interface GoldQuote { id: string; type: QuoteType; start: number; end: number; speaker: string; cue: string; cueStart: number; cueEnd: number; via?: string }
interface GoldArticle { file: string; roles: GoldRole[]; mentions: GoldMention[]; quotes: GoldQuote[] }

/** Across articles: persons whose names match must be one gold speaker, and every gold person in several articles must match. */
function crossArticleMerges(predicted: { file: string; speaker: Speaker; goldId?: string }[], goldSpeaker: Map<string, GoldSpeaker>, failures: string[]): { falseMerges: number; missedMerges: number } {
  let falseMerges = 0, missedMerges = 0;
  const persons = predicted.filter((p) => p.speaker.kind === 'person' && p.goldId);
  for (let a = 0; a < persons.length; a++) {
    for (let b = a + 1; b < persons.length; b++) {
      if (persons[a].file === persons[b].file) continue;
      const match = namesMatch(persons[a].speaker.name, persons[b].speaker.name);
      if (match && persons[a].goldId !== persons[b].goldId) {
        falseMerges++;
        failures.push(`CROSS FALSE MERGE ${persons[a].speaker.name} (${persons[a].goldId}) ~ ${persons[b].speaker.name} (${persons[b].goldId})`);
      }
      if (!match && persons[a].goldId === persons[b].goldId && goldSpeaker.get(persons[a].goldId!)?.kind === 'person') {
        missedMerges++;
        failures.push(`CROSS MISSED MERGE ${persons[a].speaker.name} / ${persons[b].speaker.name} (${persons[a].goldId})`);
      }
    }
  }
  return { falseMerges, missedMerges };
}

function evalSeeds(): void {
  const gold = JSON.parse(readFileSync(path.join(shared, 'seeds.gold.json'), 'utf8')) as { speakers: GoldSpeaker[]; articles: GoldArticle[] };
  const goldSpeaker = new Map(gold.speakers.map((s) => [s.id, s]));
  let quotes = 0, scorerOk = 0, identityOk = 0, rolesFound = 0, rolesTotal = 0;
  const failures: string[] = [];
  const predicted: { file: string; speaker: Speaker; goldId?: string }[] = [];
  for (const article of gold.articles) {
    const text = readFileSync(path.join(repoRoot, 'seeds', article.file), 'utf8');
    const attributions: Attribution[] = article.quotes.map((q) => {
      const mentions = article.mentions.filter((m) => m.speaker === q.speaker);
      const nearest = mentions.sort((a, b) => distance(a, q) - distance(b, q))[0];
      return { type: q.type, parts: [{ start: q.start, end: q.end }], cue: { start: q.cueStart, end: q.cueEnd, text: q.cue, lemma: q.cue }, source: nearest ? { start: nearest.start, end: nearest.end } : undefined };
    });
    const { speakers, resolved } = resolveSpeakers(text, attributions);
    const byId = new Map(speakers.map((s) => [s.id, s]));
    article.quotes.forEach((q, i) => {
      quotes++;
      const g = goldSpeaker.get(q.speaker)!;
      const r = resolved[i];
      const name = r ? byId.get(r.speakerId)?.name : undefined;
      if (scorerNameMatch(name, g.name)) scorerOk++;
      const identity = !!name && [g.name, ...g.aliases].some((a) => scorerNameMatch(name, a));
      if (identity) identityOk++;
      else failures.push(`${article.file} ${q.id} gold=${g.id} src="${attributions[i].source ? text.slice(attributions[i].source!.start, attributions[i].source!.end) : ''}" pred=${name ?? 'null'}`);
    });
    // A predicted speaker is the gold speaker whose mentions its own mentions overlap most.
    for (const speaker of speakers) {
      const votes = new Map<string, number>();
      for (const m of speaker.mentions) for (const gm of article.mentions) if (overlaps(m, gm)) votes.set(gm.speaker, (votes.get(gm.speaker) ?? 0) + 1);
      const goldIds = [...votes.keys()];
      if (goldIds.length > 1) failures.push(`${article.file} FALSE MERGE in article: ${speaker.name} = ${goldIds.join(' + ')}`);
      const goldId = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      predicted.push({ file: article.file, speaker, goldId });
    }
    for (const role of article.roles) {
      rolesTotal++;
      const holders = predicted.filter((p) => p.file === article.file && p.goldId === role.speaker);
      if (holders.some((h) => h.speaker.roles.some((r) => overlaps(r, role)))) rolesFound++;
      else failures.push(`${article.file} ROLE MISSED ${role.speaker}: "${text.slice(role.start, role.end)}" (have: ${holders.flatMap((h) => h.speaker.roles.map((r) => r.text)).join(' | ')})`);
    }
  }
  const { falseMerges, missedMerges } = crossArticleMerges(predicted, goldSpeaker, failures);
  const goldIdsFound = new Set(predicted.map((p) => p.goldId).filter(Boolean));
  console.log('SEEDS (gold attributions in, 5 articles)');
  console.log(`  speaker name acc, score.py rule vs gold name      ${pct(scorerOk, quotes)}%  (${scorerOk}/${quotes}; gold names with a parenthesised gloss cannot match by last token)`);
  console.log(`  speaker identity acc (name matches gold name/alias) ${pct(identityOk, quotes)}%  (${identityOk}/${quotes})`);
  console.log(`  gold roles found (overlap, right speaker)          ${pct(rolesFound, rolesTotal)}%  (${rolesFound}/${rolesTotal})`);
  console.log(`  gold speakers found ${goldIdsFound.size}/${gold.speakers.length}; cross-article false merges ${falseMerges}, missed person merges ${missedMerges}`);
  for (const f of failures) console.log('   - ' + f);
}

function distance(m: Span, q: GoldQuote): number {
  return Math.min(Math.abs(m.start - q.cueEnd), Math.abs(m.end - q.cueStart));
}

interface PolQuote { start: number; end: number; contentSpans?: number[][]; speaker?: string; speakerSpans?: number[][]; type: QuoteType; cue?: string; cueSpans?: number[][] }
interface PolArticle { id: string; text: string; quotes: PolQuote[] }

const PRONOUNS = /^(?:he|she|they|it|i|we|you|who|which|that)$/i;

function evalPolnear(split: string): void {
  const file = path.join(shared, 'polnear', `${split}.jsonl`);
  if (!existsSync(file)) return;
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  let n = 0, mentionOk = 0, nameOk = 0, pronouns = 0, pronounsNamed = 0, pronounAgree = 0, pronounChecked = 0;
  let elapsed = 0;
  const samples: string[] = [];
  for (const line of lines) {
    const article = JSON.parse(line) as PolArticle;
    const withSpeaker = article.quotes.filter((q) => q.speakerSpans && q.speakerSpans.length > 0);
    const attributions: Attribution[] = withSpeaker.map((q) => {
      const spans = q.speakerSpans!;
      const cue = q.cueSpans?.[0];
      return {
        type: q.type,
        parts: (q.contentSpans ?? [[q.start, q.end]]).map(([start, end]) => ({ start, end })),
        cue: cue ? { start: cue[0], end: cue[1], text: article.text.slice(cue[0], cue[1]), lemma: q.cue ?? '' } : undefined,
        source: { start: spans[0][0], end: spans[0][1] },
      };
    });
    const t0 = performance.now();
    const { speakers, resolved } = resolveSpeakers(article.text, attributions);
    elapsed += performance.now() - t0;
    const byId = new Map(speakers.map((s) => [s.id, s]));
    withSpeaker.forEach((q, i) => {
      n++;
      const r = resolved[i];
      const gold = q.speakerSpans!.map(([start, end]) => ({ start, end }));
      if (r && gold.some((g) => overlaps(g, r.mention))) mentionOk++;
      const name = r ? byId.get(r.speakerId)?.name : undefined;
      if (scorerNameMatch(name, q.speaker ?? '')) nameOk++;
      if (!PRONOUNS.test((q.speaker ?? '').trim())) return;
      pronouns++;
      if (name && !PRONOUNS.test(name)) pronounsNamed++;
      // Heuristic reference: the nearest earlier gold speaker printed as a capitalised name.
      const earlier = withSpeaker.slice(0, i).reverse().find((p) => p.speakerSpans![0][1] <= q.speakerSpans![0][0] && /^[A-Z]/.test(p.speaker ?? '') && !PRONOUNS.test(p.speaker ?? ''));
      if (earlier && /^(?:he|she)$/i.test(q.speaker ?? '')) {
        pronounChecked++;
        if (name && scorerNameMatch(name, earlier.speaker!)) pronounAgree++;
      }
      if (split === 'dev' && samples.length < sampleSize && /^(?:he|she|they|who)$/i.test(q.speaker ?? '')) {
        const s = q.speakerSpans![0][0];
        samples.push(`[${article.id}] …${article.text.slice(Math.max(0, s - 300), s).replace(/\s+/g, ' ')}[[${article.text.slice(s, q.speakerSpans![0][1])}]] → ${name ?? 'null'}`);
      }
    });
  }
  console.log(`POLNEAR ${split} (${lines.length} articles, ${n} quotes with a gold speaker span; gold spans in)`);
  console.log(`  speaker mention acc (overlap)          ${pct(mentionOk, n)}%`);
  console.log(`  speaker name acc (score.py rule)       ${pct(nameOk, n)}%  (pronoun gold names are the pronoun, so resolving them costs here)`);
  console.log(`  pronoun sources ${pronouns}: resolved to a named speaker ${pct(pronounsNamed, pronouns)}%; he/she agreeing with the nearest earlier named gold speaker ${pct(pronounAgree, pronounChecked)}% (n=${pronounChecked}, a heuristic reference)`);
  console.log(`  resolveSpeakers time ${elapsed.toFixed(0)} ms total, ${(elapsed / lines.length).toFixed(2)} ms/article`);
  for (const s of samples) console.log('   * ' + s);
}

evalSeeds();
evalPolnear('train');
evalPolnear('dev');
