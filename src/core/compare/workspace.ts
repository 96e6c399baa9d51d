/**
 * The workspace comparison, kept up to date article by article. Changing one article re-groups only the
 * speakers whose reports it holds, plus those whose words changed rarity class; every other speaker's
 * statements are reused as they are. The result is the same as grouping the whole workspace at once.
 */
import type { PlacedParagraph } from '../article/model';
import type { ArticleRecord, Comparison, Speaker, WorkspaceSpeaker } from '../types';
import { groupedStatement, statementKey, type GroupedStatement } from './grouped-statement';
import { GroupingGrounds } from './grouping-grounds';
import type { SpeakerEntry } from './identity';
import { IdentityLinks } from './identity-links';
import { IdentityRegistry } from './identity-registry';
import { SpeakerLinker } from './linking';
import { PairMemo } from './pairs';
import { QuoteBalance } from './quote-balance';
import { byCoverage, bySpeakerName, IncrementalOrder } from './result-order';
import type { Weigh } from './similarity';
import { SpeakerViews } from './speaker-views';
import { cover, StatementsByStem } from './statement-coverage';
import type { ArticleContext } from './statements';
import { StemCounts } from './stem-counts';
import type { Unit } from './units';
import { changedStems, prepareArticle, type ArticleState } from './workspace-article';

export class WorkspaceComparison {
  private readonly articles = new Map<string, ArticleState>();
  private readonly stems = new StemCounts();
  private readonly identities = new IdentityRegistry();
  /** Identity id → the identity its statements showed it to be (see `relink`). */
  private readonly links = new IdentityLinks(this.identities);
  private readonly linker = new SpeakerLinker();
  private readonly pairs = new PairMemo();
  private readonly grounds = new GroupingGrounds(this.pairs);
  /** Identities whose statements are grouped again at the next result. */
  private readonly dirty = new Set<string>();
  private readonly grouped = new Map<string, GroupedStatement[]>();
  /** Statements by content word, to refresh the coverage of those whose words an edit adds or removes. */
  private readonly statementsByStem = new StatementsByStem();
  private readonly views = new SpeakerViews();
  private readonly identityOrder = new IncrementalOrder(bySpeakerName);
  private readonly statementOrder = new IncrementalOrder(byCoverage);
  private readonly quoteBalance = new QuoteBalance();
  /** Speakers some of whose statements may need their coverage computed again, and the size it was last computed at. */
  private readonly uncovered = new Set<string>();
  private coveredSize = 0;

  /**
   * Adds or replaces an article. `paragraphs`, the article model of `record.text` when the caller has it (see
   * `AnalysisSession.takeParagraphs`), saves reading the text again; it is not kept.
   */
  upsert(record: ArticleRecord, paragraphs?: readonly PlacedParagraph[]): void {
    this.replace(record.file, record, paragraphs);
  }

  remove(file: string): void {
    this.replace(file, undefined);
  }

  result(): Comparison {
    this.recluster();
    this.relink();
    this.regroupDirty();
    const speakers = this.identityOrder
      .current()
      .filter((identity) => !this.links.absorbed(identity))
      .map((identity) => this.views.viewOf(identity, () => this.links.membersOf(identity)));
    const quoteCounts: Comparison['quoteCounts'] = {};
    for (const speaker of speakers) quoteCounts[speaker.id] = this.views.quoteCountsOf(speaker);
    this.coverStatements(speakers);
    const statements = this.statementOrder.current().map((entry) => entry.covered!);
    const balance = this.quoteBalance.balance(this.articles, (file, speakerId) => this.identitySide(file, speakerId));
    return { speakers, statements, quoteCounts, balance };
  }

  /** Coverage changes with the workspace's size, a speaker's re-grouping or a signature word (see `refreshCoverage`). */
  private coverStatements(speakers: WorkspaceSpeaker[]): void {
    const events = this.stems.events(this.articles.size);
    const resized = this.coveredSize !== this.articles.size;
    this.coveredSize = this.articles.size;
    const uncovered = resized ? speakers : [...this.uncovered].flatMap((id) => {
      const identity = this.identities.byId(id);
      return identity && !this.links.absorbed(identity) ? [this.views.builtFor(identity)!] : [];
    });
    this.uncovered.clear();
    for (const speaker of uncovered) {
      const quoting = this.views.quotingOf(speaker);
      for (const entry of this.grouped.get(speaker.id) ?? []) cover(entry, quoting, events);
    }
  }

  private replace(file: string, record: ArticleRecord | undefined, paragraphs?: readonly PlacedParagraph[]): void {
    const before = this.articles.get(file);
    const after = record ? prepareArticle(record, paragraphs) : undefined;
    const changedRarity = new Set<string>();
    this.quoteBalance.unsettle(file);
    if (Boolean(before) !== Boolean(after)) this.quoteBalance.reorder();
    if (before) {
      this.count(before, -1, changedRarity);
      for (const entry of before.entries) this.identities.remove(entry);
      this.articles.delete(file);
    }
    if (after) {
      this.articles.set(file, after);
      this.count(after, +1, changedRarity);
      for (const entry of after.entries) this.identities.add(entry);
    }
    this.refreshCoverage(changedStems(before?.textStems, after?.textStems));
    for (const unit of [...(before?.units ?? []), ...(after?.units ?? [])]) this.markDirty(unit);
    this.reweigh(changedRarity);
  }

