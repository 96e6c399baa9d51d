/**
 * Regression on the seeds gold (test/fixtures/seeds.gold.json): gold attributions go in, so this measures speaker
 * resolution alone, as scripts/eval-speakers.ts does. Each quote's source is the gold mention of its speaker nearest
 * to the cue (the gold has no speaker spans). Thresholds sit a little under the measured figures.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Attribution } from '../../../src/core/attribution';
import { resolveSpeakers } from '../../../src/core/speakers';
import { namesMatch } from '../../../src/core/speakers/names';
import type { QuoteType, Span, Speaker } from '../../../src/core/types';

interface GoldSpeaker { id: string; name: string; kind: string; aliases: string[] }
interface GoldMention extends Span { speaker: string }
interface GoldRole extends Span { speaker: string }
interface GoldQuote extends Span { type: QuoteType; speaker: string; cue: string; cueStart: number; cueEnd: number }
interface GoldArticle { file: string; roles: GoldRole[]; mentions: GoldMention[]; quotes: GoldQuote[] }

const root = path.join(__dirname, '..', '..', '..');
const gold = JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'seeds.gold.json'), 'utf8')) as { speakers: GoldSpeaker[]; articles: GoldArticle[] };
const goldSpeakers = new Map(gold.speakers.map((s) => [s.id, s]));

const overlaps = (a: Span, b: Span): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** The rule of ../shared/tools/score.py: equal after normalisation, or the same last word. */
function sameName(predicted: string, goldName: string): boolean {
  const words = (x: string): string[] => x.toLowerCase().replace(/[^\w\s'-]/g, ' ').replace(/\b(mr|mrs|ms|dr|sen|rep|gov|prof|president|the)\b/g, ' ').split(/\s+/).filter(Boolean);
  const p = words(predicted);
  const g = words(goldName);
  return p.length > 0 && g.length > 0 && (p.join(' ') === g.join(' ') || p[p.length - 1] === g[g.length - 1]);
}

interface ArticleResult { article: GoldArticle; speakers: Speaker[]; names: (string | undefined)[]; goldIdOf: Map<Speaker, string[]> }

const results: ArticleResult[] = gold.articles.map((article) => {
  const text = readFileSync(path.join(root, 'seeds', article.file), 'utf8');
  const attributions: Attribution[] = article.quotes.map((q) => {
    const distance = (m: Span): number => Math.min(Math.abs(m.start - q.cueEnd), Math.abs(m.end - q.cueStart));
    const nearest = article.mentions.filter((m) => m.speaker === q.speaker).sort((a, b) => distance(a) - distance(b))[0];
    return { type: q.type, parts: [{ start: q.start, end: q.end }], cue: { start: q.cueStart, end: q.cueEnd, text: q.cue, lemma: q.cue }, source: nearest && { start: nearest.start, end: nearest.end } };
  });
  const { speakers, resolved } = resolveSpeakers(text, attributions);
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const goldIdOf = new Map(speakers.map((s) => [s, [...new Set(article.mentions.filter((gm) => s.mentions.some((m) => overlaps(m, gm))).map((gm) => gm.speaker))]]));
  return { article, speakers, names: resolved.map((r) => (r ? byId.get(r.speakerId)?.name : undefined)), goldIdOf };
});

describe('speaker resolution on the seeds gold', () => {
  it('names the gold speaker of at least 97% of quotes (by its gold name or one of its aliases)', () => {
    let right = 0;
    let total = 0;
    for (const { article, names } of results) {
      article.quotes.forEach((q, i) => {
        total++;
        const speaker = goldSpeakers.get(q.speaker)!;
        const name = names[i];
        if (name && [speaker.name, ...speaker.aliases].some((alias) => sameName(name, alias))) right++;
      });
    }
    assert.ok(right / total >= 0.97, `${right}/${total}`);
  });

  it('finds at least 95% of the gold roles on the right speaker', () => {
    let found = 0;
    let total = 0;
    for (const { article, speakers, goldIdOf } of results) {
      for (const role of article.roles) {
        total++;
        if (speakers.some((s) => goldIdOf.get(s)?.includes(role.speaker) && s.roles.some((r) => overlaps(r, role)))) found++;
      }
    }
    assert.ok(found / total >= 0.95, `${found}/${total}`);
  });

  it('never makes two gold speakers one, inside an article or across articles by name', () => {
    for (const { article, speakers, goldIdOf } of results) {
      for (const speaker of speakers) assert.ok((goldIdOf.get(speaker) ?? []).length <= 1, `${article.file}: ${speaker.name} = ${goldIdOf.get(speaker)}`);
    }
    const persons = results.flatMap(({ speakers, goldIdOf }) => speakers.filter((s) => s.kind === 'person' && goldIdOf.get(s)?.length === 1).map((s) => ({ name: s.name, goldId: goldIdOf.get(s)![0] })));
    for (const a of persons) {
      for (const b of persons) {
        assert.equal(namesMatch(a.name, b.name), a.goldId === b.goldId, `${a.name} (${a.goldId}) vs ${b.name} (${b.goldId})`);
      }
    }
  });
});
