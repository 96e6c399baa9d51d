/**
 * Groups one workspace speaker's reports into statements. Candidate pairs come from blocking (same wording,
 * or a shared rare word), never from all pairs; clusters are then merged by average linkage, so a report that
 * touches two statements (a lede summarising both) cannot bridge them into one.
 */
import { compareUnits, type Match, type Weigh } from './similarity';
import type { Quote } from '../types';
import type { Unit } from './units';

export interface UnitGroup {
  reports: GroupedQuote[];
}

export interface GroupedQuote {
  unit: Unit;
  /** The quotation itself: one part of the unit. */
  part: Quote;
  /** The unit's best match to another unit of the group; null for a report that stands alone. */
  match: Match | null;
  /** Keys of the group's other units that give the same wording (verbatim or variant). */
  sameWording: Set<string>;
}

/** Average linkage a merge needs. */
const LINKAGE_THRESHOLD = 0.25;
/**
 * Blocking keys are the rare words (see the caller's `isRare`) a speaker's reports share, except those in more of
 * them than this: the speaker's standing topic ("security", "guarantees"), too common to tell statements apart.
 */
const MAX_POSTING = 64;
/** Words of the opening and closing shingles. */
const SHINGLE = 4;
/**
 * An indirect report placed right beside a direct quotation of the same speaker usually introduces or sums it
 * up ("X said Y. 'Z,' X told …").
 */
const ADJACENCY_BONUS = 0.12;

export function groupUnits(units: Unit[], weigh: Weigh, isRare: (stem: string) => boolean): UnitGroup[] {
  const ordered = [...units].sort(inTextOrder);
  const edges = candidateEdges(ordered, weigh, isRare);
  const clusters = averageLinkage(ordered.length, edges);
  return clusters.flatMap((members) => toGroups(members.map((i) => ordered[i]), edges, ordered));
}

interface Edge {
  a: number;
  b: number;
  match: Match;
  /** Two direct quotations in other words are two utterances, never one statement. */
  cannotLink: boolean;
}

function candidateEdges(units: Unit[], weigh: Weigh, isRare: (stem: string) => boolean): Edge[] {
  const postings = new Map<string, number[]>();
  const post = (key: string, index: number) => {
    const list = postings.get(key);
    if (list) list.push(index);
    else postings.set(key, [index]);
  };
  units.forEach((unit, index) => {
    post(`=${unit.words.join(' ')}`, index);
    // A quotation cut short keeps its opening or its closing words: block on both, as copies may share no rare word.
    if (unit.words.length >= SHINGLE) {
      post(`^${unit.words.slice(0, SHINGLE).join(' ')}`, index);
      post(`$${unit.words.slice(-SHINGLE).join(' ')}`, index);
    }
    for (const key of unit.stems) if (isRare(key)) post(key, index);
  });
  const neighbours = adjacentInArticle(units);
  const seen = new Set<number>();
  const edges: Edge[] = [];
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTING) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x];
        const b = list[y];
        const pairKey = a * units.length + b;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const edge = scorePair(units, a, b, weigh, neighbours);
        if (edge) edges.push(edge);
      }
    }
  }
  return edges;
}

function scorePair(units: Unit[], a: number, b: number, weigh: Weigh, neighbours: Set<string>): Edge | null {
  const unitA = units[a];
  const unitB = units[b];
  const sameArticle = unitA.file === unitB.file;
  let match = compareUnits(unitA, unitB, weigh);
  const directA = isDirect(unitA);
  const directB = isDirect(unitB);
  if (sameArticle && directA !== directB && neighbours.has(`${a}:${b}`)) {
    const boosted = boostedParaphrase(unitA, unitB, weigh);
    if (boosted && (!match || (match.relation === 'paraphrase' && boosted.score > match.score))) match = boosted;
  }
  if (!match) return null;
  const cannotLink = directA && directB && match.relation === 'paraphrase';
  return { a, b, match, cannotLink };
}

