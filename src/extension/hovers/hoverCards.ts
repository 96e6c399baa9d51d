import * as vscode from 'vscode';
import type { Quote, Speaker, StatementGroup } from '../../core/types';
import { Commands, HOVER_COMMANDS } from '../commands/ids';
import { diffSummary, FORM_ICON, FORM_LABEL, OMISSION_ICON, plural, QUOTE_TYPE_LABEL, shortLabel } from '../presentation';
import type { ArticleIndex, IndexedArticle } from '../workspace/articleIndex';
import { commandLink, escapeMarkdown, excerpt } from './markdown';

const MAX_LISTED_QUOTES = 8;

function card(): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString('', true);
  markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
  return markdown;
}

const text = (value: string) => escapeMarkdown(value);
const revealLink = (label: string, file: string, start: number, end: number) =>
  commandLink(label, Commands.revealSpan, [file, start, end], 'Reveal in article');

/** Name, roles here and elsewhere, affiliation, quote counts and quotes as links. */
export function speakerCard(index: ArticleIndex, article: IndexedArticle, speaker: Speaker): vscode.MarkdownString {
  const markdown = card();
  const workspaceSpeaker = index.workspaceSpeakerFor(article, speaker.id);
  const affiliation = speaker.affiliation ?? workspaceSpeaker?.affiliation;
  markdown.appendMarkdown(`**${text(speaker.name)}** · ${text(speaker.kind)}${affiliation ? ` · ${text(affiliation)}` : ''}\n\n`);

  const rolesHere = unique(speaker.roles.map((role) => role.text));
  const quotesHere = article.analysis.quotes.filter((quote) => quote.speakerId === speaker.id);
  markdown.appendMarkdown(
    `**Here:** ${rolesHere.length > 0 ? rolesHere.map((role) => `*${text(role)}*`).join(', ') : 'no role given'} · ${plural(quotesHere.length, 'quote')}\n\n`,
  );

  const elsewhere = workspaceSpeaker
    ? Object.entries(workspaceSpeaker.articles).filter(([file]) => file !== article.key)
    : [];
  if (elsewhere.length > 0) {
    markdown.appendMarkdown('**In other articles:**\n\n');
    for (const [file, inArticle] of elsewhere) {
      const roles = inArticle.roles.length > 0 ? inArticle.roles.map((role) => `*${text(role)}*`).join(', ') : 'no role given';
      markdown.appendMarkdown(`- ${text(shortLabel(index.labelOf(file)))}: ${roles} · ${plural(inArticle.quoteCount, 'quote')}\n`);
    }
    const total = Object.values(workspaceSpeaker!.articles).reduce((sum, inArticle) => sum + inArticle.quoteCount, 0);
    const articleCount = Object.keys(workspaceSpeaker!.articles).length;
    markdown.appendMarkdown(`\n**Workspace:** ${plural(total, 'quote')} in ${plural(articleCount, 'article')}\n\n`);
  }

  const listed = quotesOf(index, article, speaker, workspaceSpeaker?.articles).slice(0, MAX_LISTED_QUOTES);
  if (listed.length > 0) {
    markdown.appendMarkdown('**Quotes:**\n\n');
    for (const { file, quote } of listed) {
      const where = file === article.key ? 'here' : text(shortLabel(index.labelOf(file)));
      markdown.appendMarkdown(`- ${revealLink(`“${text(excerpt(quote.text, 90))}”`, file, quote.start, quote.end)} — ${where}\n`);
    }
  }
  return markdown;
}

/** Speaker, cue, type, and how the other articles report the same statement. */
export function quoteCard(index: ArticleIndex, article: IndexedArticle, quote: Quote): vscode.MarkdownString {
  const markdown = card();
  const speaker = article.analysis.speakers.find((candidate) => candidate.id === quote.speakerId);
  if (!speaker) {
    markdown.appendMarkdown(`$(warning) **Unattributed ${QUOTE_TYPE_LABEL[quote.type].toLowerCase()}**: the article names nobody who said it.\n\n`);
  } else {
    const role = speaker.roles[0];
    markdown.appendMarkdown(
      `**${QUOTE_TYPE_LABEL[quote.type]}** by **${text(speaker.name)}**${role ? ` (*${text(role.text)}*)` : ''}\n\n`,
    );
  }
  if (quote.cue) {
    const lemma = quote.cue.lemma && quote.cue.lemma !== quote.cue.text ? ` (${text(quote.cue.lemma)})` : '';
    markdown.appendMarkdown(`**Cue:** *${text(quote.cue.text)}*${lemma}\n\n`);
  }
  const relay = quote.viaSpeakerId && article.analysis.speakers.find((candidate) => candidate.id === quote.viaSpeakerId);
  if (relay) markdown.appendMarkdown(`**Relayed by:** ${text(relay.name)}\n\n`);

  const group = index.statementGroupFor(article, quote.id);
  if (group) appendStatement(markdown, index, article, quote, group);
  return markdown;
}

function appendStatement(
  markdown: vscode.MarkdownString,
  index: ArticleIndex,
  article: IndexedArticle,
  quote: Quote,
  group: StatementGroup,
): void {
  const others = group.reports.filter((report) => !(report.file === article.key && report.quoteId === quote.id));
  const files = new Set(group.reports.map((report) => report.file));
  markdown.appendMarkdown(`---\n\n**Same statement:** ${plural(group.reports.length, 'report')} in ${plural(files.size, 'article')}\n\n`);
  for (const report of others) {
    const where = report.file === article.key ? 'here' : text(shortLabel(index.labelOf(report.file)));
    const cue = report.cue ? ` · *${text(report.cue)}*` : '';
    const { added, removed } = diffSummary(report.diff);
    const changes = [
      added.length > 0 ? `adds “${text(excerpt(added.join(' … '), 60))}”` : '',
      removed.length > 0 ? `drops “${text(excerpt(removed.join(' … '), 60))}”` : '',
    ].filter(Boolean);
    markdown.appendMarkdown(
      `- $(${FORM_ICON[report.form]}) ${FORM_LABEL[report.form]} in ${where}${cue}: ` +
        `${revealLink(`“${text(excerpt(report.text, 80))}”`, report.file, report.start, report.end)}` +
        `${changes.length > 0 ? ` — ${changes.join('; ')}` : ''}\n`,
    );
  }
  if (group.omittedBy.length > 0) {
    const omitted = group.omittedBy.map((file) => text(shortLabel(index.labelOf(file)))).join(', ');
    markdown.appendMarkdown(`- $(${OMISSION_ICON}) left out by ${omitted}\n`);
  }
  markdown.appendMarkdown(`\n${commandLink('$(split-horizontal) Compare wordings', Commands.showStatement, [group.id], 'Open in the Compare view')}\n`);
}

/** This article's quotes first, then the other articles' in label order. */
function quotesOf(
  index: ArticleIndex,
  article: IndexedArticle,
  speaker: Speaker,
  inArticles: Record<string, { speakerId: string }> | undefined,
): { file: string; quote: Quote }[] {
  const here = article.analysis.quotes.filter((quote) => quote.speakerId === speaker.id).map((quote) => ({ file: article.key, quote }));
  const elsewhere = Object.entries(inArticles ?? {})
    .filter(([file]) => file !== article.key)
    .flatMap(([file, inArticle]) =>
      (index.getByKey(file)?.analysis.quotes ?? [])
        .filter((quote) => quote.speakerId === inArticle.speakerId)
        .map((quote) => ({ file, quote })),
    );
  return [...here, ...elsewhere];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
