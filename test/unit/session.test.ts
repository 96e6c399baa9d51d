import { strict as assert } from 'node:assert';
import { AnalysisSession, analyzeArticle } from '../../src/core';

const FIRST = 'Harbour officials met on Monday to discuss the ferry timetable.';
const QUOTED = '“We will run the night ferry again,” said Ilse Marrow, the harbour master.';
const LAST = 'Marrow said the repairs would take a week. “It is not a small job,” she added.';

describe('AnalysisSession', () => {
  it('gives the same analysis of an edited article as a fresh session', () => {
    const session = new AnalysisSession();
    const before = [FIRST, QUOTED, LAST].join('\n\n');
    const after = [FIRST, QUOTED.replace('night', 'early'), LAST].join('\n\n');
    for (const text of [before, before, after, before, after]) {
      assert.deepStrictEqual(analyzeArticle(text, {}, session), analyzeArticle(text, {}, new AnalysisSession()));
      assert.deepStrictEqual(analyzeArticle(text, { attitudes: true }, session), analyzeArticle(text, { attitudes: true }));
    }
  });

  it('re-reads only the paragraph an edit changed', () => {
    const session = new AnalysisSession();
    const before = [FIRST, QUOTED, LAST].join('\n\n');
    const after = [FIRST, QUOTED, LAST.replace('a week', 'ten days')].join('\n\n');
    analyzeArticle(before, {}, session);
    analyzeArticle(before, {}, session);
    const read: string[] = [];
    const reader = session.article;
    const model = reader.model.bind(reader);
    reader.model = (paragraph) => {
      read.push(paragraph);
      return model(paragraph);
    };
    analyzeArticle(after, {}, session);
    assert.deepStrictEqual(read, [LAST.replace('a week', 'ten days')]);
  });
});
