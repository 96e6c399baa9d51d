/**
 * Speaker linking across articles by what was said. Names alone cannot tell that "her rep" in one article is the
 * Jack Ketsoyan another names, nor that "Ketsoyen" is a misspelling of him; the statements can: two outlets that
 * print the same words, or the calibrated statement score says are one statement, quote one source.
 *
 * A weak identity (an unnamed source, a role, a lone surname or first name) joins the identity whose statement it
 * matches best. Two named identities join only on copied wording specific enough to be one utterance: generic words
 * ("we are looking into it") from two named people stay two people's.
 */
import { foldSpelling, parseName } from '../speakers/names';
import { withoutTitle, type Identity } from './identity';
import { pairAnswer } from './grouping';
import type { PairMemo } from './pairs';
import type { Match } from './similarity';
import type { Unit } from './units';

export interface LinkCandidate {
  identity: Identity;
  /** The identity's reports in every article. */
  units: Unit[];
}

/** Content words a weak source's statement needs before it may be someone else's: "no comment" is anyone's. */
const MIN_LINK_STEMS = 3;
/** Content words copied wording needs before two named people are taken for one source. */
const MIN_NAMED_STEMS = 6;
/** Of a weak statement's words, the rarest this many are looked up (blocking), and this many candidates each compared. */
const BLOCK_STEMS = 4;
const MAX_CANDIDATES = 8;
/** A word in more reports than this blocks nothing: it is the workspace's topic. */
const MAX_POSTING = 64;
const SHINGLE = 5;

interface Node {
  identity: Identity;
  units: Unit[];
  weak: boolean;
}

interface Edge {
  a: number;
  b: number;
  score: number;
}

/**
 * Identity id → the id of the identity it is linked to, for every identity that is not its own cluster's
 * representative. Deterministic: depends only on the identities, their units and `frequency`.
 */
export function linkIdentities(candidates: LinkCandidate[], frequency: (stem: string) => number, memo: PairMemo): Map<string, string> {
  const nodes: Node[] = [...candidates].sort((x, y) => compare(x.identity.id, y.identity.id)).map((c) => ({ ...c, weak: isWeak(c.identity) }));
  const owner = new Map<Unit, number>();
  nodes.forEach((node, index) => node.units.forEach((unit) => owner.set(unit, index)));
  const edges = [...weakEdges(nodes, owner, frequency, memo), ...namedEdges(nodes, owner)];
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  return clusters(nodes, edges);
}

/**
 * An unnamed source, a role ("the minister"), or a person the workspace knows by one name only. A person
 * named in full by any article is named.
 */
export function isWeak(identity: Identity): boolean {
  if (identity.kind === 'anonymous') return true;
  if (identity.kind !== 'person') return GENERIC_BODIES.has(lastWord(identity.name));
  return !identity.members.some((m) => isFullName(m.speaker.name));
}

/** Bodies named by what they are, not who: "police", "Italian police", "the ministry" may be any article's source. */
const GENERIC_BODIES = new Set([
  'police', 'officials', 'authorities', 'prosecutors', 'investigators', 'government', 'ministry', 'company', 'firm',
  'department', 'office', 'agency', 'spokesman', 'spokeswoman', 'spokesperson', 'sources', 'statement', 'military', 'army',
]);

function lastWord(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return words[words.length - 1];
}

function isFullName(name: string): boolean {
  const words = withoutTitle(name).split(/\s+/).filter((w) => !/^(mr|mrs|ms|dr|prof|sir)\.?$/i.test(w));
  return words.length >= 2 && words.every((w) => /^[\p{Lu}]/u.test(w) || /^(van|von|der|den|de|del|della|di|da|du|la|le|bin|ibn|al|el|ter|ten)$/.test(w));
}

