import { strict as assert } from 'node:assert';
import { compareArticles } from '../../../src/core/compare';
import { compareWordings, oppositeClaims } from '../../../src/core/compare/similarity';
import { ArticleWords } from '../../../src/core/compare/model-words';
import { unitsOf } from '../../../src/core/compare/units';
import type { Comparison } from '../../../src/core/types';
import { article, type Line } from './articles';

const BACKGROUND: Line[] = [
  { speaker: 'Tomas Ek', words: 'The ferry timetable changes in the spring', type: 'indirect' },
  { speaker: 'Rita Holm', words: 'Our school will open a second library next autumn.' },
];

function together(comparison: Comparison, first: string, second: string): boolean {
  return comparison.statements.some((s) => s.reports.some((r) => r.text === first) && s.reports.some((r) => r.text === second));
}

function unitOf(words: string, type: Line['type'] = 'direct') {
  const record = article('x.txt', [{ speaker: 'Ada Lind', words, type }]);
  return unitsOf('x.txt', record.analysis.quotes, new ArticleWords(record.text))[0];
}

describe('same statement across articles, from the wording', () => {
  it('groups a report that quotes half of another', () => {
    const whole = 'We will rebuild the harbour bridge before the winter storms, and the ferry will run until then.';
    const half = 'We will rebuild the harbour bridge before the winter storms';
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words: whole }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Berg', words: half }]),
    ]);
    assert.ok(together(comparison, whole, half));
  });

  it('groups a direct quotation with its indirect report in another article', () => {
    const direct = 'We will not close the maternity ward at the county hospital.';
    const indirect = 'the county would not close the maternity ward at its hospital';
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Eva Sund', words: direct }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Eva Sund', words: indirect, type: 'indirect' }]),
    ]);
    assert.ok(together(comparison, direct, indirect));
  });

  it('keeps two statements of one speaker on one topic apart', () => {
    const first = 'The council will repair the flooded underpass before the end of March.';
    const second = 'Residents have complained about the smell from the sewage works for years.';
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Lena Dahl', words: first }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Lena Dahl', words: second }]),
    ]);
    assert.ok(!together(comparison, first, second));
  });
});

describe('opposite claims', () => {
  it('are a negator one side drops', () => {
    assert.ok(oppositeClaims(unitOf('The club will not renew the coach’s contract.'), unitOf('The club will renew the coach’s contract.')));
  });

  it('are not a negator the other side says with a verb', () => {
    assert.ok(!oppositeClaims(unitOf('The inspectors did not check the boilers.'), unitOf('The inspectors failed to check the boilers.')));
    assert.ok(!oppositeClaims(unitOf('The mayor gave no date for the vote.'), unitOf('The mayor declined to give a date for the vote.')));
  });
});

describe('form of two wordings', () => {
  it('is verbatim for the same words in other case and punctuation', () => {
    assert.equal(compareWordings(unitOf('We will sell the orchard, not the farm.'), unitOf('we will sell the orchard not the farm'))?.relation, 'verbatim');
  });

  it('is a variant when one wording contains the other', () => {
    assert.equal(compareWordings(unitOf('We will sell the orchard to the town before the summer.'), unitOf('sell the orchard to the town'))?.relation, 'variant');
  });

  it('is a variant when only function words change', () => {
    assert.equal(compareWordings(unitOf('We will not sell the family orchard to housing developers.'), unitOf('they would not sell their family orchard to housing developers'))?.relation, 'variant');
  });

  it('is no copy (so a paraphrase, when grouped) for reworded content', () => {
    assert.equal(compareWordings(unitOf('We will sell the orchard to developers.'), unitOf('The orchard is going to be sold to builders.')), null);
  });

  it('is no copy when one side drops the negator', () => {
    assert.equal(compareWordings(unitOf('We will not sell the orchard to developers.'), unitOf('they would sell the orchard to developers')), null);
  });
});
