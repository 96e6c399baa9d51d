import type { ArticleSummary } from '../../worker/protocol';
import type { AnalysisEngine, Urgency } from '../engine/analysisEngine';
import { Emitter } from '../shared/emitter';
import { fingerprint } from './fingerprint';

/**
 * What the host knows of an analyzed article: which text the engine's analysis belongs to, never the analysis.
 * The engine holds that and answers questions about it.
 */
export interface IndexedArticle {
  /** The document's URI as a string: the `file` key of the engine's records. */
  readonly key: string;
  /** The document version the analysis belongs to; undefined when read from disk. */
  readonly version: number | undefined;
  /** The host's number for the text sent: the engine's answers about the article carry it. */
  readonly revision: number;
  /** A hash of the text, to tell a reused untitled name's new text from the old one. */
  readonly fingerprint: string;
  /** The counts the status bar shows. */
  readonly summary: ArticleSummary;
}

/** A text as the index compares it with what it stored: a document now, or a file read from disk. */
export interface TextVersion {
  readonly version: number;
  getText(): string;
}

const COMPARISON_DELAY_MS = 250;

/**
 * Which articles are analyzed, at which text, and when their comparison was last re-grouped. Results are only
 * stored for the text they were computed from; the engine re-groups shortly after the articles settle.
 */
export class ArticleIndex {
  private readonly byKey = new Map<string, IndexedArticle>();
  /**
   * Articles sent to the engine, which adds each to its comparison as it analyzes it: a result that comes back stale
   * is not stored here, yet the engine holds it until it is told to forget it.
   */
  private readonly sentToEngine = new Set<string>();
  /** Removals per article: a result for a request made before the latest removal is not stored. */
  private readonly removals = new Map<string, number>();
  private nextRevision = 1;
  private comparisonTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingWork = 0;
  private readonly articleChanged = new Emitter<IndexedArticle | undefined>();
  /** An article was analyzed or removed (undefined: several changed). */
  readonly onDidChangeArticle = this.articleChanged.event;
  private readonly comparisonChanged = new Emitter<void>();
  /** The engine re-grouped the workspace: views built from the comparison ask again. */
  readonly onDidChangeComparison = this.comparisonChanged.event;

  /** `comparisonDelayMs`: how long articles must settle before the workspace is grouped again. */
  constructor(
    private readonly engine: AnalysisEngine,
    private readonly comparisonDelayMs = COMPARISON_DELAY_MS,
  ) {}

  get articles(): IndexedArticle[] {
    return [...this.byKey.values()];
  }

  get(key: string): IndexedArticle | undefined {
    return this.byKey.get(key);
  }

  /** True while analyses, removals or a comparison are still on their way. */
  get busy(): boolean {
    return this.pendingWork > 0 || this.comparisonTimer !== undefined || this.engine.busy;
  }

  /** Analyzes `text` and records it unless `isStale()` says a newer text has arrived meanwhile. */
  async analyze(key: string, label: string, text: string, version: number | undefined, isStale: () => boolean = () => false, urgency: Urgency = 'visible'): Promise<IndexedArticle | undefined> {
    this.pendingWork++;
    try {
      const removalsBefore = this.removals.get(key);
      const revision = this.nextRevision++;
      this.sentToEngine.add(key);
      const summary = await this.engine.analyze(key, text, revision, label, urgency);
      if (this.removals.get(key) !== removalsBefore) return undefined;
      if (!summary || isStale()) return undefined;
      const article: IndexedArticle = { key, version, revision, fingerprint: fingerprint(text), summary };
      this.byKey.set(key, article);
      this.articleChanged.fire(article);
      this.scheduleComparison();
      return article;
    } finally {
      this.pendingWork--;
    }
  }

  remove(key: string): void {
    const shown = this.byKey.delete(key);
    this.removals.set(key, (this.removals.get(key) ?? 0) + 1);
    if (this.sentToEngine.delete(key)) {
      void this.engine.remove(key);
      this.scheduleComparison();
    }
    if (shown) this.articleChanged.fire(undefined);
  }

  private scheduleComparison(): void {
    if (this.comparisonTimer !== undefined) clearTimeout(this.comparisonTimer);
    this.comparisonTimer = setTimeout(() => void this.regroup(), this.comparisonDelayMs);
  }

  private async regroup(): Promise<void> {
    this.pendingWork++;
    this.comparisonTimer = undefined;
    try {
      if (await this.engine.regroup()) this.comparisonChanged.fire();
    } finally {
      this.pendingWork--;
    }
  }

  dispose(): void {
    if (this.comparisonTimer !== undefined) clearTimeout(this.comparisonTimer);
    this.articleChanged.dispose();
    this.comparisonChanged.dispose();
  }
}

/**
 * True when the analysis was computed from exactly this text. The version alone is not enough: a new untitled
 * document reuses a closed one's URI and starts at the same version.
 */
export function isCurrent(article: IndexedArticle, document: TextVersion): boolean {
  if (article.version !== undefined && article.version !== document.version) return false;
  return article.fingerprint === fingerprint(document.getText());
}
