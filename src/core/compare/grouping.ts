/**
 * Groups one workspace speaker's reports into statements, in time linear in the number of reports for the
 * speakers every article quotes:
 * 1. reports in the same words are one wording, found by hashing, however many outlets print them;
 * 2. candidate pairs of wordings come from blocking (opening or closing words, a shared word that few of the
 *    speaker's wordings hold), never from all pairs; copied wordings (variants) join outright;
 * 3. each wording cluster with no direct quotation attaches to its single best paraphrase match. Direct
 *    quotations attach to nothing, so a statement never holds two utterances in other words, and a lede that
 *    touches two statements joins only the one it matches best instead of bridging them.
 */
import { compareUnits, compareWordings, oppositeClaims, paraphraseEvidence, sharesClaimWord, type Match, type Weigh } from './similarity';
import type { Quote } from '../types';
import { PairMemo, type PairAnswer, type PairMode } from './pairs';
import { SAME_STATEMENT_THRESHOLD, sameStatementProbability } from './statement-score';
import type { Unit } from './units';
import { UnionFind } from './union-find';
import { joinRetellings } from './retellings';

export interface UnitGroup {
  reports: GroupedQuote[];
}

export interface GroupedQuote {
  unit: Unit;
  /** The quotation itself: one part of the unit. */
  part: Quote;
  /** The unit's best match to another unit of the group; null for a report that stands alone. */
  match: Match | null;
  /** Index of the unit's wording (its exact words) within the speaker's grouping. */
  wording: number;
  /** Wordings of the group that give the same words as this one (verbatim or variant), its own included. */
  sameWording: ReadonlySet<number>;
}

/**
 * A word held by more of the speaker's wordings than this is the speaker's standing topic ("security",
 * "guarantees"): too common to tell statements apart, and a blocking key that would pair everything with everything.
 */
const MAX_POSTING = 32;
/** Beyond MAX_POSTING, how many neighbours (in wording order) each copy of an opening or closing is compared with. */
const COPY_WINDOW = 4;
/** Words of the opening and closing shingles. */
const SHINGLE = 4;
/**
 * An indirect report placed right beside a direct quotation of the same speaker usually introduces or sums it
 * up ("X said Y. 'Z,' X told …").
 */
const ADJACENCY_BONUS = 0.08;
/** Evidence a paraphrase reached through another paraphrase needs against the direct quotation it ends at. */
const CHAIN_EVIDENCE = 0.15;

interface Wording {
  /** Indexes into the ordered units, in text order. */
  units: number[];
  /** The first unit, whose words stand for all. */
  representative: Unit;
  /** Some unit in these words is entirely a direct quotation. */
  direct: boolean;
}

interface Edge {
  a: number;
  b: number;
  match: Match;
  /** A paraphrase printed right beside the direct quotation it matches: the writer's own pairing. */
  beside: boolean;
}

/** `memo` carries pair matches from one grouping to the next while the words' rarity stays (see `PairMemo`). */
export function groupUnits(units: Unit[], weigh: Weigh, memo = new PairMemo()): UnitGroup[] {
  const ordered = [...units].sort(inTextOrder);
  const wordingOfUnit: number[] = [];
  const wordings = distinctWordings(ordered, wordingOfUnit);
  const edges = candidateEdges(wordings, ordered, wordingOfUnit, weigh, memo);
  const copies = new UnionFind(wordings.length);
  for (const edge of edges) if (edge.match.relation !== 'paraphrase') copies.union(edge.a, edge.b);
  // Two outlets' direct quotations in other words can be one utterance, reported from different recordings or
  // translations; the statement score decided that (see `pairAnswer`).
  const utterances = new UnionFind(wordings.length);
  for (const edge of edges) if (edge.match.relation !== 'paraphrase' || (wordings[edge.a].direct && wordings[edge.b].direct)) utterances.union(edge.a, edge.b);
  const statements = attachParaphrases(wordings, edges, utterances, weigh, memo);
  joinRetellings(wordings.map((w) => ({ file: w.representative.file, direct: w.direct })), edges, statements);
  const members = new Map<number, number[]>();
  for (let w = 0; w < wordings.length; w++) {
    const root = statements.find(w);
    const list = members.get(root);
    if (list) list.push(w);
    else members.set(root, [w]);
  }
  const edgesOf = new Map<number, Edge[]>();
  for (const edge of edges) {
    if (statements.find(edge.a) !== statements.find(edge.b)) continue;
    for (const end of [edge.a, edge.b]) {
      const list = edgesOf.get(end);
      if (list) list.push(edge);
      else edgesOf.set(end, [edge]);
    }
  }
  return [...members.values()].flatMap((group) => toGroups(group, { wordings, ordered, wordingOfUnit, edgesOf, copies }));
}

