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
import type { Match, Weigh } from './similarity';
import type { Unit } from './units';

/** What the linker reads of the workspace at each result. */
export interface LinkContext {
  /** The identity's reports in every article. */
  unitsOf(identity: Identity): Unit[];
  /** The workspace identity a unit's speaker belongs to. */
  ownerOf(unit: Unit): Identity | undefined;
  /** The article's speaker of a unit, as that article names it. */
  speakerOf(unit: Unit): { name: string; kind: Identity['kind'] };
  /** Number of reports holding a stem. */
  frequency(stem: string): number;
  weigh: Weigh;
  memo: PairMemo;
}

/** Content words a weak source's statement needs before it may be someone else's: "no comment" is anyone's. */
const MIN_LINK_STEMS = 3;
/** Content words copied wording needs before two named people are taken for one source. */
const MIN_NAMED_STEMS = 6;
/** Of a weak statement's words, the rarest this many are looked up (blocking), and this many candidates each compared. */
const BLOCK_STEMS = 4;
const MAX_CANDIDATES = 8;
/** Of those rarest words, how many a candidate must hold. */
const MIN_SHARED = 1;
/** A word in more reports than this blocks nothing: it is the workspace's topic. */
const MAX_POSTING = 64;
const SHINGLE = 5;
/** Added to a paraphrase edge between agents of one principal: below any copied wording (at least 1.6). */
const SAME_PRINCIPAL = 0.5;
/** Opening or closing words that more speakers than this print are a formula ("we will not allow"), not one utterance. */
const MAX_SHINGLE_SPEAKERS = 8;

interface Node {
  identity: Identity;
  weak: boolean;
}

interface Edge {
  a: string;
  b: string;
  score: number;
}

/**
 * Links identities by their statements, kept as indexes that follow the workspace's units: a result reads again
 * only the statements whose words or neighbours changed, so an edit costs the units it touches.
 */
export class SpeakerLinker {
  private readonly unitsByStem = new Map<string, Set<Unit>>();
  private readonly unitsByShingle = new Map<string, Set<Unit>>();
  /** Bumped whenever a unit holding the stem comes or goes: a cached candidate list is valid while its stems' versions are. */
  private readonly stemVersions = new Map<string, number>();
  private readonly candidates = new WeakMap<Unit, { key: string; units: Unit[] }>();
  /** Per opening or closing, the pairs of units in copied wording by two akin names (see `akin`). */
  private readonly copies = new Map<string, [Unit, Unit][]>();
  private readonly dirtyShingles = new Set<string>();
  /** Units by their exact words: a statement printed by more outlets than blocking reads is still found by a copy of it. */
  private readonly unitsByWording = new Map<string, Set<Unit>>();
  private readonly weakness = new WeakMap<Identity, boolean>();
  /** Per identity, its lines of work: read once, as an identity quoted by every article has thousands of members. */
  private readonly lines = new WeakMap<Identity, WorkLines>();

  add(unit: Unit): void {
    for (const stem of unit.stems) this.post(this.unitsByStem, stem, unit, true);
    for (const shingle of shinglesOf(unit)) this.post(this.unitsByShingle, shingle, unit, true);
    const wording = unit.words.join(' ');
    const copies = this.unitsByWording.get(wording);
    if (copies) copies.add(unit);
    else this.unitsByWording.set(wording, new Set([unit]));
  }

  remove(unit: Unit): void {
    for (const stem of unit.stems) this.post(this.unitsByStem, stem, unit, false);
    for (const shingle of shinglesOf(unit)) this.post(this.unitsByShingle, shingle, unit, false);
    const wording = unit.words.join(' ');
    const copies = this.unitsByWording.get(wording);
    copies?.delete(unit);
    if (copies?.size === 0) this.unitsByWording.delete(wording);
  }

  private post(index: Map<string, Set<Unit>>, key: string, unit: Unit, add: boolean): void {
    const set = index.get(key) ?? new Set<Unit>();
    if (add) set.add(unit);
    else set.delete(unit);
    if (set.size > 0) index.set(key, set);
    else index.delete(key);
    if (index === this.unitsByStem) this.stemVersions.set(key, (this.stemVersions.get(key) ?? 0) + 1);
    else this.dirtyShingles.add(key);
  }

