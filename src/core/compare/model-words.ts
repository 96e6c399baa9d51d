/**
 * The comparison's words read from the article model: the report words of a quotation part, and the words of the
 * whole article, are the REPORT_WORD view of the paragraph models' tokens, not a second tokenization of the strings.
 * Where a token straddles a part's edge (or a part lies outside one paragraph, or is not the article's text there),
 * the part's text is tokenized directly instead, which gives the same words by definition.
 */
import type { PlacedParagraph } from '../article/model';
import { wordPieces, wordsByRule } from '../article/pieces';
import { ArticleReader } from '../article/reader';
import type { Token } from '../article/tokens';
import { SPEECH_GRAMMAR } from '../quotes';
import type { Span } from '../types';
import { REPORT_WORD, wordSpans } from './report-words';

/** An article's text with its paragraph models: the caller's (an analysis session's), or read here. */
export class ArticleWords {
  private readonly paragraphs: readonly PlacedParagraph[];

  /** `paragraphs` must be the paragraphs of exactly `text` (see `AnalysisSession.takeParagraphs`). */
  constructor(readonly text: string, paragraphs?: readonly PlacedParagraph[]) {
    this.paragraphs = paragraphs ?? new ArticleReader(SPEECH_GRAMMAR).paragraphs(text);
  }

  /** The report words of the whole text, in order. */
  *words(): Iterable<string> {
    for (const paragraph of this.paragraphs) {
      const { text, tokens } = paragraph.model();
      for (const span of wordsByRule(text, wordPieces(text, tokens), REPORT_WORD)) yield text.slice(span.start, span.end);
    }
  }

  /** The spans of the report words of `partText`, which starts at `start` in the article, relative to `start`. */
  partSpans(partText: string, start: number): Span[] {
    const end = start + partText.length;
    const paragraph = this.paragraphs.find((p) => p.start <= start && end <= p.end);
    const from = paragraph ? start - paragraph.start : 0;
    const inside = paragraph && paragraph.text.slice(from, from + partText.length) === partText ? tokensInside(paragraph.model().tokens, from, from + partText.length) : null;
    if (!paragraph || !inside) return wordSpans(partText);
    if (inside.length === 0) return [];
    // A part's text starts a run of tokens, as when it is tokenized alone.
    inside[0] = { ...inside[0], spaceBefore: true };
    return wordsByRule(paragraph.text, wordPieces(paragraph.text, inside), REPORT_WORD).map((s) => ({ start: s.start - from, end: s.end - from }));
  }
}

/** The tokens inside [from, to), or null when one straddles an edge. */
function tokensInside(tokens: readonly Token[], from: number, to: number): Token[] | null {
  const inside: Token[] = [];
  for (const token of tokens) {
    if (token.end <= from) continue;
    if (token.start >= to) break;
    if (token.start < from || token.end > to) return null;
    inside.push(token);
  }
  return inside;
}
