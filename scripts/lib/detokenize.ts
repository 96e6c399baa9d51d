/**
 * Treebank-style tokens back to text as a newspaper prints it. The tokenizer split words that print as one
 * ("7 : 15", "U . N .", "nine - day - long", "450 , 000", "example . org") and, where the source had a typographic
 * apostrophe, left a hyphen in its place ("Okafor - s"). Spaced out like that, "Okafor - s lawyer said" reads as
 * a name, a dash and a clause whose speaker is "s lawyer", so the analysis must see the printed form. Every token
 * keeps a span of its own: only the spaces between tokens, and the character an apostrophe-hyphen prints as, change.
 */

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|\.\.\.|')$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/** What follows an apostrophe in a contraction or a possessive: after a hyphen these were an apostrophe. */
const APOSTROPHE_TAILS = new Set(['s', 't', 'd', 've', 'll', 're', 'm']);
/** Prefixes printed with a hyphen ("co-author", "ex-mayor"), never a dash before a new clause. */
const PREFIXES = new Set(['co', 're', 'pre', 'post', 'anti', 'ex', 'non', 'self', 'vice', 'mid', 'multi', 'semi']);
const NUMBER = /^(?:\$?\d[\d.,]*(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;
/** Words that open a clause or a phrase: a hyphen before them (or after a comma) is a dash between phrases. */
const PHRASE_OPENERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'it', "it's", 'he', 'she', 'they', 'we', 'i', 'you',
  'her', 'his', 'their', 'its', 'and', 'but', 'or', 'although', 'though', 'because', 'when', 'while', 'which', 'who',
  'including', 'as', 'if', 'so', 'then', 'after', 'before', 'not',
]);
const DOMAIN_ENDINGS = /^(?:com|net|org|gov|edu|co|uk|tv|fm)$/i;
/** Before these a ".357"-style calibre or decimal keeps its leading dot: "a .38". */
const DETERMINERS = new Set(['a', 'the', 'his', 'her', 'its', 'their']);

export interface Detokenized {
  text: string;
  spans: { start: number; end: number }[];
}

/** Tokens as printed text, with straight double quotes for the treebank's `` and ''. */
export function detokenize(words: string[]): Detokenized {
  const { gaps, apostrophes } = printedGaps(words);
  let text = '';
  let open = false;
  let glue = true;
  const spans = words.map((raw, i) => {
    const quote = raw === '``' || raw === "''" || raw === '"';
    const opening = quote && (raw === '``' || (raw === '"' && !open));
    const closing = quote && !opening;
    const word = quote ? '"' : apostrophes.has(i) ? "'" : raw;
    if (i > 0) text += gaps.get(i) ?? (glue || closing || NO_SPACE_BEFORE.test(word) ? '' : ' ');
    const start = text.length;
    text += word;
    if (quote) open = opening;
    glue = opening || NO_SPACE_AFTER.test(word);
    return { start, end: text.length };
  });
  return { text, spans };
}

/** Where print differs from the treebank's spacing: the gap before token i ('' or ' '), and hyphens that were apostrophes. */
function printedGaps(words: string[]): { gaps: Map<number, string>; apostrophes: Set<number> } {
  const gaps = new Map<number, string>();
  const apostrophes = new Set<number>();
  const join = (i: number) => {
    gaps.set(i, '');
    gaps.set(i + 1, '');
  };
  words.forEach((word, i) => {
    const before = bare(words[i - 1] ?? '');
    const after = bare(words[i + 1] ?? '');
    if (word === '-') {
      const role = hyphen(words, i, words[i - 2] === '-' && gaps.get(i - 1) === '');
      if (role) join(i);
      if (role === 'apostrophe') apostrophes.add(i);
    } else if (word === ':' || word === '/') {
      if (/^\d+$/.test(before) && (word === ':' ? /^\d\d(?:[ap]m)?$/i : /^\d+$/).test(after)) join(i);
    } else if (word === ',') {
      if (/^\$?\d{1,3}$/.test(before) && /^\d{3}$/.test(after)) join(i);
    } else if (word === '.') {
      dotGaps(before, after, i, gaps);
    }
  });
  return { gaps, apostrophes };
}

/** A dot printed against the word after it: inside a decimal, a domain name or initials ("U.S."); a calibre (".38") after a determiner. */
function dotGaps(before: string, after: string, i: number, gaps: Map<number, string>): void {
  const calibre = /^\d/.test(after) && DETERMINERS.has(before);
  if (calibre) gaps.set(i, ' ');
  const joinsNext = /^\d/.test(after)
    ? /\d$/.test(before) || calibre
    : DOMAIN_ENDINGS.test(after) ? /^[A-Za-z0-9]+$/.test(before) : /^[A-Za-z]$/.test(before) && /^[A-Za-z]$/.test(after);
  if (joinsNext) gaps.set(i + 1, '');
}

/** Whether a split "-" is an apostrophe, a hyphen inside a compound, or a dash between phrases (spaced). */
function hyphen(words: string[], i: number, previousJoined: boolean): boolean | 'apostrophe' {
  const left = bare(words[i - 1] ?? '');
  const right = bare(words[i + 1] ?? '');
  if (!/^[\w$]/.test(left) || !/^\w/.test(right)) return false;
  if (APOSTROPHE_TAILS.has(right) && /[A-Za-z]$/.test(left)) return 'apostrophe';
  if (/^\d+$/.test(left) && /^\d+$/.test(right)) return true;
  if (PREFIXES.has(left.toLowerCase()) || /^[A-Z]{2,}$/.test(left) && /^[A-Z]{2,}$/.test(right)) return true;
  if (!/^[a-z]/.test(right)) return false;
  if (previousJoined || (words[i + 2] === '-' && /^[a-z]/.test(bare(words[i + 3] ?? '')))) return chainLink(left, right);
  if (NUMBER.test(left)) return !NUMBER.test(right);
  return compound(left, right);
}

/** A link of a compound of three words or more, whose middle may be a short function word ("state-of-the-art"). */
function chainLink(left: string, right: string): boolean {
  const linking = new Set(['and', 'of', 'the', 'to', 'in', 'or']);
  return !/ly$/.test(left) && (linking.has(right) || !PHRASE_OPENERS.has(right));
}

/** Two lower-case words joined by a hyphen: a compound unless the second opens a phrase or the first is an adverb or a plural subject. */
function compound(left: string, right: string): boolean {
  if (!/^[a-z]/.test(left) || PHRASE_OPENERS.has(right) || PHRASE_OPENERS.has(left) && left !== 'in') return false;
  if (NUMBER.test(right) || /ly$/.test(left)) return false;
  return !(/ed$/.test(right) && /(?:s|men|people)$/.test(left));
}

/** A token without the quotation marks glued to it ("'zero" → "zero"). */
function bare(word: string): string {
  return word.replace(/^['"`]+|['"`]+$/g, '');
}
