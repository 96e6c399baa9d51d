/**
 * The workspace's speaker identities, kept by bucket: an article's change marks the buckets of its speakers, and
 * only those are clustered again.
 */
import { clusterBucket, type Identity, type SpeakerEntry } from './identity';

/** What re-clustering changed: identities gone and new, and the articles where a speaker's identity took another side. */
export interface Reclustering {
  dropped: Identity[];
  added: Identity[];
  resided: string[];
}

export class IdentityRegistry {
  private readonly buckets = new Map<string, Set<SpeakerEntry>>();
  /** Buckets whose entries changed since the last `recluster`. */
  private readonly dirtyBuckets = new Set<string>();
  private readonly identities = new Map<string, Identity[]>();
  /** `file\0articleSpeakerId` → workspace speaker id. */
  private readonly identityOf = new Map<string, string>();
  private readonly identityById = new Map<string, Identity>();

  add(entry: SpeakerEntry): void {
    const entries = this.buckets.get(entry.bucket);
    if (entries) entries.add(entry);
    else this.buckets.set(entry.bucket, new Set([entry]));
    this.dirtyBuckets.add(entry.bucket);
  }

  remove(entry: SpeakerEntry): void {
    const entries = this.buckets.get(entry.bucket);
    entries?.delete(entry);
    if (entries?.size === 0) this.buckets.delete(entry.bucket);
    this.dirtyBuckets.add(entry.bucket);
  }

  /** The workspace speaker id of an article's speaker. */
  idOf(file: string, speakerId: string): string | undefined {
    return this.identityOf.get(identityKey(file, speakerId));
  }

  byId(id: string): Identity | undefined {
    return this.identityById.get(id);
  }

  all(): Iterable<Identity> {
    return this.identityById.values();
  }

  recluster(): Reclustering {
    const changes: Reclustering = { dropped: [], added: [], resided: [] };
    for (const bucket of [...this.dirtyBuckets].sort()) this.reclusterBucket(bucket, changes);
    this.dirtyBuckets.clear();
    return changes;
  }

  private reclusterBucket(bucket: string, changes: Reclustering): void {
    const formerSide = new Map<string, string | undefined>();
    for (const old of this.identities.get(bucket) ?? []) {
      this.identityById.delete(old.id);
      changes.dropped.push(old);
      for (const member of old.members) {
        const key = identityKey(member.file, member.speaker.id);
        this.identityOf.delete(key);
        formerSide.set(key, old.affiliation);
      }
    }
    const entries = this.buckets.get(bucket);
    const identities = entries ? clusterBucket(bucket, [...entries]) : [];
    if (entries) this.identities.set(bucket, identities);
    else this.identities.delete(bucket);
    for (const identity of identities) {
      this.identityById.set(identity.id, identity);
      changes.added.push(identity);
      for (const member of identity.members) {
        const key = identityKey(member.file, member.speaker.id);
        this.identityOf.set(key, identity.id);
        if (!formerSide.has(key) || formerSide.get(key) !== identity.affiliation) changes.resided.push(member.file);
        formerSide.delete(key);
      }
    }
    for (const key of formerSide.keys()) changes.resided.push(key.slice(0, key.indexOf('\u0000')));
  }
}

function identityKey(file: string, speakerId: string): string {
  return `${file}\u0000${speakerId}`;
}
