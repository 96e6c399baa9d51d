/**
 * The clause rules' view of a paragraph's tokens: each quotation (marks included) one opaque token, so that
 * `"…," he said` reads QUOTE , he said, and a word broken by a line break one token when the lexicon knows the joined
 * word ("prom\nised"). Derived from the paragraph's tokens; where a token straddles a quotation's edge or a joined
 * word ends inside a token, the view is tokenized directly instead, which gives the same tokens by definition.
 */
import type { QuotedSpan } from './marks';
import { wordClass } from '../text/words';
import { joinedAcrossLine, tokenize, wordLower, type Token } from './tokens';

export function clauseTokens(text: string, tokens: readonly Token[], quotes: readonly QuotedSpan[], isKnownWord: (lower: string) => boolean): Token[] {
  return derivedClauseTokens(text, tokens, quotes, isKnownWord) ?? tokenize(text, 0, text.length, quotes.map((q) => ({ start: q.open, end: q.close })), isKnownWord);
}

function derivedClauseTokens(text: string, tokens: readonly Token[], quotes: readonly QuotedSpan[], isKnownWord: (lower: string) => boolean): Token[] | null {
  const view: Token[] = [];
  let nextQuote = 0;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    const quote = quotes[nextQuote];
    if (quote && token.end > quote.open) {
      const after = afterQuotation(tokens, i, quote, quotes[nextQuote + 1]);
      if (after < 0) return null;
      view.push({ start: quote.open, end: quote.close, kind: 'quote', lower: '"', quote: nextQuote, spaceBefore: token.spaceBefore, lineBefore: token.lineBefore, capitalised: false, wordClass: wordClass('"') });
      nextQuote++;
      i = after;
      continue;
    }
    const joined = token.kind === 'word' ? joinedWord(text, token, tokens[i + 1], isKnownWord) : undefined;
    if (joined === null) return null;
    view.push(joined ?? token);
    i += joined ? 2 : 1;
  }
  return nextQuote === quotes.length ? view : null;
}

/**
 * The index of the first token after the quotation that starts at token `first`, or -1 when tokens straddle its
 * edges, whitespace ends it (the token after it would then see a space the opaque token hides), or the next
 * quotation overlaps it.
 */
function afterQuotation(tokens: readonly Token[], first: number, quote: QuotedSpan, next: QuotedSpan | undefined): number {
  if (tokens[first].start !== quote.open || (next && next.open < quote.close)) return -1;
  let after = first;
  while (after < tokens.length && tokens[after].start < quote.close) after++;
  return tokens[after - 1].end === quote.close ? after : -1;
}

/**
 * `word` joined with the next token across a line break when the lexicon knows the joined word; undefined when it
 * is not joined, null when the joined word would end inside the next token.
 */
function joinedWord(text: string, word: Token, next: Token | undefined, isKnownWord: (lower: string) => boolean): Token | undefined | null {
  const last = text[word.end - 1];
  // A plural possessive ("officials’") took the character after the word: nothing joins it.
  if (!next || !next.lineBefore || last === '’' || last === "'") return undefined;
  const end = joinedAcrossLine(text, word.start, word.end, text.length, isKnownWord);
  if (end === word.end) return undefined;
  if (end !== next.end) return null;
  const lower = wordLower(text, word.start, end);
  return { start: word.start, end, kind: 'word', lower, spaceBefore: word.spaceBefore, lineBefore: word.lineBefore, capitalised: text[word.start] !== lower[0], wordClass: wordClass(lower) };
}
