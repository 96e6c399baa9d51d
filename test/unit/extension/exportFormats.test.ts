import { strict as assert } from 'node:assert';
import type { Comparison } from '../../../src/core/types';
import { comparisonToJson, comparisonToMarkdown } from '../../../src/extension/commands/exportFormats';

// Written for this test: two articles reporting one statement, one leaving it out.
const comparison: Comparison = {
  speakers: [
    {
      id: 'ana-ruiz',
      name: 'Ana Ruiz',
      aliases: ['Ruiz'],
      kind: 'person',
      articles: {
        'file:///w/a.txt': { speakerId: 'ana-ruiz', roles: ['water director'], quoteCount: 1 },
        'file:///w/b.txt': { speakerId: 'ruiz', roles: [], quoteCount: 1 },
      },
    },
  ],
  statements: [
    {
      id: 'g1',
      speakerId: 'ana-ruiz',
      speakerName: 'Ana Ruiz',
      reports: [
        { file: 'file:///w/a.txt', quoteId: 'q1', start: 5, end: 30, text: 'We are | close to a crisis', type: 'direct', form: 'verbatim', cue: 'said', confidence: 1, diff: [] },
        { file: 'file:///w/b.txt', quoteId: 'q3', start: 9, end: 40, text: 'a crisis was <b>near</b>', type: 'indirect', form: 'paraphrase', cue: 'warned', confidence: 0.7, diff: [] },
      ],
      omittedBy: ['file:///w/c.txt'],
    },
  ],
  quoteCounts: {},
  balance: {},
};
const label = (file: string) => file.replace('file:///w/', '');

describe('Export Comparison formats', () => {
  it('JSON: speakers and statements with workspace file names', () => {
    const exported = JSON.parse(comparisonToJson(comparison, label));
    assert.deepEqual(Object.keys(exported.speakers[0].articles), ['a.txt', 'b.txt']);
    assert.equal(exported.statements[0].reports[1].form, 'paraphrase');
    assert.equal(exported.statements[0].reports[1].cue, 'warned');
    assert.deepEqual(exported.statements[0].omittedBy, ['c.txt']);
  });

  it('Markdown: one table row per report, pipes and tags made literal', () => {
    const markdown = comparisonToMarkdown(comparison, label);
    assert.match(markdown, /^# Source Lens comparison/);
    const rows = markdown.split('\n').filter((line) => /^\| (a|b)\.txt \|/.test(line));
    assert.equal(rows.length, 2);
    assert.ok(rows[0]!.includes('We are \\| close'));
    assert.ok(rows[1]!.includes('\\<b\\>near\\</b\\>'));
    assert.match(markdown, /Left out by: c\.txt/);
    assert.match(markdown, /\| Ana Ruiz \| a\.txt \| water director \| 1 \|/);
  });
});
