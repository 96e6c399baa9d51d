/**
 * The workspace comparison, kept up to date article by article. Changing one article re-groups only the
 * speakers whose reports it holds, plus those whose words changed rarity class; every other speaker's
 * statements are reused as they are. The result is the same as grouping the whole workspace at once.
 */
import type { ArticleRecord, Comparison, SpeakerInArticle, StatementGroup, WorkspaceSpeaker } from '../types';
import { eventSignature, omittedBy, qualifies, quotingOmitters, SIGNATURE_SIZE, signatureOrder, type EventIndex, type SignatureWord } from './coverage';
import { groupUnits, pairAnswer, type UnitGroup } from './grouping';
import { PairMemo, sameAnswer, type Consult } from './pairs';
import { bucketsOf, clusterBucket, type Identity, type SpeakerEntry } from './identity';
import { SpeakerLinker } from './linking';
import { toStatement } from './statements';
import type { Weigh } from './similarity';
import { contentStems } from './tokens';
import { unitsOf, type Unit } from './units';

interface ArticleState {
  record: ArticleRecord;
  units: Unit[];
  /** The units by the article speaker id of their quotation. */
  unitsBySpeaker: Map<string, Unit[]>;
  entries: SpeakerEntry[];
  /** Content stems of the whole text, to tell which articles cover the same event. */
  textStems: Set<string>;
  /** Quotes by side, and the side of each of the article's speakers it was counted with. */
  balance?: { sides: string[]; counts: Record<string, number> };
}

interface GroupedStatement {
  /** What the statement is made of (see `groupKey`): a re-grouping that yields the same key reuses the entry. */
  key: string;
  statement: StatementGroup;
  /** The content words of its reports, to find the articles that cover its event. */
  stems: string[];
  /** Number of articles reporting it, for the order of the result. */
  files: number;
  /** The statement with `omittedBy` filled in, and the workspace size, quoting articles and signature it was computed with. */
  covered?: StatementGroup;
  coveredWith?: string;
  signature?: SignatureWord[];
}

export class WorkspaceComparison {
  private readonly articles = new Map<string, ArticleState>();
  /** Number of reports (units) containing each stem: the rarity that weights paraphrase evidence. */
  private readonly unitFrequency = new Map<string, number>();
  /** Articles whose text contains each stem. */
  private readonly articlesByTextStem = new Map<string, Set<string>>();
  /** Articles whose reports contain each stem. */
  private readonly filesByStem = new Map<string, Set<string>>();
  private readonly buckets = new Map<string, Set<SpeakerEntry>>();
  /** Buckets whose entries changed since the last result: their identities are re-clustered once, in `result`. */
  private readonly dirtyBuckets = new Set<string>();
  private readonly identities = new Map<string, Identity[]>();
  /** `file\0articleSpeakerId` → workspace speaker id. */
  private readonly identityOf = new Map<string, string>();
  private readonly identityById = new Map<string, Identity>();
  private readonly grouped = new Map<string, GroupedStatement[]>();
  /** Statements by content word, to refresh the coverage of those whose words an edit adds or removes. */
  private readonly statementsByStem = new Map<string, Set<GroupedStatement>>();
  private readonly speakerViews = new WeakMap<Identity, WorkspaceSpeaker>();
  private readonly quoteCountViews = new WeakMap<WorkspaceSpeaker, Record<string, number>>();
  private readonly dirty = new Set<string>();
  private readonly pairs = new PairMemo();
  /** Identities and statements in result order, kept sorted as they come and go instead of re-sorted per result. */
  private identityOrder: Identity[] = [];
  private readonly addedIdentities: Identity[] = [];
  private readonly droppedIdentities = new Set<Identity>();
  private statementOrder: GroupedStatement[] = [];
  private readonly addedStatements: GroupedStatement[] = [];
  private readonly droppedStatements = new Set<GroupedStatement>();
  private readonly quotingViews = new WeakMap<WorkspaceSpeaker, { omitters: string[]; key: string }>();
  /** Articles whose balance may have changed: the article itself changed, or one of its speakers' identity took another side. */
  private readonly unbalanced = new Set<string>();
  private fileOrder?: string[];
  /** Speakers some of whose statements may need their coverage computed again, and the size it was last computed at. */
  private readonly uncovered = new Set<string>();
  /** Per speaker, what its statements were grouped on: its name and units, their rarity generations, the answers consulted. */
  private readonly groundsOf = new Map<string, { units: string; generations: number[]; ledger: Consult[] }>();
  private coveredSize = 0;
  /** Identity id → the identity its statements showed it to be (see `linkIdentities`). */
  private links = new Map<string, string>();
  private readonly linker = new SpeakerLinker();

