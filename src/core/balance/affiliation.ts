/**
 * The side or body a speaker speaks for, as the source balance groups them: the country or government side the
 * analysis found ("Kremlin spokesman" → Russia), else the body a role names after its head noun ("a spokesperson
 * for the ministry" → ministry, "an economist at the Institute of Tides" → Institute of Tides, "Harbour Council
 * spokeswoman" → Harbour Council).
 */
import type { Speaker } from '../types';
import { EXPERT_NOUNS, OFFICIAL_NOUNS } from './sourceKind';

/** People who belong to a body without a role of office or knowledge: "a member of the union", "owner of …". */
const MEMBER_NOUNS = new Set(['member', 'members', 'employee', 'employees', 'worker', 'workers', 'staff', 'owner', 'volunteer', 'volunteers', 'student', 'students']);
/** "head of the authority": an office is of its body; "professor of marine law" names a field, so only at/for/with/from there. */
const BODY_PREPOSITIONS = new Set(['for', 'at', 'with', 'from']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Words after which the body's name is over ("the ministry | in the capital", "the union | who …"). */
const NAME_ENDERS = new Set(['who', 'which', 'that', 'since', 'during', 'until', 'when', 'where', 'and', 'or', 'in', 'on', 'to', 'under', 'about', 'over', 'after', 'before', 'as', 'said', 'says', 'told']);
const MAX_NAME_WORDS = 6;

export function affiliationOfSpeaker(speaker: Pick<Speaker, 'affiliation' | 'roles'>): string | undefined {
  if (speaker.affiliation) return speaker.affiliation;
  for (const role of speaker.roles) {
    const body = bodyNamedBy(role.text);
    if (body) return body;
  }
  return undefined;
}

/** The body a role names after its head ("deputy head of the regional water authority" → regional water authority). */
export function bodyNamedBy(role: string): string | undefined {
  const words = role.split(/[\s,;:()]+/).filter((word) => word.length > 0);
  for (let i = 1; i < words.length - 1; i++) {
    const preposition = words[i]!.toLowerCase();
    const head = words[i - 1]!.toLowerCase().replace(/['’]s$/, '');
    const ofOffice = preposition === 'of' && (OFFICIAL_NOUNS.has(head) || MEMBER_NOUNS.has(head));
    const atBody = BODY_PREPOSITIONS.has(preposition) && (OFFICIAL_NOUNS.has(head) || EXPERT_NOUNS.has(head) || MEMBER_NOUNS.has(head));
    if (ofOffice || atBody) return nameFrom(words.slice(i + 1));
  }
  return nameBefore(words);
}

/** Ranks and times that stand between a body's name and the role: "Harbour Council | former senior | adviser". */
const TITLE_MODIFIERS = new Set(['former', 'senior', 'junior', 'deputy', 'acting', 'interim', 'assistant', 'associate', 'chief', 'top', 'longtime', 'then', 'vice']);

/** A capitalised name right before the role's head noun ("Harbour Council spokeswoman", "New York Times columnist"). */
function nameBefore(words: readonly string[]): string | undefined {
  const head = words.length - 1;
  const headNoun = words[head]?.toLowerCase();
  if (!headNoun || !(OFFICIAL_NOUNS.has(headNoun) || EXPERT_NOUNS.has(headNoun) || MEMBER_NOUNS.has(headNoun))) return undefined;
  let end = head;
  while (end > 0 && TITLE_MODIFIERS.has(words[end - 1]!.toLowerCase())) end--;
  let start = end;
  while (start > 0 && /^\p{Lu}/u.test(words[start - 1]!) && !TITLE_MODIFIERS.has(words[start - 1]!.toLowerCase())) start--;
  return start < end ? words.slice(start, end).map((word) => word.replace(/['’]s?$/u, '')).join(' ') : undefined;
}

function nameFrom(words: readonly string[]): string | undefined {
  let start = 0;
  while (start < words.length && DETERMINERS.has(words[start]!.toLowerCase())) start++;
  const name: string[] = [];
  for (let k = start; k < words.length && name.length < MAX_NAME_WORDS; k++) {
    const word = words[k]!;
    const lower = word.toLowerCase();
    // "of" inside a name goes on ("Ministry of Defence"), "of" after a common noun ends it ("office of the mayor").
    const capitalised = (at: number) => /^\p{Lu}/u.test(words[at] ?? '');
    const nameGoesOn = lower === 'of' && capitalised(start) && (capitalised(k + 1) || (words[k + 1] === 'the' && capitalised(k + 2)));
    if (NAME_ENDERS.has(lower) || ((lower === 'of' || BODY_PREPOSITIONS.has(lower)) && !nameGoesOn)) break;
    name.push(word.replace(/[.!?'"“”‘’]+$/u, ''));
  }
  const body = name.filter((word) => word.length > 0).join(' ');
  return body.length > 0 ? body : undefined;
}
