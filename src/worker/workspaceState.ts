import { analyzeArticle } from '../core/analyze';
import { AnalysisSession } from '../core/session';
import { WorkspaceComparison } from '../core/compare/index';
import { blankFrontMatter, readFrontMatter } from '../core/import/frontMatter';
import type { Comparison, StatementGroup, WorkspaceSpeaker } from '../core/types';
import { SpeakerColors } from '../features/shared/speakerColors';
import type { ArticleFacts, WorkspaceFacts } from '../features/shared/workspaceFacts';

/** An article as the worker holds it: its analysis and the host's revision of the text it was made from. */
export interface HeldArticle extends ArticleFacts {
  readonly revision: number;
}

const EMPTY_COMPARISON: Comparison = { speakers: [], statements: [], quoteCounts: {}, balance: {} };

/**
 * The single owner of the workspace's analyses and their comparison. The comparison is re-grouped only when the
 * host asks (`regroup`, a moment after articles settle); the lookups from an article's speaker or quotation to
 * the workspace's speaker or statement are rebuilt with it.
 */
export class WorkspaceState implements WorkspaceFacts {
  private readonly byKey = new Map<string, HeldArticle>();
  private readonly grouping = new WorkspaceComparison();
  /** Keeps paragraph models and findings between analyses, so an edit re-reads only the paragraphs it changed. */
  private readonly session = new AnalysisSession();
  private current: Comparison = EMPTY_COMPARISON;
  private speakerByArticleSpeaker = new Map<string, WorkspaceSpeaker>();
  private groupByQuote = new Map<string, StatementGroup>();
  private readonly colors = new SpeakerColors({
    articles: () => this.articles(),
    workspaceSpeakerIdFor: (key, id) => this.workspaceSpeakerFor(key, id)?.id,
  });

  analyze(key: string, text: string, revision: number, label: string): HeldArticle {
    const analysis = analyzeArticle(text, {}, this.session);
    // The comparison reads words around quotations too: a header's headline is not the article's wording. It reads
    // them from the article model the analysis just read.
    const compared = blankFrontMatter(text);
    this.grouping.upsert({ file: key, text: compared, analysis }, this.session.takeParagraphs(compared));
    const outlet = readFrontMatter(text)?.outlet;
    const article: HeldArticle = { key, label, ...(outlet && { outlet }), analysis, revision };
    this.byKey.set(key, article);
    this.colors.invalidate();
    return article;
  }

  remove(key: string): void {
    this.grouping.remove(key);
    this.byKey.delete(key);
    this.colors.invalidate();
  }

  /** Groups the workspace again; returns the new comparison. */
  regroup(): Comparison {
    this.current = this.grouping.result();
    this.speakerByArticleSpeaker = new Map();
    for (const speaker of this.current.speakers) {
      for (const [file, inArticle] of Object.entries(speaker.articles)) {
        for (const id of inArticle.speakerIds) this.speakerByArticleSpeaker.set(pairKey(file, id), speaker);
      }
    }
    this.groupByQuote = new Map();
    for (const group of this.current.statements) {
      for (const report of group.reports) this.groupByQuote.set(pairKey(report.file, report.quoteId), group);
    }
    this.colors.invalidate();
    return this.current;
  }

  get comparison(): Comparison {
    return this.current;
  }

  article(key: string): HeldArticle | undefined {
    return this.byKey.get(key);
  }

  articles(): HeldArticle[] {
    return [...this.byKey.values()].sort((a, b) => a.label.localeCompare(b.label));
  }

  labelOf(key: string): string {
    return this.byKey.get(key)?.label ?? labelFromKey(key);
  }

  workspaceSpeakerFor(key: string, articleSpeakerId: string): WorkspaceSpeaker | undefined {
    return this.speakerByArticleSpeaker.get(pairKey(key, articleSpeakerId));
  }

  statementGroupFor(key: string, quoteId: string): StatementGroup | undefined {
    return this.groupByQuote.get(pairKey(key, quoteId));
  }

  statementGroup(id: string): StatementGroup | undefined {
    return this.current.statements.find((group) => group.id === id);
  }

  workspaceSpeaker(id: string): WorkspaceSpeaker | undefined {
    return this.current.speakers.find((speaker) => speaker.id === id);
  }

  slotOf(colorKey: string): number {
    return this.colors.slotOf(colorKey);
  }

  slotFor(key: string, articleSpeakerId: string): number {
    return this.colors.slotFor(key, articleSpeakerId);
  }
}

function pairKey(file: string, id: string): string {
  return `${file}\u0000${id}`;
}

/** A file the worker no longer holds is named by the last part of its path. */
function labelFromKey(key: string): string {
  const path = key.replace(/^[a-z][\w+.-]*:(\/\/[^/]*)?/i, '');
  try {
    return decodeURIComponent(path).replace(/^\/+/, '');
  } catch {
    return path;
  }
}