  upsert(record: ArticleRecord): void {
    this.replace(record.file, record);
  }

  remove(file: string): void {
    this.replace(file, undefined);
  }

  result(): Comparison {
    for (const bucket of [...this.dirtyBuckets].sort()) this.reclusterBucket(bucket);
    this.dirtyBuckets.clear();
    this.relink();
    this.regroupDirty();
    const speakers = this.orderedIdentities().filter((identity) => !this.links.has(identity.id)).map((identity) => {
      let view = this.speakerViews.get(identity);
      if (!view) this.speakerViews.set(identity, (view = this.workspaceSpeaker(identity)));
      return view;
    });
    const quoteCounts: Comparison['quoteCounts'] = {};
    for (const speaker of speakers) {
      let counts = this.quoteCountViews.get(speaker);
      if (!counts) {
        counts = Object.fromEntries(Object.entries(speaker.articles).map(([file, a]) => [file, a.quoteCount]));
        this.quoteCountViews.set(speaker, counts);
      }
      quoteCounts[speaker.id] = counts;
    }
    const events = this.events();
    // Coverage changes with the workspace's size, a speaker's re-grouping or a signature word (see `refreshCoverage`).
    const resized = this.coveredSize !== this.articles.size;
    this.coveredSize = this.articles.size;
    const uncovered = resized ? speakers : [...this.uncovered].flatMap((id) => {
      const identity = this.identityById.get(id);
      return identity && !this.links.has(id) ? [this.speakerViews.get(identity)!] : [];
    });
    this.uncovered.clear();
    for (const speaker of uncovered) {
      const quoting = this.quotingOf(speaker);
      const coveredWith = `${this.articles.size}\u0001${quoting.key}`;
      for (const entry of this.grouped.get(speaker.id) ?? []) {
        if (entry.covered && entry.coveredWith === coveredWith) continue;
        const signature = eventSignature(entry.stems, events);
        entry.covered = { ...entry.statement, omittedBy: omittedBy(entry.statement, signature, quoting.omitters, events) };
        entry.coveredWith = coveredWith;
        entry.signature = signature;
      }
    }
    const statements = this.orderedStatements().map((entry) => entry.covered!);
    return { speakers, statements, quoteCounts, balance: this.balance() };
  }

  private quotingOf(speaker: WorkspaceSpeaker): { omitters: string[]; key: string } {
    let quoting = this.quotingViews.get(speaker);
    if (!quoting) {
      const omitters = quotingOmitters(Object.keys(speaker.articles).filter((file) => speaker.articles[file].quoteCount > 0));
      this.quotingViews.set(speaker, (quoting = { omitters, key: omitters.join('\u0000') }));
    }
    return quoting;
  }

  private orderedIdentities(): Identity[] {
    if (this.droppedIdentities.size > 0) {
      this.identityOrder = this.identityOrder.filter((identity) => !this.droppedIdentities.has(identity));
    }
    const added = this.addedIdentities.filter((identity) => !this.droppedIdentities.has(identity));
    this.identityOrder = mergeSorted(this.identityOrder, added.sort(bySpeakerName), bySpeakerName);
    this.droppedIdentities.clear();
    this.addedIdentities.length = 0;
    return this.identityOrder;
  }

