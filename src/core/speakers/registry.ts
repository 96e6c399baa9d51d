/** Collects speakers as resolution finds them, and turns them into the contract's `Speaker` objects. */
import type { Mention, MentionKind, Role, Span, Speaker, SpeakerKind } from '../types';
import { affiliationOf } from './affiliation';
import type { NameGender } from './compromiseLexicon';

export interface SpeakerEntry {
  key: string;
  kind: SpeakerKind;
  name: string;
  aliases: Set<string>;
  roles: Role[];
  mentions: Mention[];
  /** Side stated by the name itself (Kremlin → Russia), used when no role states one. */
  nameAffiliation?: string;
  gender?: NameGender;
  /** An age printed beside a name mention ("Mara Quell, 45,"), matched by "the 45-year-old". */
  age?: number;
  /** "start:end" of every mention and role already added: a speaker named thousands of times stays linear. */
  seenSpans: Set<string>;
}

export class SpeakerRegistry {
  private readonly entries = new Map<string, SpeakerEntry>();

  constructor(private readonly text: string) {}

  get(key: string): SpeakerEntry | undefined {
    return this.entries.get(key);
  }

  ensure(key: string, kind: SpeakerKind, name: string): SpeakerEntry {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { key, kind, name, aliases: new Set(), roles: [], mentions: [], seenSpans: new Set() };
      if (kind !== 'person') entry.nameAffiliation = affiliationOf(name);
      this.entries.set(key, entry);
    }
    return entry;
  }

  addMention(entry: SpeakerEntry, span: Span, kind: MentionKind): void {
    const spanKey = `m${span.start}:${span.end}`;
    if (span.end <= span.start || entry.seenSpans.has(spanKey)) return;
    entry.seenSpans.add(spanKey);
    const text = this.text.slice(span.start, span.end);
    entry.mentions.push({ start: span.start, end: span.end, text, kind });
    entry.aliases.add(text);
  }

  addRole(entry: SpeakerEntry, role: Role): void {
    const spanKey = `r${role.start}:${role.end}`;
    if (entry.seenSpans.has(spanKey)) return;
    entry.seenSpans.add(spanKey);
    entry.roles.push(role);
    entry.aliases.add(role.text);
  }

  /** Speakers in order of first mention, with ids from their names (unique within the article). */
  build(): { speakers: Speaker[]; idOf: Map<SpeakerEntry, string> } {
    const ordered = [...this.entries.values()].sort((a, b) => firstOffset(a) - firstOffset(b));
    const used = new Set<string>();
    const idOf = new Map<SpeakerEntry, string>();
    const speakers = ordered.map((entry) => {
      const base = slug(entry.name) || entry.kind;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      idOf.set(entry, id);
      const roles = [...entry.roles].sort((a, b) => a.start - b.start);
      const affiliation = roles.map((r) => affiliationOf(r.text)).find((a) => a !== undefined) ?? entry.nameAffiliation;
      const speaker: Speaker = {
        id,
        name: entry.name,
        aliases: [...entry.aliases],
        kind: entry.kind,
        roles,
        mentions: [...entry.mentions].sort((a, b) => a.start - b.start),
      };
      if (affiliation) speaker.affiliation = affiliation;
      return speaker;
    });
    return { speakers, idOf };
  }
}

function firstOffset(entry: SpeakerEntry): number {
  return entry.mentions.reduce((min, m) => Math.min(min, m.start), Infinity);
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
