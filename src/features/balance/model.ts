import { articleSourceBalance, workspaceSourceBalance, type KindTally, type SourceBalance, type Tally } from '../../core/balance/sourceBalance';
import { SOURCE_KIND_LABEL, type SourceKind } from '../../core/balance/sourceKind';
import { plural, shortLabel } from '../shared/presentation';
import type { TreeRow } from '../shared/treeRow';
import type { WorkspaceFacts } from '../shared/workspaceFacts';

/** Per article, by its key and label, and the workspace sum: what the view shows and the export writes. */
export interface Balances {
  workspace: SourceBalance;
  articles: Array<{ file: string; label: string; balance: SourceBalance }>;
}

export type BalanceNode =
  | { kind: 'scope'; id: string; label: string; balance: SourceBalance; articles?: number }
  | { kind: 'tally'; scopeId: string; total: number; tally: KindTally }
  | { kind: 'side'; scopeId: string; sourceKind: SourceKind; total: number; affiliation: string | undefined; tally: Tally };

const KIND_ICON: Record<SourceKind, string> = {
  official: 'law',
  expert: 'mortar-board',
  anonymous: 'question',
  organisation: 'organization',
  ordinary: 'person',
};

export const WORKSPACE_SCOPE = 'workspace';

export function balancesOf(facts: WorkspaceFacts): Balances {
  const articles = facts.articles().map((article) => ({ file: article.key, label: article.label, balance: articleSourceBalance(article.analysis) }));
  return { workspace: workspaceSourceBalance(articles.map((article) => article.balance)), articles };
}

/** The workspace's source balance, then each article's. */
export function balanceRoots({ workspace, articles }: Balances): BalanceNode[] {
  if (articles.length === 0) return [];
  return [
    { kind: 'scope', id: WORKSPACE_SCOPE, label: 'Workspace', balance: workspace, articles: articles.length },
    ...articles.map(({ file, label, balance }): BalanceNode => ({ kind: 'scope', id: file, label: shortLabel(label), balance })),
  ];
}

/** Under a scope, the kinds of source; under a kind, the sides or bodies their roles name. */
export function balanceChildren(node: BalanceNode): BalanceNode[] {
  if (node.kind === 'scope') return node.balance.kinds.map((tally) => ({ kind: 'tally', scopeId: node.id, total: node.balance.words, tally }));
  if (node.kind === 'tally') return sidesOf(node);
  return [];
}

function sidesOf(node: Extract<BalanceNode, { kind: 'tally' }>): BalanceNode[] {
  if (node.tally.byAffiliation.length < 2 && node.tally.byAffiliation[0]?.affiliation === undefined) return [];
  return node.tally.byAffiliation.map(({ affiliation, ...tally }) => ({ kind: 'side', scopeId: node.scopeId, sourceKind: node.tally.kind, total: node.total, affiliation, tally }));
}

/** `fullLabel`: the article's workspace-relative path, for a scope row's tooltip. */
export function balanceRow(node: BalanceNode, fullLabel: (file: string) => string): TreeRow {
  switch (node.kind) {
    case 'scope': {
      const isWorkspace = node.id === WORKSPACE_SCOPE;
      const unattributed = node.balance.unattributed.quotes > 0 ? ` · ${node.balance.unattributed.quotes} unattributed` : '';
      return {
        id: `balance:${node.id}`,
        label: node.label,
        collapsible: isWorkspace ? 'expanded' : 'collapsed',
        description: `${node.articles !== undefined ? `${plural(node.articles, 'article')} · ` : ''}${plural(node.balance.quotes, 'quote')} · ${plural(node.balance.words, 'word')}${unattributed}`,
        icon: isWorkspace ? { codicon: 'folder' } : 'file',
        ...(!isWorkspace && { resourceUri: node.id }),
        tooltip: isWorkspace ? 'Every analyzed article of the workspace' : fullLabel(node.id),
      };
    }
    case 'tally':
      return {
        id: `balance:${node.scopeId}:${node.tally.kind}`,
        label: SOURCE_KIND_LABEL[node.tally.kind],
        collapsible: sidesOf(node).length > 0 ? 'collapsed' : 'none',
        description: tallyText(node.tally, node.total),
        icon: { codicon: KIND_ICON[node.tally.kind] },
        tooltip: `${SOURCE_KIND_LABEL[node.tally.kind]}: ${plural(node.tally.quotes, 'quotation')} and ${plural(node.tally.words, 'quoted word')} from ${plural(node.tally.speakers, 'speaker')}`,
      };
    case 'side':
      return {
        id: `balance:${node.scopeId}:${node.sourceKind}:${node.affiliation ?? ''}`,
        label: node.affiliation ?? 'No side or body named',
        collapsible: 'none',
        description: tallyText(node.tally, node.total),
      };
  }
}

/** "3 quotes · 120 words (45%)": the share is of the scope's quoted words, which is what a reader weighs. */
function tallyText(tally: Tally, totalWords: number): string {
  const share = totalWords > 0 ? ` (${Math.round((100 * tally.words) / totalWords)}%)` : '';
  return `${plural(tally.quotes, 'quote')} · ${plural(tally.words, 'word')}${share}`;
}