  private orderedStatements(): GroupedStatement[] {
    if (this.droppedStatements.size > 0) {
      this.statementOrder = this.statementOrder.filter((entry) => !this.droppedStatements.has(entry));
    }
    const added = this.addedStatements.filter((entry) => !this.droppedStatements.has(entry));
    this.statementOrder = mergeSorted(this.statementOrder, added.sort(byCoverage), byCoverage);
    this.droppedStatements.clear();
    this.addedStatements.length = 0;
    return this.statementOrder;
  }

  private replace(file: string, record: ArticleRecord | undefined): void {
    const before = this.articles.get(file);
    const after = record ? prepare(record) : undefined;
    const changedRarity = new Set<string>();
    this.unbalanced.add(file);
    if (Boolean(before) !== Boolean(after)) this.fileOrder = undefined;
    if (before) {
      this.count(before, -1, changedRarity);
      for (const entry of before.entries) this.dirtyBuckets.add(this.removeEntry(entry));
      this.articles.delete(file);
    }
    if (after) {
      this.articles.set(file, after);
      this.count(after, +1, changedRarity);
      for (const entry of after.entries) this.dirtyBuckets.add(this.addEntry(entry));
    }
    this.refreshCoverage(changedStems(before?.textStems, after?.textStems));
    for (const unit of [...(before?.units ?? []), ...(after?.units ?? [])]) this.markDirty(unit);
    for (const stem of changedRarity) {
      for (const other of this.filesByStem.get(stem) ?? []) {
        for (const unit of this.articles.get(other)!.units) {
          if (!unit.stems.includes(stem)) continue;
          this.pairs.forget(unit);
          this.markDirty(unit);
        }
      }
    }
  }

  /** Units of a changed article have no identity until their bucket is re-clustered, which marks it dirty then. */
  private markDirty(unit: Unit): void {
    const id = this.identityOf.get(identityKey(unit.file, unit.parts[0].speakerId!));
    if (id) this.dirty.add(this.links.get(id) ?? id);
  }

  private count(article: ArticleState, delta: 1 | -1, changedRarity: Set<string>): void {
    for (const unit of article.units) {
      if (delta > 0) this.linker.add(unit);
      else this.linker.remove(unit);
      for (const stem of unit.stems) {
        const before = this.unitFrequency.get(stem) ?? 0;
        const after = before + delta;
        if (after === 0) this.unitFrequency.delete(stem);
        else this.unitFrequency.set(stem, after);
        if (rarityClass(before) !== rarityClass(after)) changedRarity.add(stem);
        const files = this.filesByStem.get(stem) ?? new Set<string>();
        if (delta > 0) files.add(article.record.file);
        this.filesByStem.set(stem, files);
      }
    }
    if (delta < 0) {
      for (const unit of article.units) {
        for (const stem of unit.stems) {
          const files = this.filesByStem.get(stem);
          files?.delete(article.record.file);
          if (files?.size === 0) this.filesByStem.delete(stem);
        }
      }
    }
    for (const stem of article.textStems) {
      const files = this.articlesByTextStem.get(stem) ?? new Set<string>();
      if (delta > 0) files.add(article.record.file);
      else files.delete(article.record.file);
      if (files.size > 0) this.articlesByTextStem.set(stem, files);
      else this.articlesByTextStem.delete(stem);
    }
  }

  private addEntry(entry: SpeakerEntry): string {
    const bucket = entry.bucket;
    const entries = this.buckets.get(bucket);
    if (entries) entries.add(entry);
    else this.buckets.set(bucket, new Set([entry]));
    return bucket;
  }

  private removeEntry(entry: SpeakerEntry): string {
    const bucket = entry.bucket;
    const entries = this.buckets.get(bucket);
    entries?.delete(entry);
    if (entries?.size === 0) this.buckets.delete(bucket);
    return bucket;
  }

