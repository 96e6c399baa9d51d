/** Per article, its attributed quotes by the side of their speaker ("other" where no side is stated). */
import type { Comparison } from '../types';
import { compareStrings } from './result-order';
import type { ArticleState } from './workspace-article';

/** The side an article's speaker's workspace identity takes, if any. */
export type IdentitySide = (file: string, speakerId: string) => string | undefined;

export class QuoteBalance {
  /** Articles whose balance may have changed: the article itself changed, or one of its speakers' identity took another side. */
  private readonly unbalanced = new Set<string>();
  private fileOrder?: string[];

  unsettle(file: string): void {
    this.unbalanced.add(file);
  }

  /** An article came or went: the order of the files is computed again. */
  reorder(): void {
    this.fileOrder = undefined;
  }

  balance(articles: Map<string, ArticleState>, identitySide: IdentitySide): Comparison['balance'] {
    const balance: Comparison['balance'] = {};
    for (const file of this.unbalanced) {
      const article = articles.get(file);
      if (article) rebalance(file, article, identitySide);
    }
    this.unbalanced.clear();
    this.fileOrder ??= [...articles.keys()].sort(compareStrings);
    for (const file of this.fileOrder) balance[file] = { ...articles.get(file)!.balance!.counts };
    return balance;
  }
}

function rebalance(file: string, article: ArticleState, identitySide: IdentitySide): void {
  // A speaker whose article states no side takes the side its identity has elsewhere.
  const sides = article.record.analysis.speakers.map((s) => s.affiliation ?? identitySide(file, s.id) ?? 'other');
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