function distinctWordings(ordered: Unit[], wordingOfUnit: number[]): Wording[] {
  const byWords = new Map<string, number>();
  const wordings: Wording[] = [];
  ordered.forEach((unit, index) => {
    const key = unit.words.length > 0 ? joinedWords(unit, true) : `#${unit.key}`;
    let w = byWords.get(key);
    if (w === undefined) {
      w = wordings.length;
      byWords.set(key, w);
      wordings.push({ units: [], representative: unit, direct: false });
    }
    wordings[w].units.push(index);
    wordings[w].direct ||= isDirect(unit);
    wordingOfUnit.push(w);
  });
  return wordings;
}

function candidateEdges(wordings: Wording[], ordered: Unit[], wordingOfUnit: number[], weigh: Weigh, memo: PairMemo): Edge[] {
  const postings = new Map<string, number[]>();
  const post = (key: string, index: number) => {
    const list = postings.get(key);
    if (list) list.push(index);
    else postings.set(key, [index]);
  };
  wordings.forEach(({ representative: unit }, index) => {
    // A quotation cut short keeps its opening or its closing words: block on both, as copies may share no rare word.
    if (unit.words.length >= SHINGLE) for (const shingle of shinglesOf(unit)) post(shingle, index);
    for (const stem of unit.stems) post(stem, index);
  });
  const boosted = besideDirect(ordered, wordingOfUnit, wordings.length);
  const seen = new Set<number>();
  const edges: Edge[] = [];
  const consider = (x: number, y: number) => {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    const pairKey = a * wordings.length + b;
    if (seen.has(pairKey)) return;
    seen.add(pairKey);
    const beside = boosted.has(pairKey);
    const first = wordings[a].representative;
    const second = wordings[b].representative;
    // Two direct quotations in other words are two utterances: only copied wording can join them.
    const mode = wordings[a].direct && wordings[b].direct ? 'copy' : beside ? 'beside' : 'apart';
    const match = memo.answer(first, second, mode, () => pairAnswer(first, second, mode, weigh) as Match | null);
    if (match) edges.push({ a, b, match, beside: beside && match.relation === 'paraphrase' });
  };
  for (const [key, list] of postings) {
    if (list.length < 2) continue;
    if (list.length <= MAX_POSTING) {
      for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) consider(list[x], list[y]);
    } else if (key.startsWith('^') || key.startsWith('$')) {
      // Hundreds of copies of one quotation share its opening or closing: sorted by their wording from that end,
      // each meets the copies closest to it, and copies join transitively.
      const sorted = sortedFrom(list, wordings, key.startsWith('^'));
      for (let x = 0; x < sorted.length; x++) for (let y = x + 1; y <= x + COPY_WINDOW && y < sorted.length; y++) consider(sorted[x], sorted[y]);
    }
  }
  // The writer's own pairing is compared even when the two share only words too common to block on.
  for (const pairKey of boosted) consider(Math.floor(pairKey / wordings.length), pairKey % wordings.length);
  return edges;
}

function sortedFrom(list: number[], wordings: Wording[], fromStart: boolean): number[] {
  const keyed = list.map((w) => ({ w, key: joinedWords(wordings[w].representative, fromStart) }));
  keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.w - y.w));
  return keyed.map(({ w }) => w);
}

const shingles = new WeakMap<Unit, [string, string]>();

/** Blocking keys of a unit's opening and closing words. */
function shinglesOf(unit: Unit): [string, string] {
  let keys = shingles.get(unit);
  if (!keys) shingles.set(unit, (keys = [`^${unit.words.slice(0, SHINGLE).join(' ')}`, `$${unit.words.slice(-SHINGLE).join(' ')}`]));
  return keys;
}

const forwardWords = new WeakMap<Unit, string>();
const backwardWords = new WeakMap<Unit, string>();

/** A unit's words joined, read from the start or from the end; remembered, as every re-grouping of its speaker reads them. */
function joinedWords(unit: Unit, fromStart: boolean): string {
  const cache = fromStart ? forwardWords : backwardWords;
  let joined = cache.get(unit);
  if (joined === undefined) cache.set(unit, (joined = (fromStart ? unit.words : [...unit.words].reverse()).join(' ')));
  return joined;
}

