/** The workspace speakers of the result, built once per identity and reused until the identity or its links change. */
import type { SpeakerInArticle, WorkspaceSpeaker } from '../types';
import { quotingOmitters } from './coverage';
import type { Identity, SpeakerEntry } from './identity';
import type { Quoting } from './statement-coverage';

export class SpeakerViews {
  private readonly views = new WeakMap<Identity, WorkspaceSpeaker>();
  private readonly quoteCountViews = new WeakMap<WorkspaceSpeaker, Record<string, number>>();
  private readonly quotingViews = new WeakMap<WorkspaceSpeaker, Quoting>();

  /** The identity's view, built from `members` (its own and its linked identities') when there is none. */
  viewOf(identity: Identity, members: () => SpeakerEntry[]): WorkspaceSpeaker {
    let view = this.views.get(identity);
    if (!view) this.views.set(identity, (view = workspaceSpeaker(identity, members())));
    return view;
  }

  /** The view last built for the identity. */
  builtFor(identity: Identity): WorkspaceSpeaker | undefined {
    return this.views.get(identity);
  }

  forget(identity: Identity): void {
    this.views.delete(identity);
  }

  /** Per article, the number of the speaker's quotes. */
  quoteCountsOf(speaker: WorkspaceSpeaker): Record<string, number> {
    let counts = this.quoteCountViews.get(speaker);
    if (!counts) {
      counts = Object.fromEntries(Object.entries(speaker.articles).map(([file, a]) => [file, a.quoteCount]));
      this.quoteCountViews.set(speaker, counts);
    }
    return counts;
  }

  quotingOf(speaker: WorkspaceSpeaker): Quoting {
    let quoting = this.quotingViews.get(speaker);
    if (!quoting) {
      const omitters = quotingOmitters(Object.keys(speaker.articles).filter((file) => speaker.articles[file].quoteCount > 0));
      this.quotingViews.set(speaker, (quoting = { omitters, key: omitters.join('\u0000') }));
    }
    return quoting;
  }
}

function workspaceSpeaker(identity: Identity, members: SpeakerEntry[]): WorkspaceSpeaker {
  const articles: Record<string, SpeakerInArticle> = {};
  const aliases = new Set<string>();
  for (const { file, speaker, quoteCount } of members) {
    aliases.add(speaker.name);
    for (const alias of speaker.aliases) aliases.add(alias);
    const roles = speaker.roles.map((r) => r.text);
    const existing = articles[file];
    if (existing) {
      if (!existing.speakerIds.includes(speaker.id)) existing.speakerIds.push(speaker.id);
      existing.roles = [...new Set([...existing.roles, ...roles])];
      existing.quoteCount += quoteCount;
      existing.affiliation ??= speaker.affiliation;
    } else {
      articles[file] = { speakerId: speaker.id, speakerIds: [speaker.id], roles: [...new Set(roles)], affiliation: speaker.affiliation, quoteCount };
    }
  }
  return {
    id: identity.id,
    name: identity.name,
    aliases: [...aliases].sort(),
    kind: identity.kind,
    affiliation: identity.affiliation,
    articles,
  };
}