  private reclusterBucket(bucket: string): void {
    const formerSide = new Map<string, string | undefined>();
    for (const old of this.identities.get(bucket) ?? []) {
      this.dirty.add(old.id);
      this.identityById.delete(old.id);
      this.droppedIdentities.add(old);
      for (const member of old.members) {
        const key = identityKey(member.file, member.speaker.id);
        this.identityOf.delete(key);
        formerSide.set(key, old.affiliation);
      }
    }
    const entries = this.buckets.get(bucket);
    const identities = entries ? clusterBucket(bucket, [...entries]) : [];
    if (entries) this.identities.set(bucket, identities);
    else this.identities.delete(bucket);
    for (const identity of identities) {
      this.dirty.add(identity.id);
      this.identityById.set(identity.id, identity);
      this.addedIdentities.push(identity);
      for (const member of identity.members) {
        const key = identityKey(member.file, member.speaker.id);
        this.identityOf.set(key, identity.id);
        if (!formerSide.has(key) || formerSide.get(key) !== identity.affiliation) this.unbalanced.add(member.file);
        formerSide.delete(key);
      }
    }
    for (const key of formerSide.keys()) this.unbalanced.add(key.slice(0, key.indexOf('\u0000')));
  }

  /** Paraphrase evidence weighs a word by its rarity class among the workspace's reports. */
  private weigh(): Weigh {
    const weights = new Map<string, number>();
    return (stem: string) => {
      let weight = weights.get(stem);
      if (weight === undefined) weights.set(stem, (weight = 1 / (1 + rarityClass(this.unitFrequency.get(stem) ?? 1))));
      return weight;
    };
  }

  private regroupDirty(): void {
    const weigh = this.weigh();
    const context = {
      roleOf: (file: string, speakerId: string) => this.roleOf(file, speakerId),
      linkedNameOf: (file: string, speakerId: string) => this.linkedNameOf(file, speakerId),
    };
    for (const id of [...this.dirty].sort()) {
      this.dirty.delete(id);
      this.uncovered.add(id);
      const identity = this.identityById.get(id);
      const units = identity && !this.links.has(id) ? this.linkedMembers(identity).flatMap((member) => this.unitsOfEntry(member)) : [];
      if (identity && this.groupsStand(id, identity, units, weigh)) continue;
      const previous = new Map((this.grouped.get(id) ?? []).map((entry) => [entry.key, entry]));
      this.grouped.delete(id);
      if (identity && units.length > 0) {
        this.pairs.openLedger();
        const groups = groupUnits(units, weigh, this.pairs);
        this.groundsOf.set(id, { units: this.unitsKey(identity, units), generations: units.map((unit) => this.pairs.generation(unit)), ledger: this.pairs.closeLedger() });
        const grouped = groups.map((group) => {
          const key = this.groupKey(group, identity);
          const unchanged = previous.get(key);
          if (unchanged) {
            previous.delete(key);
            return unchanged;
          }
          const statement = toStatement(group, identity.id, identity.name, context);
          const entry: GroupedStatement = { key, statement, stems: stemsOf(group), files: new Set(statement.reports.map((r) => r.file)).size };
          this.indexStatement(entry);
          return entry;
        });
        this.grouped.set(id, grouped);
      } else this.groundsOf.delete(id);
      for (const entry of previous.values()) this.unindexStatement(entry);
    }
  }

  /**
   * Everything `toStatement` reads of a group: the speaker, and per report its unit (one article version), part,
   * match score and which of the group's reports give the same words. Wordings are named by their first report,
   * since their numbers shift whenever another article of the speaker comes or goes.
   */
  private groupKey(group: UnitGroup, identity: Identity): string {
    const firstReport = new Map<number, number>();
    group.reports.forEach((report, i) => {
      if (!firstReport.has(report.wording)) firstReport.set(report.wording, i);
    });
    // Copies of one wording share one set: named once, or a statement printed by every article costs its square.
    const named = new Map<ReadonlySet<number>, string>();
    const reports = group.reports.map((report) => {
      let sameWording = named.get(report.sameWording);
      if (sameWording === undefined) {
        sameWording = [...report.sameWording].map((w) => firstReport.get(w) ?? -1).sort((x, y) => x - y).join(',');
        named.set(report.sameWording, sameWording);
      }
      const match = report.match ? `${report.match.relation}:${report.match.score}` : '-';
      return `${report.unit.serial}.${report.unit.parts.indexOf(report.part)}.${match}.${firstReport.get(report.wording)}.${sameWording}`;
    });
    return `${identity.id}\u0001${identity.name}\u0001${reports.join(';')}`;
  }

