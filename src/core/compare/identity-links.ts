/**
 * Node id → the identity its statements showed it to be (see `SpeakerLinker`), and who each identity absorbs. A node
 * is a whole identity, or one article's part of an identity named by what it is (see `link-clusters.ts`): the part
 * moves, the identity keeps its other articles.
 */
import type { Identity, SpeakerEntry } from './identity';
import type { IdentityRegistry } from './identity-registry';
import { partKey, readLinkKey } from './link-clusters';

export class IdentityLinks {
  private links = new Map<string, string>();
  /** The identity object each link was made for: re-clustering may rebuild it with other members. */
  private linkedObjects = new Map<string, Identity>();
  /** Per identity with parts linked away, those parts' articles. */
  private partsAway = new Map<string, Set<string>>();
  private linkedInto?: Map<string, SpeakerEntry[]>;

  constructor(private readonly identities: IdentityRegistry) {}

  /** What the identity's entries in `file` are linked to: their part's target, else the identity's. */
  target(id: string, file?: string): string | undefined {
    return (file !== undefined ? this.links.get(partKey(id, file)) : undefined) ?? this.links.get(id);
  }

  /** Linked as a whole, or article by article until none of its own is left: no speaker of its own. */
  absorbed(identity: Identity): boolean {
    if (this.links.has(identity.id)) return true;
    const away = this.partsAway.get(identity.id);
    return away !== undefined && identity.members.every((member) => away.has(member.file));
  }

  /** Takes the new links; returns the ids at both ends of every link made, dropped or retargeted. */
  update(links: Map<string, string>): Set<string> {
    const changed = new Set<string>();
    // A linked identity rebuilt by its bucket's re-clustering may list other members: its target's view changes too.
    for (const [key, target] of links) {
      const { id } = readLinkKey(key);
      if (this.links.get(key) !== target || this.linkedObjects.get(key) !== this.identities.byId(id)) changed.add(id).add(target);
    }
    for (const [key, target] of this.links) if (links.get(key) !== target) changed.add(readLinkKey(key).id).add(target);
    this.links = links;
    this.linkedObjects = new Map([...links.keys()].map((key) => [key, this.identities.byId(readLinkKey(key).id)!]));
    this.partsAway = new Map();
    for (const key of links.keys()) {
      const { id, file } = readLinkKey(key);
      if (file !== undefined) (this.partsAway.get(id) ?? this.partsAway.set(id, new Set()).get(id)!).add(file);
    }
    this.linkedInto = undefined;
    return changed;
  }

  /** The identity's own members, but for its parts linked away, and the members of every node linked to it. */
  membersOf(identity: Identity): SpeakerEntry[] {
    if (!this.linkedInto) {
      this.linkedInto = new Map();
      // An identity every article quotes may have hundreds of parts linked away: its members are read by file once.
      const byFile = new Map<string, Map<string, SpeakerEntry[]>>();
      const partOf = (identity: Identity, file: string) => {
        let files = byFile.get(identity.id);
        if (!files) {
          byFile.set(identity.id, (files = new Map()));
          for (const member of identity.members) (files.get(member.file) ?? files.set(member.file, []).get(member.file)!).push(member);
        }
        return files.get(file) ?? [];
      };
      for (const [key, target] of this.links) {
        const { id, file } = readLinkKey(key);
        const linked = this.identities.byId(id);
        if (!linked) continue;
        const entries = file === undefined ? linked.members : partOf(linked, file);
        const into = this.linkedInto.get(target);
        if (into) into.push(...entries);
        else this.linkedInto.set(target, [...entries]);
      }
    }
    const away = this.partsAway.get(identity.id);
    const own = away ? identity.members.filter((member) => !away.has(member.file)) : identity.members;
    const linked = this.linkedInto.get(identity.id) ?? [];
    return linked.length === 0 ? own : [...own, ...linked];
  }
}
