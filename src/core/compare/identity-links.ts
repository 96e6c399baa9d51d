/** Identity id → the identity its statements showed it to be (see `SpeakerLinker`), and who each identity absorbs. */
import type { Identity, SpeakerEntry } from './identity';
import type { IdentityRegistry } from './identity-registry';

export class IdentityLinks {
  private links = new Map<string, string>();
  /** The identity object each link was made for: re-clustering may rebuild it with other members. */
  private linkedObjects = new Map<string, Identity>();
  private linkedInto?: Map<string, Identity[]>;

  constructor(private readonly identities: IdentityRegistry) {}

  has(id: string): boolean {
    return this.links.has(id);
  }

  target(id: string): string | undefined {
    return this.links.get(id);
  }

  /** Takes the new links; returns the ids at both ends of every link made, dropped or retargeted. */
  update(links: Map<string, string>): Set<string> {
    const changed = new Set<string>();
    // A linked identity rebuilt by its bucket's re-clustering may list other members: its target's view changes too.
    for (const [id, target] of links) if (this.links.get(id) !== target || this.linkedObjects.get(id) !== this.identities.byId(id)) changed.add(id).add(target);
    for (const [id, target] of this.links) if (links.get(id) !== target) changed.add(id).add(target);
    this.links = links;
    this.linkedObjects = new Map([...links.keys()].map((id) => [id, this.identities.byId(id)!]));
    this.linkedInto = undefined;
    return changed;
  }

  /** The identity's own members and those of every identity linked to it. */
  membersOf(identity: Identity): SpeakerEntry[] {
    if (!this.linkedInto) {
      this.linkedInto = new Map();
      for (const [id, target] of this.links) {
        const linked = this.identities.byId(id);
        if (linked) (this.linkedInto.get(target) ?? this.linkedInto.set(target, []).get(target)!).push(linked);
      }
    }
    const linked = this.linkedInto.get(identity.id) ?? [];
    return linked.length === 0 ? identity.members : [...identity.members, ...linked.flatMap((other) => other.members)];
  }
}