  /**
   * Identity id → the id of the identity it is linked to, for every identity that is not its own cluster's
   * representative. Deterministic: depends only on the identities, their units and the words' frequencies.
   */
  link(identities: Iterable<Identity>, context: LinkContext): Map<string, string> {
    const nodes = new Map<string, Node>();
    const node = (identity: Identity) => {
      let known = nodes.get(identity.id);
      if (!known) nodes.set(identity.id, (known = { identity, weak: this.isWeak(identity) }));
      return known;
    };
    const edges: Edge[] = [];
    for (const identity of identities) {
      if (!this.isWeak(identity)) continue;
      for (const unit of context.unitsOf(identity)) {
        for (const other of this.candidatesOf(unit, context)) {
          const target = context.ownerOf(other);
          if (!target || target.id === identity.id) continue;
          const [first, second] = unit.key < other.key ? [unit, other] : [other, unit];
          // Sources in one line of work ("her rep", "the publicist Jack Ketsoyan") need only a paraphrase, not copied words.
          const kin = this.kinship(identity, target);
          const mode = kin === 'none' ? 'copy' : 'apart';
          const match = context.memo.answer(first, second, mode, () => pairAnswer(first, second, mode, context.weigh) as Match | null);
          if (match) edges.push(edgeOf(node(identity).identity.id, node(target).identity.id, match, kin === 'agent' ? SAME_PRINCIPAL : 0));
        }
      }
    }
    for (const [x, y] of this.copiedPairs(context)) {
      const [a, b] = [context.ownerOf(x), context.ownerOf(y)];
      if (!a || !b || a.id === b.id || this.isWeak(a) || this.isWeak(b)) continue;
      edges.push(edgeOf(node(a).identity.id, node(b).identity.id, copiedWording(x, y)!));
    }
    edges.sort((x, y) => y.score - x.score || compare(x.a, y.a) || compare(x.b, y.b));
    return clusters(nodes, edges);
  }

  private isWeak(identity: Identity): boolean {
    let weak = this.weakness.get(identity);
    if (weak === undefined) this.weakness.set(identity, (weak = isWeak(identity)));
    return weak;
  }

  /** Whether two identities share a line of work, and whether also whose agent they are ("Ada Moss's lawyer" / "Moss lawyer"). */
  private kinship(a: Identity, b: Identity): 'none' | 'line' | 'agent' {
    const [x, y] = [this.linesOf(a), this.linesOf(b)];
    for (const agent of y.agents) if (x.agents.has(agent)) return 'agent';
    for (const line of y.lines) if (x.lines.has(line)) return 'line';
    return 'none';
  }

  private linesOf(identity: Identity): WorkLines {
    let lines = this.lines.get(identity);
    if (!lines) this.lines.set(identity, (lines = linesOfWork(identity)));
    return lines;
  }

