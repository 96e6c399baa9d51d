/**
 * What a source's name or role says of it that another article may put in other words: its line of work ("her
 * rep" / "the publicist"), whose agent it is ("Ada Moss's attorney" / "Moss lawyer"), and, for a body named by
 * what it is ("Italian police", "Russian and Ukrainian officials"), the countries or parties it belongs to.
 */
import { foldSpelling } from '../speakers/names';
import { sidesOf } from '../speakers/affiliation';
import type { Identity, SpeakerEntry } from './identity';

/**
 * Role nouns and body heads that name one line of work: a "rep" in one article is a "publicist" or a "spokesman"
 * in another, "police" are "carabinieri" or "gendarmes", and "authorities" are "officials". A prosecutors' office
 * is not the police: bodies in two lines are one source only on strong evidence (see `linking.ts`).
 */
const LINES_OF_WORK: ReadonlyMap<string, string> = new Map(
  [
    ['rep representative representatives publicist spokesman spokeswoman spokesperson people', 'spokesperson'],
    ['lawyer lawyers attorney attorneys counsel', 'lawyer'],
    ['police officers officer investigators detectives detective carabinieri gendarmes gendarmerie constabulary', 'police'],
    ['officials official authorities', 'officials'],
  ].flatMap(([words, line]) => words.split(' ').map((word): [string, string] => [word, line])),
);

export interface WorkLines {
  lines: Set<string>;
  /** `line principal`: the line of work and whose agent ("lawyer moss" for "Ada Moss's attorney"). */
  agents: Set<string>;
}

/** The lines of work an identity's names and roles state, in any article, and whose agent they name it. */
export function linesOfWork(identity: Identity): WorkLines {
  const found: WorkLines = { lines: new Set(), agents: new Set() };
  for (const { speaker } of identity.members) {
    for (const text of [speaker.name, ...speaker.roles.map((role) => role.text)]) {
      const role = readRole(text);
      if (!role) continue;
      found.lines.add(role.line);
      if (role.principal) found.agents.add(`${role.line} ${role.principal}`);
    }
  }
  return found;
}

/** Whose agent a possessive or a "for" names: a pronoun ("her rep", "a lawyer for him") names nobody another article can name. */
const NO_PRINCIPAL = new Set(['his', 'her', 'their', 'its', 'a', 'an', 'the', 'our', 'my', 'your', 'him', 'them', 'us', 'me']);

/** Capitalised words before a line noun that say what kind of agent it is, not whose ("Defense attorney", "Senior officials"). */
const KIND_MODIFIERS = new Set(['defense', 'defence', 'prosecution', 'senior', 'local', 'state', 'federal', 'city', 'county',
  'police', 'family', 'company', 'government', 'campaign', 'chief', 'top', 'former', 'deputy', 'press', 'military', 'court',
  'district', 'national', 'regional', 'foreign', 'white', 'house', 'party', 'official', 'personal', 'private', 'public']);

/**
 * A role's line of work and, when it says so, whose agent it is: "Ada Moss's attorney", "Moss' lawyer", "Moss lawyer",
 * "a spokesman for the Port Authority" (the principal by its last word, as a surname stands for the full name).
 */
export function readRole(text: string): { line: string; principal?: string } | undefined {
  const words = text.trim().split(/\s+/);
  const bare = (word: string) => word.toLowerCase().replace(/['’]s?$/, '');
  const last = words.length - 1;
  const line = LINES_OF_WORK.get(bare(words[last]));
  if (line) {
    let owner = last - 1;
    while (owner >= 0 && !/['’]s?$/.test(words[owner])) owner--;
    // "Moss lawyer": a name right before a lower-case line noun is the principal, not a title ("City Attorney") nor
    // the kind of agent ("Defense attorney").
    const name = last > 0 && /^\p{Lu}/u.test(words[last - 1]) && !KIND_MODIFIERS.has(bare(words[last - 1]));
    const named = owner < 0 && name && /^[a-z]/.test(words[last]) ? last - 1 : owner;
    return { line, principal: named >= 0 ? principal(bare(words[named])) : undefined };
  }
  // "a spokesman for the Port Authority"; "the people of Tarrow" are no one's agents.
  const at = words.findIndex((w, i) => bare(w) !== 'people' && LINES_OF_WORK.has(bare(w)) && /^(?:for|of|to)$/i.test(words[i + 1] ?? '') && i + 2 <= last);
  return at < 0 ? undefined : { line: LINES_OF_WORK.get(bare(words[at]))!, principal: principal(bare(words[last])) };
}

function principal(word: string): string | undefined {
  return NO_PRINCIPAL.has(word) ? undefined : foldSpelling(word);
}

/**
 * The sides of some of an identity's entries: their stated affiliations and, for a body, every country or party
 * its name holds. "Russian and Ukrainian officials" states no one side, yet are not the "Ukrainian officials".
 */
export function sidesOfEntries(entries: readonly SpeakerEntry[], body: boolean): Set<string> {
  const sides = new Set<string>();
  for (const { speaker } of entries) {
    if (speaker.affiliation) sides.add(speaker.affiliation);
    if (body) for (const side of sidesOf(speaker.name)) sides.add(side);
  }
  return sides;
}
