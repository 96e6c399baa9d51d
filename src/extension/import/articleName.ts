/** The name a saved page's article is written under beside it, without `.md`: "river-plan.html" → "river-plan". */
export function articleBaseName(pageName: string): string {
  return pageName.replace(/\.html?$/i, '') || 'article';
}
