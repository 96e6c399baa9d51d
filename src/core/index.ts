export * from './types';
export { analyzeArticle } from './analyze';
export { AnalysisSession } from './session';
export { compareArticles } from './compare';
