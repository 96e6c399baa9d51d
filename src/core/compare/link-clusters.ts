/**
 * The clusters of the speaker linker's edges (see `linking.ts`). A node is an identity, or one article's part of a
 * weak identity the workspace knows by what it is ("Police", "officials", "the publicist"): such a name is every
 * event's source, and the police of one article speaking as a named sheriff does not make the police of every
 * other article that sheriff.
 */
import type { Identity } from './identity';
import { compareStrings } from './result-order';
import { UnionFind } from './union-find';

export interface LinkNode {
  /** The identity's id, or for an article's part of it `partKey(identity id, file)`. */
  id: string;
  identity: Identity;
  weak: boolean;
  /** The countries or parties the node states (see `sidesOfEntries`). */
  sides: Set<string>;
  /** The number of articles quoting the node's identity: the most quoted source names a cluster. */
  files: number;
}

export interface LinkEdge {
  a: string;
  b: string;
  score: number;
}

const PART = '\u0000';

/** The key of an identity's part in one article. */
export function partKey(id: string, file: string): string {
  return `${id}${PART}${file}`;
}

/** An identity id and, for a part's key, its article. */
export function readLinkKey(key: string): { id: string; file?: string } {
  const at = key.indexOf(PART);
  return at < 0 ? { id: key } : { id: key.slice(0, at), file: key.slice(at + 1) };
}

/**
 * Greedy agglomeration, strongest edge first: a cluster holds at most one named identity, unless its named
 * identities were joined by copied wording; two clusters stating different sides never join. Every node whose
 * identity is not the representative's links to it: the named identity (else the identity) quoted in most articles.
 * Keys of the result are node ids: an identity's, or a part's.
 */
export function clusters(byId: Map<string, LinkNode>, idEdges: LinkEdge[]): Map<string, string> {
  const nodes = [...byId.values()].sort((x, y) => compareStrings(x.id, y.id));
  const indexOf = new Map(nodes.map((node, i) => [node.id, i]));
  const edges = idEdges.map((edge) => ({ a: indexOf.get(edge.a)!, b: indexOf.get(edge.b)!, score: edge.score }));
  const sets = new UnionFind(nodes.length);
  const find = (i: number): number => sets.find(i);
  const named = nodes.map((node) => (node.weak ? 0 : 1));
  const sides = nodes.map((node) => new Set(node.sides));
  for (const edge of edges) {
    const [ra, rb] = [find(edge.a), find(edge.b)];
    if (ra === rb) continue;
    const bothNamed = named[ra] > 0 && named[rb] > 0;
    const namedCopy = !nodes[edge.a].weak && !nodes[edge.b].weak && edge.score >= 1;
    if (bothNamed && !namedCopy) continue;
    if (!sameSides(sides[ra], sides[rb])) continue;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    sets.union(root, child);
    named[root] += named[child];
    for (const side of sides[child]) sides[root].add(side);
  }
  const members = new Map<number, number[]>();
  nodes.forEach((_, i) => (members.get(find(i)) ?? members.set(find(i), []).get(find(i))!).push(i));
  const links = new Map<string, string>();
  for (const group of members.values()) {
    if (group.length < 2) continue;
    const head = nodes[[...group].sort((x, y) => rank(nodes[y]) - rank(nodes[x]) || x - y)[0]].identity.id;
    for (const i of group) if (nodes[i].identity.id !== head) links.set(nodes[i].id, head);
  }
  return links;
}

/** Sides stated on both ends must be the same sides: "Russian and Ukrainian officials" are neither side alone. */
function sameSides(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  return a.size === b.size && [...a].every((side) => b.has(side));
}

function rank(node: LinkNode): number {
  return (node.weak ? 0 : 1_000_000) + node.files;
}
