import type { ArticleSummary } from '../../features/shared/articleSummary';
import { articleBaseName } from '../import/articleName';
import { plural } from '../../features/shared/presentation';
import type { Skip } from '../workspace/articleFilter';

/** What the status bar item shows: its text (with codicons) and its tooltip. */
export interface StatusText {
  text: string;
  tooltip: string;
}

/** The notice for a document Source Lens turned down, or undefined when the status bar should say nothing. */
export function skipStatus(skip: Skip | undefined): StatusText | undefined {
  const why = skipWhy(skip);
  if (!why) return undefined;
  const text = skip?.reason === 'too-large' ? 'Over the size limit' : 'Not read as an article';
  return { text: `$(circle-slash) ${text}`, tooltip: `Source Lens: ${why} Click to analyze it anyway ("Source Lens: Analyze This File").` };
}

/** Why, and which setting decides it; undefined for binary files, other languages and editor panels. */
function skipWhy(skip: Skip | undefined): string | undefined {
  switch (skip?.reason) {
    case 'too-large':
      return 'this file is larger than the "sourceLens.maxFileSize" setting, so it is not analyzed.';
    case 'not-an-article':
      return `this file does not read like a news article (${skip.detail ?? 'no quotation or reporting verb'}), so it is not analyzed. The check is the "sourceLens.detectArticles" setting.`;
    case 'excluded':
      return 'this file matches the "sourceLens.exclude" setting, so it is not analyzed.';
    case 'not-included':
      return 'this file matches none of the "sourceLens.include" patterns, so it is not analyzed.';
    default:
      return undefined;
  }
}

/** The notice for a saved web page that holds a news article: a click reads it ("Read as News Article"). */
export function savedPageStatus(pageName: string): StatusText {
  const article = `${articleBaseName(pageName)}.md`;
  return {
    text: '$(book) Saved page: Read as Article',
    tooltip: `Source Lens: this saved web page holds a news article. Click to write its text to ${article} beside the page (the page stays as it is) and show who said what ("Source Lens: Read as News Article").`,
  };
}

/** The analyzed article's quoted speakers, quotations and quotations without a speaker. */
export function articleStatus(summary: ArticleSummary): StatusText {
  const { quotes, quotedSpeakers: quoted, unattributed, speakers } = summary;
  return {
    text: `$(quote) ${plural(quoted, 'speaker')} · ${plural(quotes, 'quote')}${unattributed > 0 ? ` · $(warning) ${unattributed} unattributed` : ''}`,
    tooltip: `Source Lens: ${plural(quotes, 'quotation')} by ${plural(quoted, 'speaker')} (${speakers === 1 ? '1 person or body' : `${speakers} people or bodies`} named), ${unattributed} without a speaker. Click to open the sidebar.`,
  };
}
