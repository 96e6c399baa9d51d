/**
 * The workspace comparison, kept up to date article by article. Changing one article re-groups only the
 * speakers whose reports it holds, plus those whose words changed rarity class; every other speaker's
 * statements are reused as they are. The result is the same as grouping the whole workspace at once.
 */
import type { ArticleRecord, Comparison, SpeakerInArticle, StatementGroup, WorkspaceSpeaker } from '../types';
import { eventSignature, omittedBy, qualifies, quotingOmitters, SIGNATURE_SIZE, signatureOrder, type EventIndex, type SignatureWord } from './coverage';
import { groupUnits, type UnitGroup } from './grouping';
import { bucketsOf, clusterBucket, type Identity, type SpeakerEntry } from './identity';
import { toStatement } from './statements';
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
  statement: StatementGroup;
  /** The content words of its reports, to find the articles that cover its event. */
  stems: string[];
  /** Number of articles reporting it, for the order of the result. */
  files: number;
  /** The statement with `omittedBy` filled in, and the workspace size and signature it was computed with. */
  covered?: StatementGroup;
  coveredFor?: number;
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

  upsert(record: ArticleRecord): void {
    this.replace(record.file, record);
  }

  remove(file: string): void {
    this.replace(file, undefined);
  }

  result(): Comparison {
    for (const bucket of [...this.dirtyBuckets].sort()) this.reclusterBucket(bucket);
    this.dirtyBuckets.clear();
    this.regroupDirty();
    const speakers = [...this.identityById.values()].map((identity) => {
      let view = this.speakerViews.get(identity);
      if (!view) this.speakerViews.set(identity, (view = this.workspaceSpeaker(identity)));
      return view;
    });
    speakers.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
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
    const statements: GroupedStatement[] = [];
    for (const speaker of speakers) {
      const grouped = this.grouped.get(speaker.id) ?? [];
      const quoting = quotingOmitters(Object.keys(speaker.articles).filter((file) => speaker.articles[file].quoteCount > 0));
      for (const entry of grouped) {
        if (!entry.covered || entry.coveredFor !== this.articles.size) {
          const signature = eventSignature(entry.stems, events);
          entry.covered = { ...entry.statement, omittedBy: omittedBy(entry.statement, signature, quoting, events) };
          entry.coveredFor = this.articles.size;
          entry.signature = signature;
        }
        statements.push(entry);
      }
    }
    statements.sort(byCoverage);
    return { speakers, statements: statements.map((entry) => entry.covered!), quoteCounts, balance: this.balance() };
  }

  private replace(file: string, record: ArticleRecord | undefined): void {
    const before = this.articles.get(file);
    const after = record ? prepare(record) : undefined;
    const changedRarity = new Set<string>();
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
        for (const unit of this.articles.get(other)!.units) if (unit.stems.includes(stem)) this.markDirty(unit);
      }
    }
  }

  /** Units of a changed article have no identity until their bucket is re-clustered, which marks it dirty then. */
  private markDirty(unit: Unit): void {
    const id = this.identityOf.get(identityKey(unit.file, unit.parts[0].speakerId!));
    if (id) this.dirty.add(id);
  }

  private count(article: ArticleState, delta: 1 | -1, changedRarity: Set<string>): void {
    for (const unit of article.units) {
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
    for (const old of this.identities.get(bucket) ?? []) {
      this.dirty.add(old.id);
      this.identityById.delete(old.id);
      for (const member of old.members) this.identityOf.delete(identityKey(member.file, member.speaker.id));
    }
    const entries = this.buckets.get(bucket);
    if (!entries) {
      this.identities.delete(bucket);
      return;
    }
    const identities = clusterBucket(bucket, [...entries]);
    this.identities.set(bucket, identities);
    for (const identity of identities) {
      this.dirty.add(identity.id);
      this.identityById.set(identity.id, identity);
      for (const member of identity.members) this.identityOf.set(identityKey(member.file, member.speaker.id), identity.id);
    }
  }

  private regroupDirty(): void {
    const weights = new Map<string, number>();
    const weigh = (stem: string) => {
      let weight = weights.get(stem);
      if (weight === undefined) weights.set(stem, (weight = 1 / (1 + rarityClass(this.unitFrequency.get(stem) ?? 1))));
      return weight;
    };
    for (const id of [...this.dirty].sort()) {
      this.dirty.delete(id);
      const identity = this.identityById.get(id);
      this.forgetStatements(id);
      if (!identity) continue;
      const units = identity.members.flatMap((member) => this.articles.get(member.file)!.unitsBySpeaker.get(member.speaker.id) ?? []);
      const groups = groupUnits(units, weigh);
      const statements = groups.map((group) =>
        toStatement(group, identity.id, identity.name, { roleOf: (file, speakerId) => this.roleOf(file, speakerId) }),
      );
      const grouped = statements.map((statement, i) => ({
        statement,
        stems: stemsOf(groups[i]),
        files: new Set(statement.reports.map((r) => r.file)).size,
      }));
      for (const entry of grouped) {
        for (const stem of entry.stems) {
          const set = this.statementsByStem.get(stem);
          if (set) set.add(entry);
          else this.statementsByStem.set(stem, new Set([entry]));
        }
      }
      this.grouped.set(id, grouped);
    }
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
        if (inSignature || entering) entry.covered = undefined;
      }
    }
  }

  private events(): EventIndex {
    return { articleCount: this.articles.size, articlesWith: (stem) => this.articlesByTextStem.get(stem) };
  }

  private forgetStatements(id: string): void {
    for (const entry of this.grouped.get(id) ?? []) {
      for (const stem of entry.stems) {
        const set = this.statementsByStem.get(stem);
        set?.delete(entry);
        if (set?.size === 0) this.statementsByStem.delete(stem);
      }
    }
    this.grouped.delete(id);
  }

  private roleOf(file: string, speakerId: string): string | undefined {
    const speaker = this.articles.get(file)?.record.analysis.speakers.find((s) => s.id === speakerId);
    return speaker && speaker.roles.length > 0 ? speaker.roles.map((r) => r.text).join('; ') : undefined;
  }

  private workspaceSpeaker(identity: Identity): WorkspaceSpeaker {
    const articles: Record<string, SpeakerInArticle> = {};
    const aliases = new Set<string>();
    for (const { file, speaker, quoteCount } of identity.members) {
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
    for (const file of [...this.articles.keys()].sort(compareStrings)) {
      const article = this.articles.get(file)!;
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
      balance[file] = { ...article.balance.counts };
    }
    return balance;
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