function boostedParaphrase(a: Unit, b: Unit, weigh: Weigh): Match | null {
  const loose = compareUnits(a, b, weigh, ADJACENCY_BONUS);
  return loose && loose.relation === 'paraphrase' ? loose : null;
}

/** Pairs `i:j` (i < j, indexes into `units`) of consecutive reports in one article. */
function adjacentInArticle(units: Unit[]): Set<string> {
  const byFile = new Map<string, number[]>();
  units.forEach((unit, index) => {
    const list = byFile.get(unit.file);
    if (list) list.push(index);
    else byFile.set(unit.file, [index]);
  });
  const pairs = new Set<string>();
  for (const list of byFile.values()) {
    const inText = [...list].sort((x, y) => units[x].parts[0].start - units[y].parts[0].start);
    for (let k = 1; k < inText.length; k++) {
      const [x, y] = [inText[k - 1], inText[k]].sort((p, q) => p - q);
      pairs.add(`${x}:${y}`);
    }
  }
  return pairs;
}

function isDirect(unit: Unit): boolean {
  return unit.parts.every((part) => part.type === 'direct');
}

/**
 * Reports in the same or copied wording (verbatim, variant) are one statement outright. Those clusters are then
 * merged by average linkage, where two wording clusters score their best pair (copies of one wording must not
 * dilute a paraphrase's match) and a missing pair counts as 0.
 */
function averageLinkage(count: number, edges: Edge[]): number[][] {
  const wording = new UnionFind(count);
  for (const edge of edges) if (edge.match.relation !== 'paraphrase') wording.union(edge.a, edge.b);
  const roots = [...new Set(Array.from({ length: count }, (_, i) => wording.find(i)))].sort((x, y) => x - y);
  const nodeOf = new Map(roots.map((root, node) => [root, node]));
  const nodes = roots.length;
  // Best paraphrase score between two wording clusters; blocked when any pair between them is cannot-link.
  const best = new Map<number, { score: number; blocked: boolean }>();
  for (const edge of edges) {
    const x = nodeOf.get(wording.find(edge.a))!;
    const y = nodeOf.get(wording.find(edge.b))!;
    if (x === y) continue;
    const key = Math.min(x, y) * nodes + Math.max(x, y);
    const seen = best.get(key);
    if (!seen) best.set(key, { score: edge.match.score, blocked: edge.cannotLink });
    else {
      seen.score = Math.max(seen.score, edge.match.score);
      seen.blocked ||= edge.cannotLink;
    }
  }
  const size = new Array<number>(nodes).fill(1);
  const alive = new Array<boolean>(nodes).fill(true);
  const version = new Array<number>(nodes).fill(0);
  const links: Map<number, { sum: number; blocked: boolean }>[] = Array.from({ length: nodes }, () => new Map());
  for (const [key, link] of best) addLink(links, Math.floor(key / nodes), key % nodes, link.score, link.blocked);
  const heap = new MaxHeap<{ a: number; b: number; va: number; vb: number }>();
  const push = (a: number, b: number) => {
    const link = links[a].get(b)!;
    if (link.blocked) return;
    const score = link.sum / (size[a] * size[b]);
    if (score < LINKAGE_THRESHOLD) return;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    heap.push({ a: lo, b: hi, va: version[lo], vb: version[hi] }, score, lo, hi);
  };
  for (let a = 0; a < nodes; a++) for (const b of links[a].keys()) if (a < b) push(a, b);
  const clusterOfNode = Array.from({ length: nodes }, (_, i) => i);
  for (let top = heap.pop(); top; top = heap.pop()) {
    const { a, b } = top;
    if (!alive[a] || !alive[b] || version[a] !== top.va || version[b] !== top.vb) continue;
    alive[b] = false;
    size[a] += size[b];
    version[a]++;
    for (let node = 0; node < nodes; node++) if (clusterOfNode[node] === b) clusterOfNode[node] = a;
    for (const [other, link] of links[b]) {
      if (other === a) continue;
      links[other].delete(b);
      addLink(links, a, other, link.sum, link.blocked);
    }
    links[a].delete(b);
    links[b].clear();
    for (const other of links[a].keys()) push(a, other);
  }
  const clusters = new Map<number, number[]>();
  for (let unit = 0; unit < count; unit++) {
    const cluster = clusterOfNode[nodeOf.get(wording.find(unit))!];
    const list = clusters.get(cluster);
    if (list) list.push(unit);
    else clusters.set(cluster, [unit]);
  }
  return [...clusters.values()];
}