  /**
   * Whether a speaker's groups stand as they are: a bucket re-clustered for another speaker's sake leaves its
   * reports as they were, and a word of theirs that changed rarity class may change none of the answers its
   * grouping consulted (see `PairMemo`), the only way rarity enters a grouping.
   */
  private groupsStand(id: string, identity: Identity, units: Unit[], weigh: Weigh): boolean {
    const grounds = this.groundsOf.get(id);
    if (!grounds || !this.grouped.has(id) || grounds.units !== this.unitsKey(identity, units)) return false;
    const generations = units.map((unit) => this.pairs.generation(unit));
    const reweighed = new Set(units.filter((_, i) => generations[i] !== grounds.generations[i]));
    for (const { first, second, mode, answer } of grounds.ledger) {
      if (!reweighed.has(first) && !reweighed.has(second)) continue;
      const fresh = this.pairs.answer(first, second, mode, () => pairAnswer(first, second, mode, weigh));
      if (!sameAnswer(fresh, answer)) return false;
    }
    grounds.generations = generations;
    return true;
  }

  private unitsKey(identity: Identity, units: Unit[]): string {
    return `${identity.name}\u0001${units.map((unit) => unit.serial).join(',')}`;
  }

  private indexStatement(entry: GroupedStatement): void {
    for (const stem of entry.stems) {
      const set = this.statementsByStem.get(stem);
      if (set) set.add(entry);
      else this.statementsByStem.set(stem, new Set([entry]));
    }
    this.addedStatements.push(entry);
  }

  private unindexStatement(entry: GroupedStatement): void {
    for (const stem of entry.stems) {
      const set = this.statementsByStem.get(stem);
      set?.delete(entry);
      if (set?.size === 0) this.statementsByStem.delete(stem);
    }
    this.droppedStatements.add(entry);
  }

  /**
   * An edit changes which articles hold some words. A statement's coverage depends on its signature (its rarest
   * words), so it is recomputed only when a signature word changed, or a changed word may now be rare enough
   * to enter the signature.
   */
  private refreshCoverage(changed: Set<string>): void {
    const events = this.events();
    for (const stem of changed) {
      const word = { stem, frequency: this.articlesByTextStem.get(stem)?.size ?? 0 };
      const rare = qualifies(word.frequency, events);
      for (const entry of this.statementsByStem.get(stem) ?? []) {
        const signature = entry.signature;
        if (!entry.covered || !signature) continue;
        const inSignature = signature.some((w) => w.stem === stem);
        const entering = rare && (signature.length < SIGNATURE_SIZE || signatureOrder(word, signature[signature.length - 1]) < 0);
        if (inSignature || entering) {
          entry.covered = undefined;
          this.uncovered.add(entry.statement.speakerId);
        }
      }
    }
  }

  private events(): EventIndex {
    return { articleCount: this.articles.size, articlesWith: (stem) => this.articlesByTextStem.get(stem) };
  }

  /**
   * Links the workspace's identities by their statements. A changed link re-groups both identities it joins or
   * parts, and rebuilds the speaker views that list the linked articles.
   */
  private relink(): void {
    const links = this.linker.link(this.identityById.values(), {
      unitsOf: (identity) => identity.members.flatMap((member) => this.unitsOfEntry(member)),
      ownerOf: (unit) => this.identityById.get(this.identityOf.get(identityKey(unit.file, unit.parts[0].speakerId!)) ?? ''),
      speakerOf: (unit) => this.articles.get(unit.file)!.entries.find((entry) => entry.speaker.id === unit.parts[0].speakerId)!.speaker,
      frequency: (stem) => this.unitFrequency.get(stem) ?? 0,
      weigh: this.weigh(),
      memo: this.pairs,
    });
    const changed = new Set<string>();
    // A linked identity rebuilt by its bucket's re-clustering may list other members: its target's view changes too.
    for (const [id, target] of links) if (this.links.get(id) !== target || this.linkedObjects.get(id) !== this.identityById.get(id)) changed.add(id).add(target);
    for (const [id, target] of this.links) if (links.get(id) !== target) changed.add(id).add(target);
    this.links = links;
    this.linkedObjects = new Map([...links.keys()].map((id) => [id, this.identityById.get(id)!]));
    this.linkedInto = undefined;
    for (const id of changed) {
      const identity = this.identityById.get(id);
      if (!identity) continue;
      this.dirty.add(id);
      this.speakerViews.delete(identity);
    }
  }

