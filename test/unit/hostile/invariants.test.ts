import assert from 'node:assert/strict';
import type { ArticleAnalysis } from '../../../src/core/types';
import { assertWellFormedAnalysis } from './invariants';

// The fuzz tests are only as strong as their checker: prove it rejects each kind of broken analysis.
describe('hostile input: the invariant checker', () => {
  const text = 'Ana said "hi 😀" today.';
  const good = (): ArticleAnalysis => ({
    quotes: [{ id: 'q1', type: 'direct', start: 10, end: 15, text: text.slice(10, 15), speakerId: 'ana', cue: { start: 4, end: 8, text: 'said', lemma: 'say' } }],
    speakers: [{ id: 'ana', name: 'Ana', aliases: ['Ana'], kind: 'person', roles: [], mentions: [{ start: 0, end: 3, text: 'Ana', kind: 'name' }] }],
    scareQuotes: [],
  });

  it('accepts a well-formed analysis', () => {
    assert.doesNotThrow(() => assertWellFormedAnalysis(text, good()));
  });

  it('rejects a span that splits a surrogate pair', () => {
    const broken = good();
    broken.quotes[0] = { ...broken.quotes[0], end: 14, text: text.slice(10, 14) };
    assert.throws(() => assertWellFormedAnalysis(text, broken), /surrogate/);
  });

  it('rejects a span outside the text, a wrong slice and an unknown speaker', () => {
    const outside = good();
    outside.quotes[0] = { ...outside.quotes[0], end: text.length + 1 };
    assert.throws(() => assertWellFormedAnalysis(text, outside), /outside/);
    const wrongSlice = good();
    wrongSlice.quotes[0] = { ...wrongSlice.quotes[0], text: 'other' };
    assert.throws(() => assertWellFormedAnalysis(text, wrongSlice), /slice/);
    const unknownSpeaker = good();
    unknownSpeaker.quotes[0] = { ...unknownSpeaker.quotes[0], speakerId: 'nobody' };
    assert.throws(() => assertWellFormedAnalysis(text, unknownSpeaker), /unknown speaker/);
  });

  it('rejects quotes out of text order', () => {
    const unordered = good();
    unordered.quotes.push({ ...unordered.quotes[0], id: 'q0', start: 0, end: 3, text: 'Ana' });
    assert.throws(() => assertWellFormedAnalysis(text, unordered), /out of order/);
  });
});
