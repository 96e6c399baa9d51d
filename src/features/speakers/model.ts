import type { Quote, SpeakerInArticle, WorkspaceSpeaker } from '../../core/types';
import { excerpt } from '../shared/markdown';
import { plural, shortLabel, SPEAKER_KIND_ICON } from '../shared/presentation';
import { speakerColorId } from '../shared/speakerPalette';
import { revealCommand, type TreeRow } from '../shared/treeRow';
import type { WorkspaceFacts } from '../shared/workspaceFacts';

/** Speakers → the articles that name them → their quotes there; each node carries the row that draws it. */
export type SpeakerNode =
  | { kind: 'speaker'; speaker: { id: string; name: string }; row: TreeRow }
  | { kind: 'article'; speakerId: string; file: string; row: TreeRow }
  | { kind: 'quote'; file: string; row: TreeRow };

/** What the engine needs to list a node's children: the node's identity, not its row. */
export type SpeakerParent = { kind: 'speaker'; speakerId: string } | { kind: 'article'; speakerId: string; file: string };

export function parentOf(node: SpeakerNode): SpeakerParent | undefined {
  if (node.kind === 'speaker') return { kind: 'speaker', speakerId: node.speaker.id };
  return node.kind === 'article' ? { kind: 'article', speakerId: node.speakerId, file: node.file } : undefined;
}

/** The children of `parent` (the speakers themselves without one), most-quoted speakers first. */
export function speakerChildren(facts: WorkspaceFacts, parent?: SpeakerParent): SpeakerNode[] {
  if (!parent) {
    return facts.comparison.speakers
      .map((speaker) => ({ speaker, quoteCount: totalQuotes(speaker) }))
      .sort((a, b) => b.quoteCount - a.quoteCount || a.speaker.name.localeCompare(b.speaker.name))
      .map(({ speaker, quoteCount }) => speakerNode(facts, speaker, quoteCount));
  }
  if (parent.kind === 'speaker') {
    const speaker = facts.workspaceSpeaker(parent.speakerId);
    if (!speaker) return [];
    return Object.entries(speaker.articles)
      .sort(([a], [b]) => facts.labelOf(a).localeCompare(facts.labelOf(b)))
      .map(([file, inArticle]) => articleNode(facts, speaker, file, inArticle));
  }
  if (parent.kind === 'article') {
    const speaker = facts.workspaceSpeaker(parent.speakerId);
    const inArticle = speaker?.articles[parent.file];
    if (!inArticle) return [];
    const quotes = facts.article(parent.file)?.analysis.quotes ?? [];
    return quotes.filter((quote) => quote.speakerId !== null && inArticle.speakerIds.includes(quote.speakerId)).map((quote) => quoteNode(parent.file, quote));
  }
  return [];
}

function speakerNode(facts: WorkspaceFacts, speaker: WorkspaceSpeaker, quoteCount: number): SpeakerNode {
  const slot = facts.slotOf(speaker.id);
  const row: TreeRow = {
    id: `speaker:${speaker.id}`,
    label: speaker.name,
    collapsible: 'collapsed',
    description: `${plural(quoteCount, 'quote')} · ${plural(Object.keys(speaker.articles).length, 'article')}`,
    icon: { codicon: SPEAKER_KIND_ICON[speaker.kind], color: speakerColorId(slot, 'foreground') },
    tooltip: [speaker.name, speaker.affiliation, speaker.aliases.filter((alias) => alias !== speaker.name).join(', ')].filter(Boolean).join('\n'),
    contextValue: 'speaker',
  };
  return { kind: 'speaker', speaker: { id: speaker.id, name: speaker.name }, row };
}

function articleNode(facts: WorkspaceFacts, speaker: WorkspaceSpeaker, file: string, inArticle: SpeakerInArticle): SpeakerNode {
  const roles = inArticle.roles.join('; ');
  const firstMention = facts.article(file)?.analysis.speakers.find((s) => s.id === inArticle.speakerId)?.mentions[0];
  const row: TreeRow = {
    id: `speaker:${speaker.id}:${file}`,
    label: shortLabel(facts.labelOf(file)),
    collapsible: inArticle.quoteCount > 0 ? 'collapsed' : 'none',
    description: `${roles ? `${roles} · ` : ''}${plural(inArticle.quoteCount, 'quote')}`,
    tooltip: `${facts.labelOf(file)}${roles ? `\n${roles}` : ''}`,
    icon: 'file',
    resourceUri: file,
    command: revealCommand(file, firstMention?.start ?? 0, firstMention?.end ?? 0),
  };
  return { kind: 'article', speakerId: speaker.id, file, row };
}

function quoteNode(file: string, quote: Quote): SpeakerNode {
  const row: TreeRow = {
    id: `quote:${file}:${quote.id}`,
    label: `“${excerpt(quote.text, 80)}”`,
    collapsible: 'none',
    description: [quote.type, quote.cue?.text].filter(Boolean).join(' · '),
    tooltip: quote.text,
    icon: { codicon: quote.type === 'direct' ? 'quote' : 'comment' },
    command: revealCommand(file, quote.start, quote.end),
  };
  return { kind: 'quote', file, row };
}

function totalQuotes(speaker: WorkspaceSpeaker): number {
  return Object.values(speaker.articles).reduce((sum, inArticle) => sum + inArticle.quoteCount, 0);
}