  private linkedInto?: Map<string, Identity[]>;
  private linkedObjects = new Map<string, Identity>();

  /** The identity's own members and those of every identity linked to it. */
  private linkedMembers(identity: Identity): SpeakerEntry[] {
    if (!this.linkedInto) {
      this.linkedInto = new Map();
      for (const [id, target] of this.links) {
        const linked = this.identityById.get(id);
        if (linked) (this.linkedInto.get(target) ?? this.linkedInto.set(target, []).get(target)!).push(linked);
      }
    }
    const linked = this.linkedInto.get(identity.id) ?? [];
    return linked.length === 0 ? identity.members : [...identity.members, ...linked.flatMap((other) => other.members)];
  }

  private unitsOfEntry(entry: SpeakerEntry): Unit[] {
    return this.articles.get(entry.file)!.unitsBySpeaker.get(entry.speaker.id) ?? [];
  }

  /** The article's name for a speaker whose identity is linked to another, whose statements it joined. */
  private linkedNameOf(file: string, speakerId: string): string | undefined {
    const id = this.identityOf.get(identityKey(file, speakerId));
    if (!id || !this.links.has(id)) return undefined;
    return this.articles.get(file)?.record.analysis.speakers.find((s) => s.id === speakerId)?.name;
  }

  private roleOf(file: string, speakerId: string): string | undefined {
    const speaker = this.articles.get(file)?.record.analysis.speakers.find((s) => s.id === speakerId);
    return speaker && speaker.roles.length > 0 ? speaker.roles.map((r) => r.text).join('; ') : undefined;
  }

  private workspaceSpeaker(identity: Identity): WorkspaceSpeaker {
    const articles: Record<string, SpeakerInArticle> = {};
    const aliases = new Set<string>();
    for (const { file, speaker, quoteCount } of this.linkedMembers(identity)) {
      aliases.add(speaker.name);
      for (const alias of speaker.aliases) aliases.add(alias);
      const roles = speaker.roles.map((r) => r.text);
      const existing = articles[file];
      if (existing) {
        existing.roles = [...new Set([...existing.roles, ...roles])];
        existing.quoteCount += quoteCount;
        existing.affiliation ??= speaker.affiliation;
      } else {
        articles[file] = { speakerId: speaker.id, roles: [...new Set(roles)], affiliation: speaker.affiliation, quoteCount };
      }
    }
    return {
      id: identity.id,
      name: identity.name,
      aliases: [...aliases].sort(),
      kind: identity.kind,
      affiliation: identity.affiliation,
      articles,
    };
  }

  /** Per article, its attributed quotes by the side of their speaker ("other" where no side is stated). */
  private balance(): Comparison['balance'] {
    const balance: Comparison['balance'] = {};
    for (const file of this.unbalanced) {
      const article = this.articles.get(file);
      if (article) this.rebalance(file, article);
    }
    this.unbalanced.clear();
    this.fileOrder ??= [...this.articles.keys()].sort(compareStrings);
    for (const file of this.fileOrder) balance[file] = { ...this.articles.get(file)!.balance!.counts };
    return balance;
  }