function addLink(links: Map<number, { sum: number; blocked: boolean }>[], a: number, b: number, sum: number, blocked: boolean) {
  const existing = links[a].get(b);
  if (existing) {
    existing.sum += sum;
    existing.blocked ||= blocked;
  } else {
    const link = { sum, blocked };
    links[a].set(b, link);
    links[b].set(a, link);
  }
}

function toGroups(units: Unit[], edges: Edge[], ordered: Unit[]): UnitGroup[] {
  const inGroup = new Set(units.map((u) => u.key));
  const links = new Map<string, Map<string, Match>>(units.map((u) => [u.key, new Map()]));
  for (const edge of edges) {
    const a = ordered[edge.a];
    const b = ordered[edge.b];
    if (!inGroup.has(a.key) || !inGroup.has(b.key)) continue;
    links.get(a.key)!.set(b.key, edge.match);
    links.get(b.key)!.set(a.key, edge.match);
  }
  const groups: UnitGroup[] = [];
  const kept: UnitGroup = { reports: [] };
  for (const unit of units) {
    let best: Match | null = null;
    for (const match of links.get(unit.key)!.values()) if (!best || match.score > best.score) best = match;
    const sameWording = new Set([...links.get(unit.key)!].filter(([, m]) => m.relation !== 'paraphrase').map(([key]) => key));
    const othersStems = new Set(units.filter((u) => u !== unit).flatMap((u) => u.stems));
    unit.parts.forEach((part, index) => {
      // A part of a split quotation stays only if it says something the rest of the statement says.
      const partStems = unit.tokens.filter((t, i) => unit.partOfToken[i] === index && t.stem).map((t) => t.stem!);
      const belongs = units.length > 1 && (unit.parts.length === 1 || partStems.some((st) => othersStems.has(st)));
      if (belongs) kept.reports.push({ unit, part, match: best, sameWording });
      else groups.push({ reports: [{ unit, part, match: null, sameWording: new Set() }] });
    });
  }
  if (kept.reports.length > 0) groups.unshift(kept);
  return groups;
}

/** Deterministic order: by file, then by position in the text. */
function inTextOrder(a: Unit, b: Unit): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.parts[0].start - b.parts[0].start;
}

class UnionFind {
  private parent: number[];

  constructor(count: number) {
    this.parent = Array.from({ length: count }, (_, i) => i);
  }

  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }

  /** The smaller index stays the root, so roots do not depend on the order of unions. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

/** A binary max-heap; ties broken by the two ids so that the merge order never depends on insertion order. */
class MaxHeap<T> {
  private readonly items: { value: T; score: number; a: number; b: number }[] = [];

  push(value: T, score: number, a: number, b: number): void {
    this.items.push({ value, score, a, b });
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      [this.items[i], this.items[parent]] = [this.items[parent], this.items[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    if (this.items.length === 0) return undefined;
    const top = this.items[0];
    const last = this.items.pop()!;
    if (this.items.length > 0) {
      this.items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < this.items.length && this.before(left, best)) best = left;
        if (right < this.items.length && this.before(right, best)) best = right;
        if (best === i) break;
        [this.items[i], this.items[best]] = [this.items[best], this.items[i]];
        i = best;
      }
    }
    return top.value;
  }

  private before(i: number, j: number): boolean {
    const x = this.items[i];
    const y = this.items[j];
    if (x.score !== y.score) return x.score > y.score;
    if (x.a !== y.a) return x.a < y.a;
    return x.b < y.b;
  }
}
