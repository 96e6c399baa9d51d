import { strict as assert } from 'node:assert';
import { compareArticles } from '../../../src/core/compare';
import { article, type Line } from './articles';

const BACKGROUND: Line[] = [
  { speaker: 'Tomas Ek', words: 'The ferry timetable changes in the spring', type: 'indirect' },
  { speaker: 'Rita Holm', words: 'Our school will open a second library next autumn.' },
];

describe('statements quoted in other words by two articles', () => {
  const first = 'The council will repair the flooded underpass before the end of March.';
  const second = 'The council is going to fix the flooded underpass by the end of March.';

  it('groups two direct quotations of one statement in different words, each a paraphrase of the other', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Lena Dahl', words: first }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Lena Dahl', words: second }]),
    ]);
    const group = comparison.statements.find((statement) => statement.reports.some((report) => report.text === first));
    assert.ok(group, 'no statement holds the first quotation');
    assert.deepEqual(group.reports.map((report) => `${report.file}:${report.form}`).sort(), ['a.txt:paraphrase', 'b.txt:paraphrase']);
  });
});
