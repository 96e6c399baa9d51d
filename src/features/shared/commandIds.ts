/** Command ids as contributed in package.json. */
export const Commands = {
  analyzeWorkspace: 'sourceLens.analyzeWorkspace',
  analyzeFile: 'sourceLens.analyzeFile',
  compareStatementAtCursor: 'sourceLens.compareStatementAtCursor',
  showSpeakerQuotes: 'sourceLens.showSpeakerQuotes',
  nextQuotation: 'sourceLens.nextQuotation',
  previousQuotation: 'sourceLens.previousQuotation',
  toggleHighlights: 'sourceLens.toggleHighlights',
  exportComparison: 'sourceLens.exportComparison',
  openSamples: 'sourceLens.openSamples',
  showSidebar: 'sourceLens.showSidebar',
  readAsArticle: 'sourceLens.readAsArticle',
  /** Argument (optional): the address, instead of asking for it. */
  openArticleFromUrl: 'sourceLens.openArticleFromUrl',
  /** Arguments: the article's URI string, start and end offsets. Used by hover links, trees and the Compare view. */
  revealSpan: 'sourceLens.revealSpan',
  /** Argument: a statement group id. */
  showStatement: 'sourceLens.showStatement',
} as const;

/** The only commands hover cards may run: Source Lens's own navigation, never anything article text names. */
export const HOVER_COMMANDS = [Commands.revealSpan, Commands.showStatement];