  private rebalance(file: string, article: ArticleState): void {
    // A speaker whose article states no side takes the side its identity has elsewhere.
    const sides = article.record.analysis.speakers.map((s) => {
      const workspaceId = this.identityOf.get(identityKey(file, s.id));
      return s.affiliation ?? (workspaceId ? this.identityById.get(workspaceId)?.affiliation : undefined) ?? 'other';
    });
    if (!article.balance || article.balance.sides.some((side, i) => side !== sides[i])) {
      const sideOf = new Map(article.record.analysis.speakers.map((s, i) => [s.id, sides[i]]));
      const counts: Record<string, number> = {};
      for (const quote of article.record.analysis.quotes) {
        if (!quote.speakerId) continue;
        const side = sideOf.get(quote.speakerId) ?? 'other';
        counts[side] = (counts[side] ?? 0) + 1;
      }
      article.balance = { sides, counts };
    }
  }
}

/**
 * Words fall into rarity classes by powers of two of their frequency, and weights change only between classes,
 * so that one article's edit re-groups only the speakers whose words changed class. Beyond the last class a word
 * is common: its weight no longer changes.
 */
const COMMON_CLASS = 6;

function rarityClass(frequency: number): number {
  return frequency <= 1 ? 0 : Math.min(COMMON_CLASS, Math.floor(Math.log2(frequency)));
}

function bySpeakerName(a: Identity, b: Identity): number {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** Two lists sorted by `order` as one sorted list; the first is returned as is when the second is empty. */
function mergeSorted<T>(sorted: T[], more: T[], order: (a: T, b: T) => number): T[] {
  if (more.length === 0) return sorted;
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < sorted.length || j < more.length) {
    if (j >= more.length || (i < sorted.length && order(sorted[i], more[j]) <= 0)) merged.push(sorted[i++]);
    else merged.push(more[j++]);
  }
  return merged;
}

function prepare(record: ArticleRecord): ArticleState {
  const { file, analysis } = record;
  const quoteCounts = new Map<string, number>();
  for (const quote of analysis.quotes) {
    if (quote.speakerId) quoteCounts.set(quote.speakerId, (quoteCounts.get(quote.speakerId) ?? 0) + 1);
  }
  const known = new Set(analysis.speakers.map((s) => s.id));
  const buckets = bucketsOf(file, analysis.speakers);
  const units = unitsOf(file, analysis.quotes.filter((q) => q.speakerId && known.has(q.speakerId)));
  const unitsBySpeaker = new Map<string, Unit[]>();
  for (const unit of units) {
    const speakerId = unit.parts[0].speakerId!;
    const list = unitsBySpeaker.get(speakerId);
    if (list) list.push(unit);
    else unitsBySpeaker.set(speakerId, [unit]);
  }
  return {
    record,
    units,
    unitsBySpeaker,
    entries: analysis.speakers.map((speaker, i) => ({ file, speaker, quoteCount: quoteCounts.get(speaker.id) ?? 0, bucket: buckets[i] })),
    textStems: contentStems(record.text),
  };
}

/** The content words of a statement's reports; copies of one wording add nothing, so each wording is read once. */
function stemsOf(group: UnitGroup): string[] {
  const stems = new Set<string>();
  const read = new Set<number>();
  for (const report of group.reports) {
    if (read.has(report.wording)) continue;
    read.add(report.wording);
    for (const stem of report.unit.stems) stems.add(stem);
  }
  return [...stems];
}

function identityKey(file: string, speakerId: string): string {
  return `${file}\u0000${speakerId}`;
}

/** Statements reported by most articles first, then by most reports, then by speaker and id. */
function byCoverage(a: GroupedStatement, b: GroupedStatement): number {
  return (
    b.files - a.files ||
    b.statement.reports.length - a.statement.reports.length ||
    compareStrings(a.statement.speakerName, b.statement.speakerName) ||
    compareStrings(a.statement.id, b.statement.id)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Words in one version of a text and not the other (all of them when there is only one version). */
function changedStems(before: Set<string> | undefined, after: Set<string> | undefined): Set<string> {
  const changed = new Set<string>();
  for (const stem of before ?? []) if (!after?.has(stem)) changed.add(stem);
  for (const stem of after ?? []) if (!before?.has(stem)) changed.add(stem);
  return changed;
}
