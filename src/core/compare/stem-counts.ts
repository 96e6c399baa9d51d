/**
 * Where each word occurs in the workspace: how many reports hold it (the rarity that weights paraphrase
 * evidence), which articles' reports hold it, and which articles' text holds it (to tell which articles cover
 * the same event).
 */
import type { EventIndex } from './coverage';
import type { Weigh } from './similarity';
import type { ArticleState } from './workspace-article';

/**
 * Words fall into rarity classes by powers of two of their frequency, and weights change only between classes,
 * so that one article's edit re-groups only the speakers whose words changed class. Beyond the last class a word
 * is common: its weight no longer changes.
 */
const COMMON_CLASS = 6;

function rarityClass(frequency: number): number {
  return frequency <= 1 ? 0 : Math.min(COMMON_CLASS, Math.floor(Math.log2(frequency)));
}

export class StemCounts {
  /** Number of reports (units) containing each stem. */
  private readonly unitFrequency = new Map<string, number>();
  private readonly articlesByTextStem = new Map<string, Set<string>>();
  private readonly filesByStem = new Map<string, Set<string>>();

  /** Counts an article in (`delta` 1) or out (-1), adding to `changedRarity` the words whose rarity class changed. */
  count(article: ArticleState, delta: 1 | -1, changedRarity: Set<string>): void {
    this.countReports(article, delta, changedRarity);
    this.countText(article, delta);
  }

  /** Number of reports containing the stem. */
  frequency(stem: string): number {
    return this.unitFrequency.get(stem) ?? 0;
  }

  /** Articles whose reports contain the stem. */
  filesReporting(stem: string): Iterable<string> {
    return this.filesByStem.get(stem) ?? [];
  }

  /** Number of articles whose text contains the stem. */
  textFrequency(stem: string): number {
    return this.articlesByTextStem.get(stem)?.size ?? 0;
  }

  events(articleCount: number): EventIndex {
    return { articleCount, articlesWith: (stem) => this.articlesByTextStem.get(stem) };
  }

  /** Paraphrase evidence weighs a word by its rarity class among the workspace's reports. */
  weigh(): Weigh {
    const weights = new Map<string, number>();
    return (stem: string) => {
      let weight = weights.get(stem);
      if (weight === undefined) weights.set(stem, (weight = 1 / (1 + rarityClass(this.unitFrequency.get(stem) ?? 1))));
      return weight;
    };
  }

  private countReports(article: ArticleState, delta: 1 | -1, changedRarity: Set<string>): void {
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
  }

  private countText(article: ArticleState, delta: 1 | -1): void {
    for (const stem of article.textStems) {
      const files = this.articlesByTextStem.get(stem) ?? new Set<string>();
      if (delta > 0) files.add(article.record.file);
      else files.delete(article.record.file);
      if (files.size > 0) this.articlesByTextStem.set(stem, files);
      else this.articlesByTextStem.delete(stem);
    }
  }
}
