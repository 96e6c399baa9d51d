import type { SourceBalance } from '../../core/balance/sourceBalance';
import { SOURCE_KIND_LABEL } from '../../core/balance/sourceKind';
import type { FileLabel } from './exportFormats';

/** The workspace's source balance and each article's, as the Source Balance view shows them. */
export interface Balances {
  workspace: SourceBalance;
  articles: Array<{ file: string; balance: SourceBalance }>;
}

export function balancesToJson(balances: Balances, label: FileLabel): unknown {
  return {
    workspace: balanceToJson(balances.workspace),
    articles: Object.fromEntries(balances.articles.map(({ file, balance }) => [label(file), balanceToJson(balance)])),
  };
}

function balanceToJson(balance: SourceBalance): unknown {
  return {
    quotes: balance.quotes,
    words: balance.words,
    unattributed: balance.unattributed,
    kinds: Object.fromEntries(
      balance.kinds.map((tally) => [
        tally.kind,
        {
          quotes: tally.quotes,
          words: tally.words,
          speakers: tally.speakers,
          byAffiliation: tally.byAffiliation.map(({ affiliation, quotes, words }) => ({ affiliation: affiliation ?? null, quotes, words })),
        },
      ]),
    ),
  };
}

/** One table: a row per article (and the workspace), quotations / words per kind of source. */
export function balancesToMarkdown(balances: Balances, label: FileLabel, cell: (text: string) => string): string[] {
  const kinds = balances.workspace.kinds.map((tally) => tally.kind);
  const lines = ['## Source balance', '', 'Quotations / quoted words per kind of source.', ''];
  lines.push(`| Article | ${kinds.map((kind) => SOURCE_KIND_LABEL[kind]).join(' | ')} | Unattributed |`, `|---|${kinds.map(() => '---|').join('')}---|`);
  const row = (name: string, balance: SourceBalance) =>
    `| ${cell(name)} | ${balance.kinds.map((tally) => `${tally.quotes} / ${tally.words}`).join(' | ')} | ${balance.unattributed.quotes} / ${balance.unattributed.words} |`;
  for (const { file, balance } of balances.articles) lines.push(row(label(file), balance));
  lines.push(row('Workspace', balances.workspace), '');
  const sides = balances.workspace.kinds.flatMap((tally) =>
    tally.byAffiliation.filter((side) => side.affiliation !== undefined).map((side) => `| ${SOURCE_KIND_LABEL[tally.kind]} | ${cell(side.affiliation!)} | ${side.quotes} | ${side.words} |`),
  );
  if (sides.length > 0) lines.push('By the side or body their roles name, over the workspace:', '', '| Kind | Side or body | Quotes | Words |', '|---|---|---|---|', ...sides, '');
  return lines;
}