  private count(article: ArticleState, delta: 1 | -1, changedRarity: Set<string>): void {
    for (const unit of article.units) {
      if (delta > 0) this.linker.add(unit);
      else this.linker.remove(unit);
    }
    this.stems.count(article, delta, changedRarity);
  }

  /** A unit holding a word that changed rarity class: its remembered pair answers no longer hold. */
  private reweigh(changedRarity: Set<string>): void {
    for (const stem of changedRarity) {
      for (const other of this.stems.filesReporting(stem)) {
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
    const id = this.identities.idOf(unit.file, unit.parts[0].speakerId!);
    if (id) this.dirty.add(this.links.target(id, unit.file) ?? id);
  }

  private refreshCoverage(changed: Set<string>): void {
    const events = this.stems.events(this.articles.size);
    const speakers = this.statementsByStem.uncover(changed, events, (stem) => this.stems.textFrequency(stem));
    for (const id of speakers) this.uncovered.add(id);
  }

  /** Re-clusters the buckets whose entries changed since the last result. */
  private recluster(): void {
    const { dropped, added, resided } = this.identities.recluster();
    for (const identity of dropped) {
      this.dirty.add(identity.id);
      this.identityOrder.drop(identity);
    }
    for (const identity of added) {
      this.dirty.add(identity.id);
      this.identityOrder.add(identity);
    }
    for (const file of resided) this.quoteBalance.unsettle(file);
  }

  /**
   * Links the workspace's identities by their statements. A changed link re-groups both identities it joins or
   * parts, and rebuilds the speaker views that list the linked articles.
   */
  private relink(): void {
    const links = this.linker.link(this.identities.all(), {
      unitsOf: (identity) => identity.members.flatMap((member) => this.unitsOfEntry(member)),
      ownerOf: (unit) => this.identities.byId(this.identities.idOf(unit.file, unit.parts[0].speakerId!) ?? ''),
      speakerOf: (unit) => this.articles.get(unit.file)!.entries.find((entry) => entry.speaker.id === unit.parts[0].speakerId)!.speaker,
      frequency: (stem) => this.stems.frequency(stem),
      weigh: this.stems.weigh(),
      memo: this.pairs,
    });
    for (const id of this.links.update(links)) {
      const identity = this.identities.byId(id);
      if (!identity) continue;
      this.dirty.add(id);
      this.views.forget(identity);
    }
  }

  private regroupDirty(): void {
    const weigh = this.stems.weigh();
    const context: ArticleContext = {
      roleOf: (file, speakerId) => this.roleOf(file, speakerId),
      linkedNameOf: (file, speakerId) => this.linkedNameOf(file, speakerId),
    };
    for (const id of [...this.dirty].sort()) {
      this.dirty.delete(id);
      this.uncovered.add(id);
      this.regroup(id, weigh, context);
    }
  }

  /** Groups an identity's statements again, reusing every statement whose make-up did not change. */
  private regroup(id: string, weigh: Weigh, context: ArticleContext): void {
    const identity = this.identities.byId(id);
    const units = identity && !this.links.absorbed(identity) ? this.links.membersOf(identity).flatMap((member) => this.unitsOfEntry(member)) : [];
    if (identity && this.grouped.has(id) && this.grounds.stand(id, identity, units, weigh)) return;
    const previous = new Map((this.grouped.get(id) ?? []).map((entry) => [entry.key, entry]));
    this.grouped.delete(id);
    if (identity && units.length > 0) {
      const grouped = this.grounds.group(id, identity, units, weigh).map((group) => {
        const key = statementKey(group, identity);
        const unchanged = previous.get(key);
        if (unchanged) {
          previous.delete(key);
          return unchanged;
        }
        const entry = groupedStatement(group, identity, key, context);
        this.statementsByStem.add(entry);
        this.statementOrder.add(entry);
        return entry;
      });
      this.grouped.set(id, grouped);
    } else this.grounds.forget(id);
    for (const entry of previous.values()) {
      this.statementsByStem.remove(entry);
      this.statementOrder.drop(entry);
    }
  }

  private unitsOfEntry(entry: SpeakerEntry): Unit[] {
    return this.articles.get(entry.file)!.unitsBySpeaker.get(entry.speaker.id) ?? [];
  }

  /** The article's name for a speaker whose identity is linked to another, whose statements it joined. */
  private linkedNameOf(file: string, speakerId: string): string | undefined {
    const id = this.identities.idOf(file, speakerId);
    if (!id || this.links.target(id, file) === undefined) return undefined;
    return this.speakerIn(file, speakerId)?.name;
  }

  private roleOf(file: string, speakerId: string): string | undefined {
    const speaker = this.speakerIn(file, speakerId);
    return speaker && speaker.roles.length > 0 ? speaker.roles.map((r) => r.text).join('; ') : undefined;
  }

  /** The side an article's speaker's workspace identity takes. */
  private identitySide(file: string, speakerId: string): string | undefined {
    const id = this.identities.idOf(file, speakerId);
    return id ? this.identities.byId(id)?.affiliation : undefined;
  }

  private speakerIn(file: string, speakerId: string): Speaker | undefined {
    return this.articles.get(file)?.record.analysis.speakers.find((s) => s.id === speakerId);
  }
}