/** The answer to one question about a pair (see `PairMode`): the only place a grouping reads words' rarity. */
export function pairAnswer(first: Unit, second: Unit, mode: PairMode, weigh: Weigh): PairAnswer {
  switch (mode) {
    case 'copy': return compareWordings(first, second) ?? (first.file !== second.file ? sameStatement(first, second) : null);
    case 'apart': return scorePair(first, second, weigh, false);
    case 'beside': return scorePair(first, second, weigh, true);
    case 'chain': return paraphraseEvidence(first, second, weigh);
  }
}

/** A paraphrase by the calibrated statement score, which reads the wording alone; never two opposite claims. */
function sameStatement(a: Unit, b: Unit): Match | null {
  if (oppositeClaims(a, b)) return null;
  const probability = sameStatementProbability(a, b);
  return probability >= SAME_STATEMENT_THRESHOLD ? { relation: 'paraphrase', score: Math.min(probability, 0.9) } : null;
}

function scorePair(a: Unit, b: Unit, weigh: Weigh, adjacent: boolean): Match | null {
  const match = compareUnits(a, b, weigh) ?? sameStatement(a, b);
  if (!adjacent || (match && match.relation !== 'paraphrase')) return match;
  const loose = compareUnits(a, b, weigh, ADJACENCY_BONUS);
  const boosted = loose && loose.relation === 'paraphrase' ? loose : null;
  return boosted && (!match || boosted.score > match.score) ? boosted : match;
}

/**
 * Pairs of wordings (`a * count + b`, a < b) printed next to each other in one article, one a direct quotation
 * and the other not.
 */
function besideDirect(ordered: Unit[], wordingOfUnit: number[], count: number): Set<number> {
  const pairs = new Set<number>();
  // Units are in text order within each file, so neighbours in the list are neighbours in the article.
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1];
    const unit = ordered[i];
    if (previous.file !== unit.file || isDirect(previous) === isDirect(unit)) continue;
    const [a, b] = [wordingOfUnit[i - 1], wordingOfUnit[i]].sort((x, y) => x - y);
    if (a !== b) pairs.add(a * count + b);
  }
  return pairs;
}

function isDirect(unit: Unit): boolean {
  return unit.parts.every((part) => part.type === 'direct');
}

/**
 * Each copy cluster without a direct quotation points to the cluster it paraphrases best, and first to a direct
 * quotation printed right beside it (a lede or an indirect report introducing the quotation); direct clusters point
 * nowhere. Every statement is then a tree with one sink, so it holds at most one direct wording cluster. A cluster
 * that reaches the sink only through other paraphrases must still match the sink's fullest wording:
 * paraphrases of paraphrases drift ("hope for a compromise" → "close to a deal" → "neutrality is discussed").
 */
