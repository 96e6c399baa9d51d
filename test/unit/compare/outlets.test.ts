import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core';
import { compareArticles } from '../../../src/core/compare';

/**
 * Many outlets' short reports of one celebrity statement, read from their text as a user's workspace holds them:
 * each names the spokesman its own way, or not at all.
 */
const STATEMENT = 'Delia is doing well and is focused on her recovery';
const OUTLETS = [
  `Actress Delia Marsh is in treatment. "${STATEMENT}," her rep told Halo Weekly.`,
  `Delia Marsh is in treatment. "${STATEMENT}," Marsh's rep said.`,
  `Delia Marsh is in treatment. "${STATEMENT}," a rep for the actress said Thursday.`,
  `Delia Marsh is in treatment, her spokesman Tomas Reyne said. "${STATEMENT}," Reyne added.`,
  `Delia Marsh is in treatment. "${STATEMENT}," Tomas Reyne, her publicist, said in a statement.`,
  `Delia Marsh is in treatment. Her publicist said in a statement: "${STATEMENT}."`,
  `Delia Marsh is in treatment. Her rep says she is doing well and is focused on her recovery.`,
  `Delia Marsh is in treatment. "${STATEMENT}," said Reyne.`,
  `Delia Marsh is in treatment. Her rep tells KTV: "${STATEMENT}."`,
];

describe('one statement printed by many outlets', () => {
  it('is one statement of the named spokesman, however each outlet names him', () => {
    const records = OUTLETS.map((text, i) => ({ file: `outlet-${i}.txt`, text, analysis: analyzeArticle(text) }));
    const comparison = compareArticles(records);
    const holding = comparison.statements.filter((s) => s.reports.some((r) => r.text.startsWith(STATEMENT) || r.text.startsWith('she is doing well')));
    assert.equal(holding.length, 1, `the statement is split: ${holding.map((s) => s.speakerName).join(' / ')}`);
    assert.equal(holding[0].speakerName, 'Tomas Reyne');
    assert.deepEqual([...new Set(holding[0].reports.map((r) => r.file))].sort(), records.map((r) => r.file).sort());
  });
});