  /** Units of other articles that share most of a unit's rarest words. */
  private candidatesOf(unit: Unit, context: LinkContext): Unit[] {
    if (unit.stems.length < MIN_LINK_STEMS) return [];
    const key = unit.stems.map((stem) => this.stemVersions.get(stem) ?? 0).join(',');
    const cached = this.candidates.get(unit);
    if (cached && cached.key === key) return cached.units;
    // A word only this report holds blocks nothing: the rarest words another report also holds are looked up.
    const rarest = unit.stems.filter((stem) => context.frequency(stem) > 1)
      .sort((x, y) => context.frequency(x) - context.frequency(y) || compare(x, y)).slice(0, BLOCK_STEMS);
    const shared = new Map<Unit, number>();
    for (const stem of rarest) {
      const posting = this.unitsByStem.get(stem);
      if (!posting || posting.size > MAX_POSTING) continue;
      for (const other of posting) if (other.file !== unit.file && other.stems.length >= MIN_LINK_STEMS) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const needs = Math.min(MIN_SHARED, rarest.length);
    const found = [...shared].filter(([, count]) => count >= needs)
      .sort((x, y) => y[1] - x[1] || compare(x[0].key, y[0].key)).slice(0, MAX_CANDIDATES).map(([other]) => other);
    // Every word of a statement that more than MAX_POSTING outlets print word for word is too common to block on:
    // its copies are the candidates. A copy's words are the unit's own, so the stems' versions keep this cached too.
    const units = found.length > 0 ? found : this.wordForWord(unit);
    this.candidates.set(unit, { key, units });
    return units;
  }

  /** Copies of a unit's exact words in other articles, the first MAX_CANDIDATES by key. */
  private wordForWord(unit: Unit): Unit[] {
    const copies = [...(this.unitsByWording.get(unit.words.join(' ')) ?? [])].filter((other) => other.file !== unit.file);
    return copies.sort((x, y) => compare(x.key, y.key)).slice(0, MAX_CANDIDATES);
  }

  /** Named people quoted in the same specific words: candidates share their opening or closing words. */
  private copiedPairs(context: LinkContext): [Unit, Unit][] {
    for (const shingle of this.dirtyShingles) {
      const pairs = this.copiesOf([...(this.unitsByShingle.get(shingle) ?? [])], context);
      if (pairs.length > 0) this.copies.set(shingle, pairs);
      else this.copies.delete(shingle);
    }
    this.dirtyShingles.clear();
    return [...this.copies.values()].flat();
  }

  private copiesOf(units: Unit[], context: LinkContext): [Unit, Unit][] {
    const firstByName = new Map<string, Unit>();
    for (const unit of [...units].sort((x, y) => compare(x.key, y.key))) {
      const name = context.speakerOf(unit).name;
      if (!firstByName.has(name)) firstByName.set(name, unit);
    }
    if (firstByName.size < 2 || firstByName.size > MAX_SHINGLE_SPEAKERS) return [];
    const named = [...firstByName.values()];
    const pairs: [Unit, Unit][] = [];
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) {
        const [x, y] = [named[i], named[j]];
        if (x.file !== y.file && akin(context.speakerOf(x), context.speakerOf(y)) && copiedWording(x, y)) pairs.push([x, y]);
      }
    }
    return pairs;
  }
}

function shinglesOf(unit: Unit): string[] {
  if (unit.stems.length < MIN_NAMED_STEMS || unit.words.length < SHINGLE) return [];
  return [`^${unit.words.slice(0, SHINGLE).join(' ')}`, `$${unit.words.slice(-SHINGLE).join(' ')}`];
}

/**
 * An unnamed source, a role ("the minister"), or a person the workspace knows by one name only. A person
 * named in full by any article is named.
 */
export function isWeak(identity: Identity): boolean {
  if (identity.kind === 'anonymous') return true;
  // A body printed in lower case ("the company", "software giant") is described, not named.
  if (identity.kind !== 'person') return GENERIC_BODIES.has(lastWord(identity.name)) || !/\p{Lu}/u.test(identity.name);
  return !identity.members.some((m) => isFullName(m.speaker.name));
}

/** Bodies named by what they are, not who: "police", "Italian police", "the ministry" may be any article's source. */
const GENERIC_BODIES = new Set([
  'police', 'officials', 'authorities', 'prosecutors', 'investigators', 'government', 'ministry', 'company', 'firm',
  'department', 'office', 'agency', 'spokesman', 'spokeswoman', 'spokesperson', 'sources', 'statement', 'military', 'army',
  'media', 'reports', 'report',
]);

/** Role nouns that name one line of work: a "rep" in one article is a "publicist" or a "spokesman" in another. */
const LINES_OF_WORK: Record<string, string> = Object.fromEntries(
  [
    ['rep representative representatives publicist spokesman spokeswoman spokesperson people', 'spokesperson'],
    ['lawyer lawyers attorney attorneys counsel', 'lawyer'],
    ['police officers officer investigators detectives detective', 'police'],
  ].flatMap(([words, line]) => words.split(' ').map((word) => [word, line])),
);

interface WorkLines {
  lines: Set<string>;
  /** `line principal`: the line of work and whose agent ("lawyer moss" for "Ada Moss's attorney"). */
  agents: Set<string>;
}

