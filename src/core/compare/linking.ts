/**
 * Speaker linking across articles by what was said. Names alone cannot tell that "her rep" in one article is the
 * Jack Varnel another names, nor that "Varnell" is a misspelling of him; the statements can: two outlets that
 * print the same words, or the calibrated statement score says are one statement, quote one source.
 *
 * A weak identity (an unnamed source, a role, a lone surname or first name) joins the identity whose statement it
 * matches best. Two named identities join only on copied wording specific enough to be one utterance: generic words
 * ("we are looking into it") from two named people stay two people's.
 *
 * Bodies named by what they are ("Authorities", "French police", "the city prosecutors' office") are every event's
 * sources: each article's part of one links on its own statements (see `link-clusters.ts`). Two bodies in one line of
 * work (police / carabinieri, authorities / officials) link on a paraphrase; in two lines, or a weak source and a named
 * one its own article quotes beside it, only on copied wording or a paraphrase the score is sure of; bodies naming
 * different countries or parties never.
 */
import { foldSpelling, parseName } from '../speakers/names';
import { withoutTitle, type Identity, type SpeakerEntry } from './identity';
import { pairAnswer } from './grouping';
import { clusters, partKey, type LinkEdge, type LinkNode } from './link-clusters';
import type { PairMemo } from './pairs';
import { compareStrings } from './result-order';
import type { Match, Weigh } from './similarity';
import type { Unit } from './units';
import { linesOfWork, readRole, sidesOfEntries, type WorkLines } from './work-lines';

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
/** Fewer, down to this many, link a source only to one in its line of work, on a match the score is sure of. */
const MIN_SURE_LINK_STEMS = 2;
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

/**
 * Calibrated probability from which two bodies in different lines of work are taken for one source: above the
 * threshold for one statement (0.497), as the police and the prosecutors of one case say the same things apart.
 */
const STRONG_BODY_PROBABILITY = 0.8;

/** The units printing one wording, and a count bumped whenever one comes or goes. */
interface Copies {
  key: string;
  units: Set<Unit>;
  version: number;
}

/** What the linker reads of an identity, once per identity object: one quoted by every article has thousands of members. */
interface Profile {
  weak: boolean;
  /** A weak organisation or group: a body named by what it is ("officials", "the city prosecutors' office"). */
  body: boolean;
  /** Linked article by article (see `link-clusters.ts`). */
  split: boolean;
  membersByFile: Map<string, SpeakerEntry[]>;
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
  private readonly unitsByWording = new Map<string, Copies>();
  /** Per unit, its copies' entry when last read and the first copies by key then: read again only when a copy comes or goes. */
  private readonly copyCandidates = new WeakMap<Unit, { copies: Copies; version: number; units: Unit[] }>();
  private readonly profiles = new WeakMap<Identity, Profile>();
  /** Per identity, its lines of work: read once, as an identity quoted by every article has thousands of members. */
  private readonly lines = new WeakMap<Identity, WorkLines>();

  add(unit: Unit): void {
    for (const stem of unit.stems) this.post(this.unitsByStem, stem, unit, true);
    for (const shingle of shinglesOf(unit)) this.post(this.unitsByShingle, shingle, unit, true);
    const wording = unit.words.join(' ');
    const copies = this.unitsByWording.get(wording) ?? { key: wording, units: new Set<Unit>(), version: 0 };
    copies.units.add(unit);
    copies.version++;
    this.unitsByWording.set(wording, copies);
  }

