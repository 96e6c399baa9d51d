import assert from 'node:assert/strict';
import { compareArticles } from '../../../src/core/compare';
import { analyzeArticle } from '../../../src/core';
import type { Comparison } from '../../../src/core/types';
import { EngineService } from '../../../src/worker/engineService';
import type { ComparisonPart, EngineResponse } from '../../../src/worker/protocol';
import { summarize } from '../../../src/features/shared/articleSummary';

const GIVEN = ['Ana', 'Maria', 'Lucia', 'Elena', 'Sofia', 'Irene', 'Clara', 'Julia', 'Nora', 'Rosa'];
const SURNAMES = ['Lopez', 'Okafor', 'Brandt', 'Novak', 'Haddad', 'Tanaka', 'Moreau', 'Kowalski', 'Silva', 'Petrova',
  'Jensen', 'Rossi', 'Murphy', 'Costa', 'Weber', 'Dubois', 'Horvat', 'Larsen', 'Marin', 'Quinn', 'Santos', 'Vidal',
  'Fischer', 'Keller', 'Lindqvist', 'Mendes', 'Olsen', 'Pereira', 'Ruiz', 'Varga'];

function article(n: number): string {
  const minister = `${GIVEN[n % GIVEN.length]} ${SURNAMES[Math.floor(n / GIVEN.length) % SURNAMES.length]}`;
  return `Minister ${minister} said on Monday that the talks were "constructive and useful for everyone, really." `
    + `She added that a ceasefire could come soon. "We are not there yet," spokesman Tom Reyes told reporters.`;
}

/** Groups the workspace, then pulls the comparison part by part, as the extension host does. */
function pullComparison(service: EngineService, id: number): { comparison: Comparison; parts: number } {
  assert.equal(service.handle({ id, kind: 'regroup' }).kind, 'regrouped');
  const comparison: Comparison = { speakers: [], statements: [], quoteCounts: {}, balance: {} };
  let parts = 0;
  let response: EngineResponse = service.handle({ id, kind: 'query', query: { name: 'comparison', params: {} } });
  for (;;) {
    assert.equal(response.kind, 'answer-part');
    if (response.kind !== 'answer-part') break;
    parts++;
    for (const part of response.items as ComparisonPart[]) {
      comparison.speakers.push(...part.speakers);
      comparison.statements.push(...part.statements);
      if (part.quoteCounts) comparison.quoteCounts = part.quoteCounts;
      if (part.balance) comparison.balance = part.balance;
    }
    if (response.last) break;
    response = service.handle({ id, kind: 'next-part' });
  }
  return { comparison, parts };
}

const analyze = (id: number, key: string, text: string) => ({ id, kind: 'analyze' as const, key, text, revision: id, label: key });

describe('analysis engine service (the worker behind the extension)', () => {
  it('analyzes like analyzeArticle and compares like compareArticles, in slices that reassemble exactly', () => {
    const service = new EngineService();
    const texts = Array.from({ length: 300 }, (_, n) => article(n));
    texts.forEach((text, n) => {
      const response = service.handle(analyze(n + 1, `file-${n}`, text));
      assert.equal(response.kind, 'analyzed');
      if (response.kind === 'analyzed') assert.deepEqual(response.summary, summarize(analyzeArticle(text)));
      const held = service.handle({ id: n + 1, kind: 'query', query: { name: 'analysis', params: { key: `file-${n}` } } });
      assert.deepEqual(held.kind === 'answer' && held.answer, analyzeArticle(text));
    });
    const { comparison, parts } = pullComparison(service, 1000);
    const expected = compareArticles(texts.map((text, n) => ({ file: `file-${n}`, text, analysis: analyzeArticle(text) })));
    assert.ok(parts > 1, `a workspace of 300 articles should travel in several slices, got ${parts}`);
    assert.deepEqual(comparison, expected);
  });

  it('forgets a removed article', () => {
    const service = new EngineService();
    service.handle(analyze(1, 'a', article(1)));
    service.handle({ id: 2, kind: 'remove', key: 'a' });
    const { comparison } = pullComparison(service, 3);
    assert.equal(comparison.statements.length, 0);
    assert.equal(comparison.speakers.length, 0);
  });

  it('answers a request it cannot serve with a failure, not an exception', () => {
    const response = new EngineService().handle({ id: 7, kind: 'next-part' });
    assert.equal(response.kind, 'failed');
  });

  it('answers questions about an article with the revision of the text it holds', () => {
    const service = new EngineService();
    service.handle(analyze(41, 'a', article(1)));
    const highlights = service.handle({ id: 42, kind: 'query', query: { name: 'highlights', params: { key: 'a' } } });
    assert.equal(highlights.kind === 'answer' && (highlights.answer as { revision: number }).revision, 41);
    const unknown = service.handle({ id: 43, kind: 'query', query: { name: 'hoverCards', params: { key: 'b' } } });
    assert.deepEqual(unknown, { id: 43, kind: 'answer', answer: undefined });
  });

  it('sends a long list in parts of at most a hundred rows', () => {
    const service = new EngineService();
    Array.from({ length: 150 }, (_, n) => service.handle(analyze(n + 1, `file-${n}`, article(n))));
    service.handle({ id: 500, kind: 'regroup' });
    const sizes: number[] = [];
    let response = service.handle({ id: 501, kind: 'query', query: { name: 'speakers', params: {} } });
    while (response.kind === 'answer-part') {
      sizes.push(response.items.length);
      if (response.last) break;
      response = service.handle({ id: 501, kind: 'next-part' });
    }
    assert.ok(sizes.length > 1 && sizes.every((size) => size <= 100), `parts of ${sizes.join(', ')}`);
  });
});
