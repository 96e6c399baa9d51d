import * as vscode from 'vscode';
import { readFrontMatter } from '../../core/import/frontMatter';
import type { ArticleAnalysis, Comparison, StatementGroup, WorkspaceSpeaker } from '../../core/types';
import type { AnalysisEngine, Urgency } from '../engine/analysisEngine';
import { shortLabel } from '../presentation';

export interface IndexedArticle {
  readonly uri: vscode.Uri;
  /** `uri.toString()`: the `file` key of the core's comparison records. */
  readonly key: string;
  /** What the user calls the file: its workspace-relative path. */
  readonly label: string;
  /** The outlet its front-matter header names (an imported article), if any. */
  readonly outlet?: string;
  readonly text: string;
  /** The document version the analysis belongs to; undefined when read from disk. */
  readonly version: number | undefined;
  readonly analysis: ArticleAnalysis;
}

const EMPTY_COMPARISON: Comparison = { speakers: [], statements: [], quoteCounts: {}, balance: {} };
const COMPARISON_DELAY_MS = 250;

/**
 * Every analyzed article of the workspace and their comparison. Analysis results are only ever stored for
 * the text they were computed from; the comparison is recomputed shortly after the articles settle.
 */
export class ArticleIndex implements vscode.Disposable {
  private readonly byKey = new Map<string, IndexedArticle>();
  /**
   * Articles sent to the engine, which adds each to its comparison as it analyzes it: a result that comes back stale
   * is not stored here, yet the engine holds it until it is told to forget it.
   */
  private readonly sentToEngine = new Set<string>();
  /** Removals per article: a result for a request made before the latest removal is not stored. */
  private readonly removals = new Map<string, number>();
  private currentComparison: Comparison = EMPTY_COMPARISON;
  private workspaceSpeakerByArticleSpeaker = new Map<string, WorkspaceSpeaker>();
  private groupByQuote = new Map<string, StatementGroup>();
  private comparisonTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingWork = 0;

  /** `engine` analyzes and re-groups off the extension host's event loop, re-grouping only what an article touches. */
  constructor(private readonly engine: AnalysisEngine) {}

  private readonly articleChanged = new vscode.EventEmitter<IndexedArticle | undefined>();
  /** An article was analyzed or removed (undefined: several changed). */
  readonly onDidChangeArticle = this.articleChanged.event;
  private readonly comparisonChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeComparison = this.comparisonChanged.event;

  get articles(): IndexedArticle[] {
    return [...this.byKey.values()].sort((a, b) => a.label.localeCompare(b.label));
  }

  get comparison(): Comparison {
    return this.currentComparison;
  }

  get(uri: vscode.Uri): IndexedArticle | undefined {
    return this.byKey.get(uri.toString());
  }

  getByKey(key: string): IndexedArticle | undefined {
    return this.byKey.get(key);
  }

  labelOf(key: string): string {
    return this.byKey.get(key)?.label ?? labelFor(vscode.Uri.parse(key));
  }

  /** How the Compare view names an article: its outlet, when its header names one, then its file name. */
  sourceNameOf(key: string): string {
    const fileName = shortLabel(this.labelOf(key));
    const outlet = this.byKey.get(key)?.outlet;
    return outlet ? `${outlet} · ${fileName}` : fileName;
  }

  /** True while analyses, removals or a comparison are still on their way. */
  get busy(): boolean {
    return this.pendingWork > 0 || this.comparisonTimer !== undefined || this.engine.busy;
  }

  /** Analyzes `text` and stores it unless `isStale()` says a newer text has arrived meanwhile. */
  async analyze(
    uri: vscode.Uri,
    text: string,
    version: number | undefined,
    isStale: () => boolean = () => false,
    urgency: Urgency = 'visible',
  ): Promise<IndexedArticle | undefined> {
    this.pendingWork++;
    try {
      const key = uri.toString();
      const removalsBefore = this.removals.get(key);
      this.sentToEngine.add(key);
      const analysis = await this.engine.analyze(key, text, urgency);
      if (this.removals.get(key) !== removalsBefore) return undefined;
      if (!analysis || isStale()) return undefined;
      const outlet = readFrontMatter(text)?.outlet;
      const article: IndexedArticle = { uri, key: uri.toString(), label: labelFor(uri), ...(outlet && { outlet }), text, version, analysis };
      this.byKey.set(article.key, article);
      this.articleChanged.fire(article);
      this.scheduleComparison();
      return article;
    } finally {
      this.pendingWork--;
    }
  }

  remove(uri: vscode.Uri): void {
    const key = uri.toString();
    const shown = this.byKey.delete(key);
    this.removals.set(key, (this.removals.get(key) ?? 0) + 1);
    if (this.sentToEngine.delete(key)) {
      void this.engine.remove(key);
      this.scheduleComparison();
    }
    if (shown) this.articleChanged.fire(undefined);
  }

  workspaceSpeakerFor(article: IndexedArticle, articleSpeakerId: string): WorkspaceSpeaker | undefined {
    return this.workspaceSpeakerByArticleSpeaker.get(speakerKey(article.key, articleSpeakerId));
  }

  statementGroupFor(article: IndexedArticle, quoteId: string): StatementGroup | undefined {
    return this.groupByQuote.get(speakerKey(article.key, quoteId));
  }

  statementGroup(id: string): StatementGroup | undefined {
    return this.currentComparison.statements.find((group) => group.id === id);
  }

  workspaceSpeaker(id: string): WorkspaceSpeaker | undefined {
    return this.currentComparison.speakers.find((speaker) => speaker.id === id);
  }

  private scheduleComparison(): void {
    if (this.comparisonTimer !== undefined) clearTimeout(this.comparisonTimer);
    this.comparisonTimer = setTimeout(() => void this.compare(), COMPARISON_DELAY_MS);
  }

  private async compare(): Promise<void> {
    this.pendingWork++;
    this.comparisonTimer = undefined;
    try {
      const comparison = await this.engine.compare();
      if (comparison === undefined) return;
      this.currentComparison = comparison;
      this.rebuildLookups();
      this.comparisonChanged.fire();
    } finally {
      this.pendingWork--;
    }
  }

  private rebuildLookups(): void {
    this.workspaceSpeakerByArticleSpeaker = new Map();
    for (const speaker of this.currentComparison.speakers) {
      for (const [file, inArticle] of Object.entries(speaker.articles)) {
        this.workspaceSpeakerByArticleSpeaker.set(speakerKey(file, inArticle.speakerId), speaker);
      }
    }
    this.groupByQuote = new Map();
    for (const group of this.currentComparison.statements) {
      for (const report of group.reports) this.groupByQuote.set(speakerKey(report.file, report.quoteId), group);
    }
  }

  dispose(): void {
    if (this.comparisonTimer !== undefined) clearTimeout(this.comparisonTimer);
    this.articleChanged.dispose();
    this.comparisonChanged.dispose();
  }
}

function speakerKey(file: string, id: string): string {
  return `${file}\u0000${id}`;
}

export function labelFor(uri: vscode.Uri): string {
  return uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri, false);
}

/**
 * True when the analysis was computed from exactly the document's current text. The version alone is not enough:
 * a new untitled document reuses a closed one's URI and starts at the same version.
 */
export function isCurrent(article: IndexedArticle, document: vscode.TextDocument): boolean {
  if (article.version !== undefined && article.version !== document.version) return false;
  return article.text === document.getText();
}
