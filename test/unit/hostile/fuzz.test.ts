import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle, compareArticles } from '../../../src/core';
import type { ArticleRecord } from '../../../src/core/types';
import { assertWellFormedAnalysis, assertWellFormedComparison } from './invariants';

// Fragments that exercise the analyzer's hard cases; random Unicode fills the gaps between them.
const FRAGMENTS = [
  '"', '"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」',
  ' said ', ' says ', ', he said.', ' told reporters that ', 'according to ', ' was quoted as saying ',
  'Dmitry Ivanov', 'Ms. Okafor', 'the ministry', 'officials familiar with the matter', 'He', 'They', 'who ',
  'Kremlin spokesman ', ', a senior negotiator,', ' claimed ', ' denied ', ' insisted that ', 'Come ', ' argue ', ')',
  '. ', '.\n\n', '\n', '\r\n', '\r', '\u0000', '\u00a0', '\u200b', '\t', '—', '…',
  '😀', '𝒜𝒷', '\ud800', '\udfff', 'e\u0301\u0302', 'שלום אמר', 'قال المتحدث', '\u202e', '\u2066',
  "'90s", 'rock ’n’ roll', 'Zelenskyy’s', 'don’t', '<script>alert(1)</script>', '[x](command:evil)', '`', '&amp;',
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('word ', 'Capital ', 'the ', 'that ', 'and ') },
);

const article = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));

describe('hostile input: analyzeArticle', () => {
  it('never throws and returns well-formed, deterministic spans on random text', () => {
    fc.assert(
      fc.property(article, (text) => {
        const analysis = analyzeArticle(text);
        assertWellFormedAnalysis(text, analysis);
        assert.deepEqual(analyzeArticle(text), analysis, 'the same text must give the same analysis');
      }),
      { numRuns: 2000, seed: 20261122 },
    );
  });

  it('handles degenerate inputs', () => {
    const cases = [
      '', ' ', '\n\n\n', '\r\r\r', '\u0000\u0000', '"', '“', '«', '"'.repeat(5000), '“”‘’'.repeat(2000),
      'x'.repeat(100_000), `"${'word '.repeat(20_000)}`, 'Capital '.repeat(10_000),
      '😀'.repeat(3000), '\ud800'.repeat(100),
      // A cue right after a paragraph's first word, and a bracket closing with none opened: lookups before index 0.
      'Come say hello to the mayor.', 'Mayor Ada Lind opened the fair.\n\nTry argue that it works.', ') advises', ')) says he',
    ];
    for (const text of cases) assertWellFormedAnalysis(text, analyzeArticle(text));
  });
});

describe('hostile input: compareArticles', () => {
  it('never throws and reports spans inside their articles', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (texts) => {
        const records: ArticleRecord[] = texts.map((text, index) => ({ file: `article-${index}.txt`, text, analysis: analyzeArticle(text) }));
        const comparison = compareArticles(records);
        assertWellFormedComparison(new Map(records.map((record) => [record.file, record.text])), comparison);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('accepts an empty workspace', () => {
    const comparison = compareArticles([]);
    assert.deepEqual(comparison.statements, []);
    assert.deepEqual(comparison.speakers, []);
  });
});
