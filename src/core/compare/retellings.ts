/**
 * Outlets that retell one account of a speaker's (a police statement, an agency's report) each keep other details of
 * it: the name, the place, the hour. Their reports paraphrase each other in many pairs but none is every other's
 * best match, so the grouping's single-best-match trees (see `attachParaphrases`) split the one statement into
 * several, each a core of reports that chose each other. This joins them by average linkage, never by one link:
 * a lone paraphrase between two statements is the drift the trees guard against ("hope for a compromise" / "close
 * to a deal"), while a third of all their cross-outlet pairs matching is one account told many ways.
 */
import type { Match } from './similarity';
import type { UnionFind } from './union-find';

export interface RetoldWording {
  file: string;
  /** A direct quotation: two statements that each hold one are two utterances and never join. */
  direct: boolean;
}

export interface RetoldEdge {
  a: number;
  b: number;
  match: Match;
}

/** Share of two statements' cross-outlet report pairs that must paraphrase each other, and the fewest such pairs. */
const MIN_SHARE = 1 / 3;
const MIN_PAIRS = 3;
/**
 * Rounds of joining: each joins a statement once, so a core that hundreds of statements each match would take a round
 * per statement, every round reading all edges; an account is retold in a few cores, joined in a few rounds.
 */
const MAX_ROUNDS = 16;
/** Outlets whose reports of another statement a statement printed by one outlet only must paraphrase to join it. */
const LONE_OUTLETS = 2;

interface Statement {
  direct: boolean;
  size: number;
  /** Wordings per article. */
  files: Map<string, number>;
}

interface Crossing {
  a: number;
  b: number;
  edges: RetoldEdge[];
}

/**
 * Joins the statements (roots of `statements`, over `wordings`) that are one account retold; see the module comment.
 * Cores join first, each pair at the share their reports match at; the statements one outlet printed then join
 * the result, so that a lone report's wording does not thin out two cores' share.
 */
export function joinRetellings(wordings: RetoldWording[], edges: RetoldEdge[], statements: UnionFind): void {
  const paraphrases = edges.filter((edge) => edge.match.relation === 'paraphrase' && wordings[edge.a].file !== wordings[edge.b].file);
  for (let round = 0; round < MAX_ROUNDS && joinDense(wordings, paraphrases, statements); round++);
  const summary = summarize(wordings, statements);
  for (const [lone, target] of loneJoins(crossingsOf(paraphrases, statements), summary, wordings, statements)) statements.union(lone, target);
}

/** One round of joining the statements whose cross-outlet pairs match densely, each statement at most once; whether any joined. */
function joinDense(wordings: RetoldWording[], edges: RetoldEdge[], statements: UnionFind): boolean {
  const summary = summarize(wordings, statements);
  const share = (a: number, b: number, count: number) => count / crossPairs(summary.get(a)!, summary.get(b)!);
  const dense = crossingsOf(edges, statements)
    .filter(({ a, b, edges: list }) => !bothDirect(summary, a, b) && list.length >= MIN_PAIRS && share(a, b, list.length) >= MIN_SHARE)
    .sort((x, y) => share(y.a, y.b, y.edges.length) - share(x.a, x.b, x.edges.length) || x.a - y.a || x.b - y.b);
  const joined = new Set<number>();
  for (const { a, b } of dense) {
    if (joined.has(a) || joined.has(b)) continue;
    statements.union(a, b);
    joined.add(a).add(b);
  }
  return joined.size > 0;
}

function summarize(wordings: RetoldWording[], statements: UnionFind): Map<number, Statement> {
  const summary = new Map<number, Statement>();
  wordings.forEach((wording, w) => {
    const root = statements.find(w);
    let statement = summary.get(root);
    if (!statement) summary.set(root, (statement = { direct: false, size: 0, files: new Map() }));
    statement.direct ||= wording.direct;
    statement.size++;
    statement.files.set(wording.file, (statement.files.get(wording.file) ?? 0) + 1);
  });
  return summary;
}

/** The paraphrase edges between each two statements, by the pair of their roots. */
function crossingsOf(edges: RetoldEdge[], statements: UnionFind): Crossing[] {
  const byPair = new Map<string, Crossing>();
  for (const edge of edges) {
    const [x, y] = [statements.find(edge.a), statements.find(edge.b)];
    if (x === y) continue;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a},${b}`;
    const crossing = byPair.get(key);
    if (crossing) crossing.edges.push(edge);
    else byPair.set(key, { a, b, edges: [edge] });
  }
  return [...byPair.values()];
}

/**
 * A statement printed by one outlet only joins the statement whose reports from most other outlets it paraphrases,
 * when they are at least LONE_OUTLETS: one report matching two outlets' tellings is corroborated, not a drift.
 */
function loneJoins(crossings: Crossing[], summary: Map<number, Statement>, wordings: RetoldWording[], statements: UnionFind): [number, number][] {
  const best = new Map<number, { target: number; outlets: number; score: number }>();
  for (const { a, b, edges } of crossings) {
    if (bothDirect(summary, a, b)) continue;
    for (const [lone, target] of [[a, b], [b, a]]) {
      if (summary.get(lone)!.files.size !== 1) continue;
      const outlets = new Set(edges.map((edge) => wordings[statements.find(edge.a) === target ? edge.a : edge.b].file)).size;
      if (outlets < LONE_OUTLETS) continue;
      const score = edges.reduce((sum, edge) => sum + edge.match.score, 0);
      const current = best.get(lone);
      if (!current || outlets > current.outlets || (outlets === current.outlets && (score > current.score || (score === current.score && target < current.target)))) {
        best.set(lone, { target, outlets, score });
      }
    }
  }
  return [...best].map(([lone, { target }]) => [lone, target]);
}

function bothDirect(summary: Map<number, Statement>, a: number, b: number): boolean {
  return summary.get(a)!.direct && summary.get(b)!.direct;
}

/** Pairs of one wording of each statement from two different articles. */
function crossPairs(s: Statement, t: Statement): number {
  let sameFile = 0;
  const [small, large] = s.files.size <= t.files.size ? [s, t] : [t, s];
  for (const [file, count] of small.files) sameFile += count * (large.files.get(file) ?? 0);
  return s.size * t.size - sameFile;
}
