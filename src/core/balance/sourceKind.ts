/**
 * What kind of source a speaker is, from what the article says of them: their kind (person, organisation, group,
 * anonymous) and the head noun of their role ("Kremlin spokesman" → an official, "economist at …" → an expert).
 * The categories are the usual ones of sourcing studies; which role nouns fall where is a choice stated here.
 */
import type { Speaker } from '../types';

export type SourceKind = 'official' | 'expert' | 'anonymous' | 'organisation' | 'ordinary';

export const SOURCE_KINDS: readonly SourceKind[] = ['official', 'expert', 'anonymous', 'organisation', 'ordinary'];

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  official: 'Officials',
  expert: 'Experts',
  anonymous: 'Anonymous sources',
  organisation: 'Organisations',
  ordinary: 'Ordinary people',
};

/** Speaking for an office, a government, a party, a company or a court (corporate spokespeople count as officials). */
export const OFFICIAL_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'negotiator', 'negotiators',
  'president', 'minister', 'ministers', 'secretary', 'chancellor', 'premier', 'ambassador', 'envoy', 'emissary',
  'official', 'officials', 'aide', 'aides', 'adviser', 'advisor', 'advisers', 'advisors', 'director', 'head', 'chief',
  'leader', 'leaders', 'mayor', 'governor', 'senator', 'senators', 'congressman', 'congresswoman', 'representative',
  'lawmaker', 'lawmakers', 'legislator', 'legislators', 'chairman', 'chairwoman', 'chair', 'chairperson', 'ceo',
  'executive', 'executives', 'founder', 'general', 'commander', 'commanders', 'officer', 'officers', 'deputy',
  'candidate', 'nominee', 'judge', 'justice', 'prosecutor', 'prosecutors', 'attorney general', 'manager', 'diplomat',
  'diplomats', 'king', 'queen', 'prince', 'princess', 'pope', 'sheriff', 'speaker', 'whip', 'administrator',
  'commissioner', 'inspector', 'superintendent', 'coordinator', 'treasurer', 'auditor', 'comptroller', 'lieutenant',
  'colonel', 'captain', 'admiral', 'marshal', 'sergeant', 'major', 'mp', 'mep', 'monarch', 'emir', 'sheikh',
  'ayatollah', 'delegate', 'delegates', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman',
  'assemblyman', 'assemblywoman', 'magistrate', 'clerk', 'registrar', 'police', 'authorities', 'staffer', 'staffers',
]);

/** Speaking from knowledge rather than office: scholars, analysts, professionals, and the press. */
export const EXPERT_NOUNS: ReadonlySet<string> = new Set([
  'analyst', 'analysts', 'economist', 'economists', 'professor', 'researcher', 'researchers', 'scientist',
  'scientists', 'expert', 'experts', 'historian', 'historians', 'physician', 'doctor', 'doctors', 'epidemiologist',
  'fellow', 'scholar', 'scholars', 'academic', 'academics', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel',
  'strategist', 'strategists', 'pollster', 'pollsters', 'consultant', 'observer', 'observers', 'rapporteur',
  'reporter', 'reporters', 'correspondent', 'editor', 'journalist', 'journalists', 'columnist', 'commentator',
  'commentators', 'biographer', 'author', 'engineer', 'teacher',
]);

/** Words after which a role's head is over ("deputy head | of the office", "negotiator | at the talks"). */
const HEAD_ENDERS = new Set(['of', 'at', 'in', 'for', 'with', 'from', 'on', 'to', 'since', 'under', 'during', 'who', 'which', 'that', 'involved', 'familiar', 'close']);

export function sourceKindOf(speaker: Pick<Speaker, 'kind' | 'name' | 'roles'>): SourceKind {
  if (speaker.kind === 'anonymous') return 'anonymous';
  if (speaker.kind === 'organization') return 'organisation';
  // A group is named by its plural head ("Ukrainian officials", "analysts", "residents").
  const phrases = speaker.kind === 'group' ? [speaker.name, ...speaker.roles.map((role) => role.text)] : speaker.roles.map((role) => role.text);
  for (const phrase of phrases) {
    const kind = kindOfRole(phrase);
    if (kind) return kind;
  }
  return 'ordinary';
}

/** The kind the role's head noun names, or undefined when it names none we know ("owner", "fan"). */
export function kindOfRole(role: string): 'official' | 'expert' | undefined {
  const words = role.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}-]+/u).filter((word) => word.length > 0);
  const headEnd = words.findIndex((word) => HEAD_ENDERS.has(word));
  const head = headEnd > 0 ? words.slice(0, headEnd) : words;
  for (const candidates of [head, words]) {
    for (let k = candidates.length - 1; k >= 0; k--) {
      const pair = k > 0 ? `${candidates[k - 1]} ${candidates[k]}` : '';
      if (OFFICIAL_NOUNS.has(pair) || OFFICIAL_NOUNS.has(candidates[k]!)) return 'official';
      if (EXPERT_NOUNS.has(candidates[k]!)) return 'expert';
    }
  }
  return undefined;
}
