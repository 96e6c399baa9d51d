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

  it('keeps a paragraph read once in one session and not in another', () => {
    const session = new AnalysisSession();
    const findings = session.speech.findingsFor(QUOTED, false);
    assert.equal(session.speech.findingsFor(QUOTED, false), findings);
    assert.notEqual(new AnalysisSession().speech.findingsFor(QUOTED, false), findings);
    assert.equal(findings.attributions.length, 1);
  });
});
