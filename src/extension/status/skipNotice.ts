import type { Skip } from '../workspace/articleFilter';

/** What the status bar says about a document Source Lens turned down, or undefined when it should say nothing. */
export interface SkipNotice {
  text: string;
  /** A sentence for the tooltip: why, and which setting decides it. */
  why: string;
}

export function skipNotice(skip: Skip | undefined): SkipNotice | undefined {
  switch (skip?.reason) {
    case 'too-large':
      return { text: 'Over the size limit', why: 'this file is larger than the "sourceLens.maxFileSize" setting, so it is not analysed.' };
    case 'not-an-article':
      return {
        text: 'Not read as an article',
        why: `this file does not read like a news article (${skip.detail ?? 'no quotation or reporting verb'}), so it is not analysed. The check is the "sourceLens.detectArticles" setting.`,
      };
    case 'excluded':
      return { text: 'Not read as an article', why: 'this file matches the "sourceLens.exclude" setting, so it is not analysed.' };
    case 'not-included':
      return { text: 'Not read as an article', why: 'this file matches none of the "sourceLens.include" patterns, so it is not analysed.' };
    default:
      // Binary files, other languages and editor panels: nothing a reader would want analysed.
      return undefined;
  }
}
