import type { Quote, Speaker, StatementGroup } from '../../core/types';
import { Commands } from '../shared/commandIds';
import { commandLink, escapeMarkdown, excerpt } from '../shared/markdown';
import { diffSummary, FORM_ICON, FORM_LABEL, OMISSION_ICON, plural, QUOTE_TYPE_LABEL, shortLabel } from '../shared/presentation';
import type { ArticleFacts, WorkspaceFacts } from '../shared/workspaceFacts';

const MAX_LISTED_QUOTES = 8;

const text = (value: string) => escapeMarkdown(value);
const revealLink = (label: string, file: string, start: number, end: number) =>
  commandLink(label, Commands.revealSpan, [file, start, end], 'Reveal in article');

/** Name, roles here and elsewhere, affiliation, quote counts and quotes as links; Markdown with theme icons. */
export function speakerCard(facts: WorkspaceFacts, article: ArticleFacts, speaker: Speaker): string {
  const parts: string[] = [];
  const workspaceSpeaker = facts.workspaceSpeakerFor(article.key, speaker.id);
  const affiliation = speaker.affiliation ?? workspaceSpeaker?.affiliation;
  parts.push(`**${text(speaker.name)}** · ${text(speaker.kind)}${affiliation ? ` · ${text(affiliation)}` : ''}\n\n`);

  const rolesHere = unique(speaker.roles.map((role) => role.text));
  const idsHere = speakerIdsHere(speaker, workspaceSpeaker?.articles[article.key]);
  const quotesHere = article.analysis.quotes.filter((quote) => quote.speakerId !== null && idsHere.has(quote.speakerId));
  parts.push(
    `**Here:** ${rolesHere.length > 0 ? rolesHere.map((role) => `*${text(role)}*`).join(', ') : 'no role given'} · ${plural(quotesHere.length, 'quote')}\n\n`,
  );

  const elsewhere = workspaceSpeaker ? Object.entries(workspaceSpeaker.articles).filter(([file]) => file !== article.key) : [];
  if (elsewhere.length > 0) {
    parts.push('**In other articles:**\n\n');
    for (const [file, inArticle] of elsewhere) {
      const roles = inArticle.roles.length > 0 ? inArticle.roles.map((role) => `*${text(role)}*`).join(', ') : 'no role given';
      parts.push(`- ${text(shortLabel(facts.labelOf(file)))}: ${roles} · ${plural(inArticle.quoteCount, 'quote')}\n`);
    }
    const total = Object.values(workspaceSpeaker!.articles).reduce((sum, inArticle) => sum + inArticle.quoteCount, 0);
    const articleCount = Object.keys(workspaceSpeaker!.articles).length;
    parts.push(`\n**Workspace:** ${plural(total, 'quote')} in ${plural(articleCount, 'article')}\n\n`);
  }

  const listed = quotesOf(facts, article, speaker, workspaceSpeaker?.articles).slice(0, MAX_LISTED_QUOTES);
  if (listed.length > 0) {
    parts.push('**Quotes:**\n\n');
    for (const { file, quote } of listed) {
      const where = file === article.key ? 'here' : text(shortLabel(facts.labelOf(file)));
      parts.push(`- ${revealLink(`“${text(excerpt(quote.text, 90))}”`, file, quote.start, quote.end)} — ${where}\n`);
    }
  }
  return parts.join('');
}