function attachParaphrases(wordings: Wording[], edges: Edge[], copies: UnionFind, weigh: Weigh, memo: PairMemo): UnionFind {
  const direct = new Set<number>();
  const fullest = new Map<number, number>();
  for (let w = 0; w < wordings.length; w++) {
    const cluster = copies.find(w);
    if (wordings[w].direct) direct.add(cluster);
    const current = fullest.get(cluster);
    if (current === undefined || wordings[w].representative.tokens.length > wordings[current].representative.tokens.length) fullest.set(cluster, w);
  }
  const best = new Map<number, { to: number; score: number; beside: boolean }>();
  const offer = (from: number, to: number, score: number, beside: boolean) => {
    if (direct.has(from)) return;
    const current = best.get(from);
    const better = !current || (beside !== current.beside ? beside : score > current.score || (score === current.score && to < current.to));
    if (better) best.set(from, { to, score, beside });
  };
  for (const edge of edges) {
    if (edge.match.relation !== 'paraphrase') continue;
    const a = copies.find(edge.a);
    const b = copies.find(edge.b);
    if (a === b) continue;
    offer(a, b, edge.match.score, edge.beside);
    offer(b, a, edge.match.score, edge.beside);
  }
  const mutual = (a: number) => best.get(best.get(a)?.to ?? -1)?.to === a;
  const wordingOf = (cluster: number) => wordings[fullest.get(cluster)!].representative;
  const chainEvidence = (a: Unit, b: Unit) => memo.answer(a, b, 'chain', () => pairAnswer(a, b, 'chain', weigh) as number);
  const sinkOf = new Map<number, number>();
  for (const start of best.keys()) {
    const path: number[] = [];
    let node = start;
    while (!sinkOf.has(node)) {
      const pointer = best.get(node);
      if (!pointer) sinkOf.set(node, node);
      else if (mutual(node)) {
        sinkOf.set(node, Math.min(node, pointer.to));
        sinkOf.set(pointer.to, Math.min(node, pointer.to));
      } else {
        path.push(node);
        node = pointer.to;
      }
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const target = best.get(path[i])!.to;
      const sink = sinkOf.get(target)!;
      // Two paraphrases that point at each other are the statement's core: joining one, a report must share a word
      // with the other. Further down a chain, it must match the statement's sink itself.
      const reached = sink === target || (mutual(target)
        ? sharesClaimWord(wordingOf(path[i]), wordingOf(best.get(target)!.to))
        : chainEvidence(wordingOf(path[i]), wordingOf(sink)) >= CHAIN_EVIDENCE);
      sinkOf.set(path[i], reached ? sink : path[i]);
    }
  }
  const statements = new UnionFind(wordings.length);
  for (let w = 0; w < wordings.length; w++) {
    const cluster = copies.find(w);
    statements.union(w, cluster);
    statements.union(cluster, sinkOf.get(cluster) ?? cluster);
  }
  return statements;
}

/** One statement's wordings as report groups; a split quotation's part that says nothing the rest says stands alone. */
interface Grouping {
  wordings: Wording[];
  ordered: Unit[];
  wordingOfUnit: number[];
  /** Per wording, its edges within its statement. */
  edgesOf: Map<number, Edge[]>;
  copies: UnionFind;
}

function toGroups(group: number[], { wordings, ordered, wordingOfUnit, edgesOf, copies }: Grouping): UnitGroup[] {
  const unitIndexes = group.flatMap((w) => wordings[w].units).sort((x, y) => x - y);
  // Per stem, how many of the statement's units hold it: read only for split quotations.
  let stemUnits: Map<string, number> | undefined;
  const unitsWith = (stem: string) => {
    if (!stemUnits) {
      stemUnits = new Map();
      for (const index of unitIndexes) for (const s of ordered[index].stems) stemUnits.set(s, (stemUnits.get(s) ?? 0) + 1);
    }
    return stemUnits.get(stem) ?? 0;
  };
  const sameWordingOf = new Map<number, Set<number>>();
  for (const w of group) {
    const root = copies.find(w);
    const set = sameWordingOf.get(root) ?? new Set<number>();
    set.add(w);
    sameWordingOf.set(root, set);
  }
  const groups: UnitGroup[] = [];
  const kept: UnitGroup = { reports: [] };
  const several = unitIndexes.length > 1;
  for (const index of unitIndexes) {
    const unit = ordered[index];
    const w = wordingOfUnit[index];
    const match = bestMatch(w, wordings, edgesOf);
    const sameWording = sameWordingOf.get(copies.find(w))!;
    unit.parts.forEach((part, partIndex) => {
      // A part of a split quotation stays only if it says something the rest of the statement says: a word
      // another unit holds besides this one (every word of a part is one of its unit's stems).
      const belongs = several && (unit.parts.length === 1 || unit.tokens.some((t, i) =>
        unit.partOfToken[i] === partIndex && t.stem !== undefined && unitsWith(t.stem) > 1));
      if (belongs) kept.reports.push({ unit, part, match, wording: w, sameWording });
      else groups.push({ reports: [{ unit, part, match: null, wording: w, sameWording: new Set([w]) }] });
    });
  }
  if (kept.reports.length > 0) groups.unshift(kept);
  return groups;
}

/** The best match of a wording within its statement: another copy in the same words is a verbatim match. */
function bestMatch(w: number, wordings: Wording[], edgesOf: Map<number, Edge[]>): Match | null {
  if (wordings[w].units.length > 1) return { relation: 'verbatim', score: 1 };
  let best: Match | null = null;
  for (const edge of edgesOf.get(w) ?? []) if (!best || edge.match.score > best.score) best = edge.match;
  return best;
}

/** Deterministic order: by file, then by position in the text. */
function inTextOrder(a: Unit, b: Unit): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.parts[0].start - b.parts[0].start;
}