/** The lines of work an identity's names and roles state, in any article, and whose agent they name it. */
function linesOfWork(identity: Identity): WorkLines {
  const found: WorkLines = { lines: new Set(), agents: new Set() };
  for (const { speaker } of identity.members) {
    for (const text of [speaker.name, ...speaker.roles.map((role) => role.text)]) {
      const role = readRole(text);
      if (!role) continue;
      found.lines.add(role.line);
      if (role.principal) found.agents.add(`${role.line} ${role.principal}`);
    }
  }
  return found;
}

/** Whose agent a possessive or a "for" names: a pronoun ("her rep") names nobody another article can name. */
const NO_PRINCIPAL = new Set(['his', 'her', 'their', 'its', 'a', 'an', 'the', 'our', 'my', 'your']);

/**
 * A role's line of work and, when it says so, whose agent it is: "Ada Moss's attorney", "Moss' lawyer", "Moss lawyer",
 * "a spokesman for the Port Authority" (the principal by its last word, as a surname stands for the full name).
 */
export function readRole(text: string): { line: string; principal?: string } | undefined {
  const words = text.trim().split(/\s+/);
  const bare = (word: string) => word.toLowerCase().replace(/['’]s?$/, '');
  const last = words.length - 1;
  if (LINES_OF_WORK[bare(words[last])]) {
    const line = LINES_OF_WORK[bare(words[last])];
    let owner = last - 1;
    while (owner >= 0 && !/['’]s?$/.test(words[owner])) owner--;
    // "Moss lawyer": a name right before a lower-case line noun is the principal, not a title ("City Attorney").
    const named = owner < 0 && last > 0 && /^[a-z]/.test(words[last]) && /^\p{Lu}/u.test(words[last - 1]) ? last - 1 : owner;
    return { line, principal: named >= 0 ? principal(bare(words[named])) : undefined };
  }
  const at = words.findIndex((w, i) => LINES_OF_WORK[bare(w)] && /^(?:for|of|to)$/i.test(words[i + 1] ?? '') && i + 2 <= last);
  return at < 0 ? undefined : { line: LINES_OF_WORK[bare(words[at])], principal: principal(bare(words[last])) };
}

function principal(word: string): string | undefined {
  return NO_PRINCIPAL.has(word) ? undefined : foldSpelling(word);
}

function lastWord(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return words[words.length - 1];
}

function isFullName(name: string): boolean {
  const words = withoutTitle(name).split(/\s+/).filter((w) => !/^(mr|mrs|ms|dr|prof|sir)\.?$/i.test(w));
  return words.length >= 2 && words.every((w) => /^[\p{Lu}]/u.test(w) || /^(van|von|der|den|de|del|della|di|da|du|la|le|bin|ibn|al|el|ter|ten)$/.test(w));
}

/**
 * Two named people may be one only when their names could be one name misspelt: one given name and surnames a
 * letter apart ("Ketsoyan", "Ketsoyen"). Two given names with one surname are two people, as the clustering found.
 */
function akin(a: { name: string; kind: Identity['kind'] }, b: { name: string; kind: Identity['kind'] }): boolean {
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

/**
 * Copied wording outranks a paraphrase, whatever their scores; a paraphrase by two agents of one principal ("Moss's
 * lawyer" / the lawyer another article names with "Moss lawyer") outranks one by a stranger in that line of work.
 */
function edgeOf(a: string, b: string, match: Match, bonus = 0): Edge {
  return { a: a < b ? a : b, b: a < b ? b : a, score: match.score + (match.relation === 'paraphrase' ? bonus : 1) };
}

/**
 * Greedy agglomeration, strongest edge first: a cluster holds at most one named identity, unless its named
 * identities were joined by copied wording; two sides stated differently never join. The representative is
 * the named identity (else the identity) quoted in most articles.
 */
function clusters(byId: Map<string, Node>, idEdges: Edge[]): Map<string, string> {
  const nodes = [...byId.values()].sort((x, y) => compare(x.identity.id, y.identity.id));
  const indexOf = new Map(nodes.map((node, i) => [node.identity.id, i]));
  const edges = idEdges.map((edge) => ({ a: indexOf.get(edge.a)!, b: indexOf.get(edge.b)!, score: edge.score }));
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
