import { strict as assert } from 'node:assert';
import { AnalysisSession, analyzeArticle } from '../../../src/core';
import { ArticleWords } from '../../../src/core/compare/model-words';
import { contentStems, contentStemsOf, reportWords } from '../../../src/core/compare/report-words';

const TEXT = [
  'The harbour board met on Tuesday to weigh the ex-minister’s plan for 4,210 moorings.',
  '“We won\'t give up the 2½-mile pier,” said Ilse Marrow, the U.S.-born harbour master, “and the R&D yard stays.”',
  'Marrow said the repairs would take “a week, not a month” and that nobody had scaled back the work.',
].join('\n\n');

describe('the comparison reads the article model', () => {
  it('gives a quotation the same words from the model as from tokenizing its text', () => {
    const session = new AnalysisSession();
    const { quotes } = analyzeArticle(TEXT, {}, session);
    assert.ok(quotes.length >= 3);
    for (const paragraphs of [session.takeParagraphs(TEXT), undefined]) {
      const article = new ArticleWords(TEXT, paragraphs);
      for (const quote of quotes) {
        assert.deepStrictEqual(reportWords(quote.text, quote.start, article.partSpans(quote.text, quote.start)), reportWords(quote.text, quote.start));
      }
      assert.deepStrictEqual([...contentStemsOf(article.words())], [...contentStems(TEXT)]);
    }
  });

  it('tokenizes a part directly where a model token straddles its edge', () => {
    const article = new ArticleWords(TEXT);
    const start = TEXT.indexOf('minister’s') + 3;
    const part = TEXT.slice(start, TEXT.indexOf(' plan'));
    assert.deepStrictEqual(reportWords(part, start, article.partSpans(part, start)), reportWords(part, start));
    assert.deepStrictEqual(article.partSpans('not the text', 0), [{ start: 0, end: 3 }, { start: 4, end: 7 }, { start: 8, end: 12 }]);
  });

  it('hands the analysis’s paragraphs on once, and only for the text it read', () => {
    const session = new AnalysisSession();
    analyzeArticle(TEXT, {}, session);
    assert.equal(session.takeParagraphs(TEXT + ' '), undefined);
    analyzeArticle(TEXT, {}, session);
    assert.ok(session.takeParagraphs(TEXT));
    assert.equal(session.takeParagraphs(TEXT), undefined);
  });
});