function weakEdges(nodes: Node[], owner: Map<Unit, number>, frequency: (stem: string) => number, memo: PairMemo): Edge[] {
  const wanted = new Map<Unit, string[]>();
  const needed = new Set<string>();
  for (const node of nodes) {
    if (!node.weak) continue;
    for (const unit of node.units) {
      if (unit.stems.length < MIN_LINK_STEMS) continue;
      const rarest = [...unit.stems].sort((x, y) => frequency(x) - frequency(y) || compare(x, y)).slice(0, BLOCK_STEMS);
      wanted.set(unit, rarest);
      for (const stem of rarest) needed.add(stem);
    }
  }
  if (wanted.size === 0) return [];
  const postings = new Map<string, Unit[]>();
  for (const node of nodes) {
    for (const unit of node.units) {
      for (const stem of unit.stems) {
        if (!needed.has(stem) || frequency(stem) > MAX_POSTING) continue;
        (postings.get(stem) ?? postings.set(stem, []).get(stem)!).push(unit);
      }
    }
  }
  const edges: Edge[] = [];
  for (const [unit, rarest] of wanted) {
    const from = owner.get(unit)!;
    const shared = new Map<Unit, number>();
    for (const stem of rarest) {
      for (const other of postings.get(stem) ?? []) {
        if (other.file !== unit.file && owner.get(other) !== from) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const ranked = [...shared].sort((x, y) => y[1] - x[1] || compare(x[0].key, y[0].key)).slice(0, MAX_CANDIDATES);
    for (const [other] of ranked) {
      if (other.stems.length < MIN_LINK_STEMS) continue;
      const [first, second] = unit.key < other.key ? [unit, other] : [other, unit];
      const match = memo.answer(first, second, 'copy', () => pairAnswer(first, second, 'copy', () => 1) as Match | null);
      if (match) edges.push(edgeOf(from, owner.get(other)!, match));
    }
  }
  return edges;
}

/** Named people quoted in the same specific words: candidates share their opening or closing words. */
function namedEdges(nodes: Node[], owner: Map<Unit, number>): Edge[] {
  const byShingle = new Map<string, Unit[]>();
  for (const node of nodes) {
    if (node.weak) continue;
    for (const unit of node.units) {
      if (unit.stems.length < MIN_NAMED_STEMS || unit.words.length < SHINGLE) continue;
      for (const key of [`^${unit.words.slice(0, SHINGLE).join(' ')}`, `$${unit.words.slice(-SHINGLE).join(' ')}`]) {
        (byShingle.get(key) ?? byShingle.set(key, []).get(key)!).push(unit);
      }
    }
  }
  const edges: Edge[] = [];
  const seen = new Set<string>();
  for (const units of byShingle.values()) {
    // One identity's copies are its own grouping's business; only a posting that spans identities is read.
    if (units.length < 2 || units.every((u) => owner.get(u) === owner.get(units[0]))) continue;
    const firstOf = new Map<number, Unit>();
    for (const unit of units) if (!firstOf.has(owner.get(unit)!)) firstOf.set(owner.get(unit)!, unit);
    const representatives = [...firstOf.values()];
    for (let i = 0; i < representatives.length; i++) {
      for (let j = i + 1; j < representatives.length; j++) {
        const [x, y] = [representatives[i], representatives[j]];
        const pair = `${owner.get(x)}:${owner.get(y)}`;
        if (x.file === y.file || seen.has(pair)) continue;
        seen.add(pair);
        if (!akin(nodes[owner.get(x)!].identity, nodes[owner.get(y)!].identity)) continue;
        const match = copiedWording(x, y);
        if (match) edges.push(edgeOf(owner.get(x)!, owner.get(y)!, match));
      }
    }
  }
  return edges;
}

/**
 * Two named people may be one only when their names could be one name misspelt: one given name and surnames a
 * letter apart ("Ketsoyan", "Ketsoyen"). Two given names with one surname are two people, as the clustering found.
 */
function akin(a: Identity, b: Identity): boolean {
  if (a.kind !== 'person' || b.kind !== 'person') return false;
  const [x, y] = [parseName(withoutTitle(a.name)), parseName(withoutTitle(b.name))];
  if (!x || !y) return false;
  const sameGiven = x.given !== undefined && y.given !== undefined && foldSpelling(x.given) === foldSpelling(y.given);
  return sameGiven && Math.min(x.surname.length, y.surname.length) >= 5 && editDistance(x.surname, y.surname) <= 1;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length];
}

function copiedWording(a: Unit, b: Unit): Match | null {
  const match = pairAnswer(a, b, 'copy', () => 1) as Match | null;
  return match && match.relation !== 'paraphrase' ? match : null;
}

/** Copied wording outranks a paraphrase, whatever their scores. */
function edgeOf(a: number, b: number, match: Match): Edge {
  return { a: Math.min(a, b), b: Math.max(a, b), score: match.score + (match.relation === 'paraphrase' ? 0 : 1) };
}

/**
 * Greedy agglomeration, strongest edge first: a cluster holds at most one named identity, unless its named
 * identities were joined by copied wording; two sides stated differently never join. The representative is
 * the named identity (else the identity) quoted in most articles.
 */
function clusters(nodes: Node[], edges: Edge[]): Map<string, string> {
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const named = nodes.map((node) => (node.weak ? 0 : 1));
  const sides = nodes.map((node) => new Set(node.identity.affiliation ? [node.identity.affiliation] : []));
  for (const edge of edges) {
    const [ra, rb] = [find(edge.a), find(edge.b)];
    if (ra === rb) continue;
    const bothNamed = named[ra] > 0 && named[rb] > 0;
    const namedCopy = !nodes[edge.a].weak && !nodes[edge.b].weak && edge.score >= 1;
    if (bothNamed && !namedCopy) continue;
    if (sides[ra].size > 0 && sides[rb].size > 0 && [...sides[ra]].some((s) => !sides[rb].has(s))) continue;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent[child] = root;
    named[root] += named[child];
    for (const side of sides[child]) sides[root].add(side);
  }
  const members = new Map<number, number[]>();
  nodes.forEach((_, i) => (members.get(find(i)) ?? members.set(find(i), []).get(find(i))!).push(i));
  const links = new Map<string, string>();
  for (const group of members.values()) {
    if (group.length < 2) continue;
    const head = [...group].sort((x, y) => rank(nodes[y]) - rank(nodes[x]) || x - y)[0];
    for (const i of group) if (i !== head) links.set(nodes[i].identity.id, nodes[head].identity.id);
  }
  return links;
}

function rank(node: Node): number {
  const files = new Set(node.identity.members.map((m) => m.file)).size;
  return (node.weak ? 0 : 1_000_000) + files;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