/** Speaker, cue, type, and how the other articles report the same statement; Markdown with theme icons. */
export function quoteCard(facts: WorkspaceFacts, article: ArticleFacts, quote: Quote): string {
  const parts: string[] = [];
  const speaker = article.analysis.speakers.find((candidate) => candidate.id === quote.speakerId);
  if (!speaker) {
    parts.push(`$(warning) **Unattributed ${QUOTE_TYPE_LABEL[quote.type].toLowerCase()}**: the article names nobody who said it.\n\n`);
  } else {
    const role = speaker.roles[0];
    parts.push(`**${QUOTE_TYPE_LABEL[quote.type]}** by **${text(speaker.name)}**${role ? ` (*${text(role.text)}*)` : ''}\n\n`);
  }
  if (quote.cue) {
    const lemma = quote.cue.lemma && quote.cue.lemma !== quote.cue.text ? ` (${text(quote.cue.lemma)})` : '';
    parts.push(`**Cue:** *${text(quote.cue.text)}*${lemma}\n\n`);
  }
  const relay = quote.viaSpeakerId && article.analysis.speakers.find((candidate) => candidate.id === quote.viaSpeakerId);
  if (relay) parts.push(`**Relayed by:** ${text(relay.name)}\n\n`);

  const group = facts.statementGroupFor(article.key, quote.id);
  if (group) parts.push(statementPart(facts, article, quote, group));
  return parts.join('');
}

function statementPart(facts: WorkspaceFacts, article: ArticleFacts, quote: Quote, group: StatementGroup): string {
  const others = group.reports.filter((report) => !(report.file === article.key && report.quoteId === quote.id));
  const files = new Set(group.reports.map((report) => report.file));
  const parts = [`---\n\n**Same statement:** ${plural(group.reports.length, 'report')} in ${plural(files.size, 'article')}\n\n`];
  for (const report of others) {
    const where = report.file === article.key ? 'here' : text(shortLabel(facts.labelOf(report.file)));
    const cue = report.cue ? ` · *${text(report.cue)}*` : '';
    const { added, removed } = diffSummary(report.diff);
    const changes = [
      added.length > 0 ? `adds “${text(excerpt(added.join(' … '), 60))}”` : '',
      removed.length > 0 ? `drops “${text(excerpt(removed.join(' … '), 60))}”` : '',
    ].filter(Boolean);
    parts.push(
      `- $(${FORM_ICON[report.form]}) ${FORM_LABEL[report.form]} in ${where}${cue}: ` +
        `${revealLink(`“${text(excerpt(report.text, 80))}”`, report.file, report.start, report.end)}` +
        `${changes.length > 0 ? ` — ${changes.join('; ')}` : ''}\n`,
    );
  }
  if (group.omittedBy.length > 0) {
    const omitted = group.omittedBy.map((file) => text(shortLabel(facts.labelOf(file)))).join(', ');
    parts.push(`- $(${OMISSION_ICON}) left out by ${omitted}\n`);
  }
  parts.push(`\n${commandLink('$(split-horizontal) Compare wordings', Commands.showStatement, [group.id], 'Open in the Compare view')}\n`);
  return parts.join('');
}

/** The article's speakers the workspace speaker stands for here: "Police" and "police sources" of one article are one. */
function speakerIdsHere(speaker: Speaker, here: { speakerIds: string[] } | undefined): Set<string> {
  return new Set([speaker.id, ...(here?.speakerIds ?? [])]);
}

/** This article's quotes first, then the other articles' in label order. */
function quotesOf(
  facts: WorkspaceFacts,
  article: ArticleFacts,
  speaker: Speaker,
  inArticles: Record<string, { speakerIds: string[] }> | undefined,
): { file: string; quote: Quote }[] {
  const idsHere = speakerIdsHere(speaker, inArticles?.[article.key]);
  const here = article.analysis.quotes.filter((quote) => quote.speakerId !== null && idsHere.has(quote.speakerId)).map((quote) => ({ file: article.key, quote }));
  const elsewhere = Object.entries(inArticles ?? {})
    .filter(([file]) => file !== article.key)
    .flatMap(([file, inArticle]) =>
      (facts.article(file)?.analysis.quotes ?? []).filter((quote) => quote.speakerId !== null && inArticle.speakerIds.includes(quote.speakerId)).map((quote) => ({ file, quote })),
    );
  return [...here, ...elsewhere];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
