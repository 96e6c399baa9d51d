export * from './types';
export { analyzeArticle } from './analyze';
export { compareArticles } from './compare';