  remove(unit: Unit): void {
    for (const stem of unit.stems) this.post(this.unitsByStem, stem, unit, false);
    for (const shingle of shinglesOf(unit)) this.post(this.unitsByShingle, shingle, unit, false);
    const wording = unit.words.join(' ');
    const copies = this.unitsByWording.get(wording);
    if (!copies) return;
    copies.units.delete(unit);
    copies.version++;
    if (copies.units.size === 0) this.unitsByWording.delete(wording);
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
   * Node id → the id of the identity it is linked to, for every node that is not its own cluster's representative:
   * a node is an identity, or one article's part of a weak identity named by what it is (see `link-clusters.ts`).
   * Deterministic: depends only on the identities, their units and the words' frequencies.
   */
  link(identities: Iterable<Identity>, context: LinkContext): Map<string, string> {
    const nodes = new Map<string, LinkNode>();
    const node = (identity: Identity, file: string) => {
      const profile = this.profileOf(identity);
      const id = profile.split ? partKey(identity.id, file) : identity.id;
      let known = nodes.get(id);
      if (!known) {
        const sides = profile.split || profile.body
          ? sidesOfEntries(profile.split ? profile.membersByFile.get(file)! : identity.members, profile.body)
          : new Set(identity.affiliation ? [identity.affiliation] : []);
        nodes.set(id, (known = { id, identity, weak: profile.weak, sides, files: profile.membersByFile.size }));
      }
      return known.id;
    };
    const edges: LinkEdge[] = [];
    for (const identity of identities) {
      if (!this.isWeak(identity)) continue;
      const hasLine = this.linesOf(identity).lines.size > 0;
      for (const unit of context.unitsOf(identity)) {
        // A short statement links only a source with a line of work (see below): others need not look for one.
        if (!hasLine && unit.stems.length < MIN_LINK_STEMS) continue;
        for (const other of this.candidatesOf(unit, context)) {
          const target = context.ownerOf(other);
          if (!target || target.id === identity.id) continue;
          const [first, second] = unit.key < other.key ? [unit, other] : [other, unit];
          // Sources in one line of work ("her rep", "the publicist Jack Varnel") need only a paraphrase, not copied words.
          const kin = this.kinship(identity, target);
          // A short statement ("she is doing well and focused on her recovery") is anyone's but a source in the same line of work's.
          const short = Math.min(unit.stems.length, other.stems.length) < MIN_LINK_STEMS;
          if (short && kin === 'none') continue;
          const mode = kin === 'none' ? 'copy' : 'apart';
          const match = context.memo.answer(first, second, mode, () => pairAnswer(first, second, mode, context.weigh) as Match | null);
          const doubtful = short || (kin === 'none' && (this.bodies(identity, target) || this.quotedBeside(target, unit.file)));
          if (!match || (doubtful && !strong(match))) continue;
          edges.push(edgeOf(node(identity, unit.file), node(target, other.file), match, kin === 'agent' ? SAME_PRINCIPAL : 0));
        }
      }
    }
    for (const [x, y] of this.copiedPairs(context)) {
      const [a, b] = [context.ownerOf(x), context.ownerOf(y)];
      if (!a || !b || a.id === b.id || this.isWeak(a) || this.isWeak(b)) continue;
      edges.push(edgeOf(node(a, x.file), node(b, y.file), copiedWording(x, y)!));
    }
    edges.sort((x, y) => y.score - x.score || compareStrings(x.a, y.a) || compareStrings(x.b, y.b));
    return clusters(nodes, edges);
  }

  private isWeak(identity: Identity): boolean {
    return this.profileOf(identity).weak;
  }

  /** Two bodies named by what they are: "police" and "the prosecutors' office" may be two sources of one event. */
  private bodies(a: Identity, b: Identity): boolean {
    return this.profileOf(a).body && this.profileOf(b).body;
  }

  /**
   * A named source the weak one's own article quotes under its own name: the article tells the two apart. "Three
   * people involved in the talks" quoted next to the newspaper that cites them are its sources, not the newspaper.
   */
  private quotedBeside(target: Identity, file: string): boolean {
    const profile = this.profileOf(target);
    return !profile.weak && profile.membersByFile.has(file);
  }

  private profileOf(identity: Identity): Profile {
    let profile = this.profiles.get(identity);
    if (!profile) {
      const weak = isWeak(identity);
      const membersByFile = new Map<string, SpeakerEntry[]>();
      for (const member of identity.members) (membersByFile.get(member.file) ?? membersByFile.set(member.file, []).get(member.file)!).push(member);
      // A person the workspace knows by one name, or by whose agent they are ("Ada Moss's attorney"), is one
      // person wherever quoted; a bare role ("the publicist") or a body ("police") is anyone's.
      const role = readRole(identity.name);
      const onePerson = identity.kind === 'person' && (role ? role.principal !== undefined : identity.members[0].bucket.startsWith('person:'));
      const body = weak && (identity.kind === 'organization' || identity.kind === 'group');
      this.profiles.set(identity, (profile = { weak, body, split: weak && !onePerson && membersByFile.size > 1, membersByFile }));
    }
    return profile;
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
    if (unit.stems.length < MIN_SURE_LINK_STEMS) return [];
    const key = unit.stems.map((stem) => this.stemVersions.get(stem) ?? 0).join(',');
    const cached = this.candidates.get(unit);
    if (cached && cached.key === key) return cached.units;
    // A word only this report holds blocks nothing: the rarest words another report also holds are looked up.
    const rarest = unit.stems.filter((stem) => context.frequency(stem) > 1)
      .sort((x, y) => context.frequency(x) - context.frequency(y) || compareStrings(x, y)).slice(0, BLOCK_STEMS);
    const shared = new Map<Unit, number>();
    let tooCommon = false;
    for (const stem of rarest) {
      const posting = this.unitsByStem.get(stem);
      tooCommon ||= posting !== undefined && posting.size > MAX_POSTING;
      if (!posting || posting.size > MAX_POSTING) continue;
      for (const other of posting) if (other.file !== unit.file && other.stems.length >= MIN_SURE_LINK_STEMS) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const needs = Math.min(MIN_SHARED, rarest.length);
    const found = [...shared].filter(([, count]) => count >= needs)
      .sort((x, y) => y[1] - x[1] || compareStrings(x[0].key, y[0].key)).slice(0, MAX_CANDIDATES).map(([other]) => other);
    // Every word of a statement that more than MAX_POSTING outlets print word for word is too common to block on:
    // its copies are the candidates. A copy's words are the unit's own, so the stems' versions keep this cached too.
    const units = found.length === 0 && tooCommon ? this.wordForWord(unit) : found;
    this.candidates.set(unit, { key, units });
    return units;
  }

  /** Copies of a unit's exact words in other articles, the first MAX_CANDIDATES by key, picked without sorting them all. */
  private wordForWord(unit: Unit): Unit[] {
    const known = this.copyCandidates.get(unit);
    if (known && this.unitsByWording.get(known.copies.key) === known.copies && known.version === known.copies.version) return known.units;
    const copies = this.unitsByWording.get(unit.words.join(' '));
    if (!copies) return [];
    const first: Unit[] = [];
    for (const other of copies.units) {
      if (other.file === unit.file) continue;
      if (first.length === MAX_CANDIDATES && compareStrings(other.key, first[MAX_CANDIDATES - 1].key) >= 0) continue;
      let at = first.length;
      while (at > 0 && compareStrings(other.key, first[at - 1].key) < 0) at--;
      first.splice(at, 0, other);
      if (first.length > MAX_CANDIDATES) first.pop();
    }
    this.copyCandidates.set(unit, { copies, version: copies.version, units: first });
    return first;
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
    for (const unit of [...units].sort((x, y) => compareStrings(x.key, y.key))) {
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
 * letter apart ("Varnel", "Varnell"). Two given names with one surname are two people, as the clustering found.
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

/** Copied wording, or a paraphrase the calibrated score is sure of. */
function strong(match: Match): boolean {
  return match.relation !== 'paraphrase' || match.score >= STRONG_BODY_PROBABILITY;
}

function copiedWording(a: Unit, b: Unit): Match | null {
  const match = pairAnswer(a, b, 'copy', () => 1) as Match | null;
  return match && match.relation !== 'paraphrase' ? match : null;
}

/**
 * Copied wording outranks a paraphrase, whatever their scores; a paraphrase by two agents of one principal ("Moss's
 * lawyer" / the lawyer another article names with "Moss lawyer") outranks one by a stranger in that line of work.
 */
function edgeOf(a: string, b: string, match: Match, bonus = 0): LinkEdge {
  return { a: a < b ? a : b, b: a < b ? b : a, score: match.score + (match.relation === 'paraphrase' ? bonus : 1) };
}
