import assert from 'node:assert/strict';
import { compareArticles } from '../../../src/core/compare';
import { analyzeArticle } from '../../../src/core';
import type { Comparison } from '../../../src/core/types';
import { EngineService } from '../../../src/worker/engineService';
import type { EngineResponse } from '../../../src/worker/protocol';

const GIVEN = ['Ana', 'Maria', 'Lucia', 'Elena', 'Sofia', 'Irene', 'Clara', 'Julia', 'Nora', 'Rosa'];
const SURNAMES = ['Lopez', 'Okafor', 'Brandt', 'Novak', 'Haddad', 'Tanaka', 'Moreau', 'Kowalski', 'Silva', 'Petrova',
  'Jensen', 'Rossi', 'Murphy', 'Costa', 'Weber', 'Dubois', 'Horvat', 'Larsen', 'Marin', 'Quinn', 'Santos', 'Vidal',
  'Fischer', 'Keller', 'Lindqvist', 'Mendes', 'Olsen', 'Pereira', 'Ruiz', 'Varga'];

function article(n: number): string {
  const minister = `${GIVEN[n % GIVEN.length]} ${SURNAMES[Math.floor(n / GIVEN.length) % SURNAMES.length]}`;
  return `Minister ${minister} said on Monday that the talks were "constructive and useful for everyone, really." `
    + `She added that a ceasefire could come soon. "We are not there yet," spokesman Tom Reyes told reporters.`;
}

/** Pulls a comparison slice by slice, as the extension host does. */
function pullComparison(service: EngineService, id: number): { comparison: Comparison; parts: number } {
  const comparison: Comparison = { speakers: [], statements: [], quoteCounts: {}, balance: {} };
  let parts = 0;
  let response: EngineResponse = service.handle({ id, kind: 'compare' });
  for (;;) {
    assert.equal(response.kind, 'comparison-part');
    if (response.kind !== 'comparison-part') break;
    parts++;
    comparison.speakers.push(...response.part.speakers);
    comparison.statements.push(...response.part.statements);
    if (response.part.quoteCounts) comparison.quoteCounts = response.part.quoteCounts;
    if (response.part.balance) comparison.balance = response.part.balance;
    if (response.last) break;
    response = service.handle({ id, kind: 'next-part' });
  }
  return { comparison, parts };
}

describe('analysis engine service (the worker behind the extension)', () => {
  it('analyzes like analyzeArticle and compares like compareArticles, in slices that reassemble exactly', () => {
    const service = new EngineService();
    const texts = Array.from({ length: 300 }, (_, n) => article(n));
    texts.forEach((text, n) => {
      const response = service.handle({ id: n + 1, kind: 'analyze', key: `file-${n}`, text });
      assert.equal(response.kind, 'analyzed');
      if (response.kind === 'analyzed') assert.deepEqual(response.analysis, analyzeArticle(text));
    });
    const { comparison, parts } = pullComparison(service, 1000);
    const expected = compareArticles(texts.map((text, n) => ({ file: `file-${n}`, text, analysis: analyzeArticle(text) })));
    assert.ok(parts > 1, `a workspace of 300 articles should travel in several slices, got ${parts}`);
    assert.deepEqual(comparison, expected);
  });

  it('forgets a removed article', () => {
    const service = new EngineService();
    service.handle({ id: 1, kind: 'analyze', key: 'a', text: article(1) });
    service.handle({ id: 2, kind: 'remove', key: 'a' });
    const { comparison } = pullComparison(service, 3);
    assert.equal(comparison.statements.length, 0);
    assert.equal(comparison.speakers.length, 0);
  });

  it('answers a request it cannot serve with a failure, not an exception', () => {
    const response = new EngineService().handle({ id: 7, kind: 'next-part' });
    assert.equal(response.kind, 'failed');
  });
});
