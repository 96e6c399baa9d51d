/**
 * "Quellwave Corp. released a patch on Tuesday. The company said …": a definite description renames an organisation the
 * article printed before it, as "the actress" renames a person (`./descriptions`). compromise has no coreference.
 */
import type { Span } from '../types';
import type { NameCandidate } from './candidates';
import { BUSINESS_DESCRIPTION_NOUNS, GOVERNMENT_METONYMS } from './lexicon';
import { organizationKey } from './sourcePhrase';
import { wordAt, type ArticleWords } from './words';

/** An organisation printed before the description: a name in the text, or a source resolved earlier. */
export interface PrintedOrganization {
  key: string;
  name: string;
  start: number;
  sentence: number;
}

/** Nouns for a business, which may rename any business named just before. */
const BUSINESS_NOUNS = new Set(['company', 'firm', 'corporation', ...BUSINESS_DESCRIPTION_NOUNS]);
/** Words in the name of a public body: "the company" never renames "the Harlow Police Department". */
const PUBLIC_BODY_WORDS = new Set([
  'department', 'ministry', 'police', 'office', 'agency', 'court', 'council', 'commission', 'committee', 'government',
  'administration', 'military', 'army', 'navy', 'parliament', 'congress', 'senate', 'house', 'cabinet', 'party',
  'embassy', 'bureau', 'authority', 'service', 'services', 'force', 'forces', 'command', 'university', 'school',
  'hospital', 'sheriff', 'county', 'city', 'state', 'nations', 'union',
]);
/** Words in the name of a news outlet, which articles cite ("told the Ledger that the firm …") far more than describe. */
const OUTLET_WORDS = new Set([
  'times', 'post', 'journal', 'news', 'press', 'tribune', 'herald', 'guardian', 'telegraph', 'gazette', 'chronicle',
  'reuters', 'nbc', 'cbs', 'abc', 'cnn', 'bbc', 'pbs', 'npr', 'msnbc', 'fox', 'politico', 'axios', 'insider',
  'daily', 'weekly', 'examiner', 'inquirer', 'observer', 'magazine', 'radio', 'television', 'tv',
]);
/** "the government", "the administration" alone mean the one in power, not the agency named last ("Drug Administration"). */
const CURRENT_GOVERNMENT = new Set(['government', 'administration']);
/** How many sentences back a business noun looks for the business it renames. */
const BUSINESS_LOOKBACK_SENTENCES = 2;
/** Longer runs of capitals are headlines ("Trump Jacked Up His Campaign"), not names. */
const MAX_NAME_WORDS = 5;
/** Organisations examined per description: keeps hostile texts with thousands of names linear. */
const MAX_SCAN = 256;

/**
 * The organisation a definite description renames, from its words (head noun last), among lists of organisations
 * each in text order: the nearest one printed before it whose name holds every word ("the budget office" →
 * "Congressional Budget Office", not "the terrorist group" → "Harbour Intelligence Group"; a bare noun must end the
 * name: "the department" → "Labor Department"), else, for a business noun, the first business named in the nearest
 * sentence that names one, at most a few sentences back.
 */
export function renamedOrganization(description: readonly string[], mention: Span, printed: readonly (readonly PrintedOrganization[])[], sentence: number, unknownNameBetween: (from: number, to: number) => boolean): PrintedOrganization | undefined {
  const head = description[description.length - 1];
  const before = printed.flatMap((list) => latestBefore(list, mention.start)).sort((a, b) => a.start - b.start).filter((o) => o.key !== description.join(' ') && o.key.split(' ').length <= MAX_NAME_WORDS);
  const bare = description.length === 1;
  // "The company said" means the business in focus, not a "Harbour Company" named paragraphs before.
  if (!(bare && BUSINESS_NOUNS.has(head)) && !(bare && CURRENT_GOVERNMENT.has(head))) {
    const holding = before.filter((o) => {
      const words = o.key.split(' ');
      return bare ? words[words.length - 1] === head : description.every((word) => words.includes(word));
    });
    if (holding.length > 0) return holding[holding.length - 1];
  }
  if (!BUSINESS_NOUNS.has(head)) return undefined;
  const businesses = before.filter((o) => o.sentence >= sentence - BUSINESS_LOOKBACK_SENTENCES && !o.key.split(' ').some((word) => PUBLIC_BODY_WORDS.has(word) || OUTLET_WORDS.has(word)));
  const nearest = businesses[businesses.length - 1];
  const renamed = nearest && businesses.find((o) => o.sentence === nearest.sentence);
  // "with EgyptAir, the airline said": a name the scan could not class may be the business meant.
  return renamed && !unknownNameBetween(renamed.start, mention.start) ? renamed : undefined;
}

/** The organisations printed before `offset`, at most MAX_SCAN of them (the latest), in text order. */
function latestBefore(printed: readonly PrintedOrganization[], offset: number): PrintedOrganization[] {
  let lo = 0;
  let hi = printed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (printed[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return printed.slice(Math.max(0, lo - MAX_SCAN), lo);
}

/** The organisation names printed in the article, in text order, states standing for governments left out. */
export function printedOrganizations(article: ArticleWords, candidates: readonly NameCandidate[]): PrintedOrganization[] {
  return candidates
    .filter((c) => c.kind === 'organization' && !GOVERNMENT_METONYMS.has(organizationKey(c.text)))
    .map((c) => ({ key: organizationKey(c.text), name: c.text.replace(/^the\s+/i, ''), start: c.start, sentence: article.words[wordAt(article.words, c.start)].sentence }));
}
