import { strict as assert } from 'node:assert';
import type { Comparison } from '../../../src/core/types';
import { articleSourceBalance, workspaceSourceBalance } from '../../../src/core/balance/sourceBalance';
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
        'file:///w/a.txt': { speakerId: 'ana-ruiz', speakerIds: ['ana-ruiz'], roles: ['water director'], quoteCount: 1 },
        'file:///w/b.txt': { speakerId: 'ruiz', speakerIds: ['ruiz'], roles: [], quoteCount: 1 },
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

  describe('with the source balance', () => {
    const analysis = {
      speakers: [{ id: 'ana-ruiz', name: 'Ana Ruiz', aliases: [], kind: 'person' as const, roles: [{ text: 'water director', start: 0, end: 14 }], affiliation: 'Valdoria', mentions: [] }],
      quotes: [{ id: 'q1', type: 'direct' as const, text: 'We are close to a crisis', start: 5, end: 29, speakerId: 'ana-ruiz' }],
      scareQuotes: [],
    };
    const article = articleSourceBalance(analysis);
    const balances = { workspace: workspaceSourceBalance([article]), articles: [{ file: 'file:///w/a.txt', balance: article }] };

    it('JSON: per kind and affiliation, per article by file name and for the workspace', () => {
      const exported = JSON.parse(comparisonToJson(comparison, label, balances));
      assert.deepEqual(exported.sourceBalance.articles['a.txt'].kinds.official, { quotes: 1, words: 6, speakers: 1, byAffiliation: [{ affiliation: 'Valdoria', quotes: 1, words: 6 }] });
      assert.equal(exported.sourceBalance.workspace.kinds.expert.quotes, 0);
      assert.equal(JSON.parse(comparisonToJson(comparison, label)).sourceBalance, undefined);
    });

    it('Markdown: a row per article and one for the workspace', () => {
      const markdown = comparisonToMarkdown(comparison, label, balances);
      assert.match(markdown, /## Source balance/);
      assert.match(markdown, /\| a\.txt \| 1 \/ 6 \| 0 \/ 0 \| 0 \/ 0 \| 0 \/ 0 \| 0 \/ 0 \| 0 \/ 0 \|/);
      assert.match(markdown, /\| Workspace \| 1 \/ 6 \|/);
      assert.match(markdown, /\| Kind \| Side or body \| Quotes \| Words \|/);
      assert.match(markdown, /\| Officials \| Valdoria \| 1 \| 6 \|/);
    });
  });
});
