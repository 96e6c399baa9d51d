// A workspace speaker that one article quotes under two names: the views list both names' quotes there.
import { strict as assert } from 'node:assert';
import { compareArticles } from '../../../src/core/compare';
import type { ArticleRecord, Comparison } from '../../../src/core/types';
import { speakerCard } from '../../../src/features/hover/cards';
import type { ArticleFacts, WorkspaceFacts } from '../../../src/features/shared/workspaceFacts';
import { speakerChildren } from '../../../src/features/speakers/model';
import { speakerQuotePicks } from '../../../src/features/speakers/quotePicks';
import { article } from '../compare/articles';

const ROBBED = 'two men robbed the jeweller on Elm Street and escaped in a grey van';
const RESCUED = 'three climbers were rescued from the glacier on Sunday';

/** The facts of a compared workspace, as the worker would hold them. */
function factsOf(records: ArticleRecord[]): WorkspaceFacts {
  const comparison: Comparison = compareArticles(records);
  const articles: ArticleFacts[] = records.map((r) => ({ key: r.file, label: r.file, analysis: r.analysis }));
  return {
    article: (key) => articles.find((a) => a.key === key),
    articles: () => articles,
    labelOf: (key) => key,
    comparison,
    workspaceSpeakerFor: (key, id) => comparison.speakers.find((s) => s.articles[key]?.speakerIds.includes(id)),
    statementGroupFor: (key, quoteId) => comparison.statements.find((g) => g.reports.some((r) => r.file === key && r.quoteId === quoteId)),
    statementGroup: (id) => comparison.statements.find((g) => g.id === id),
    workspaceSpeaker: (id) => comparison.speakers.find((s) => s.id === id),
    slotOf: () => 0,
    slotFor: () => 0,
  };
}

describe('view models: one source under two names in one article', () => {
  const facts = factsOf([
    article('a.txt', [
      { speaker: 'Police', kind: 'group', words: ROBBED, type: 'indirect' },
      { speaker: 'police sources', kind: 'group', words: RESCUED, type: 'indirect' },
      { speaker: 'Tomas Ek', words: 'The ferry timetable changes in the spring', type: 'indirect' },
    ]),
    article('b.txt', [
      { speaker: 'Tom Reyes', words: 'the jewellery shop on Elm Street was robbed by two men who got away in a van', type: 'indirect' },
      { speaker: 'Tom Reyes', words: 'rescuers brought three climbers down from the glacier on Sunday after a night in the cold', type: 'indirect' },
    ]),
  ]);
  const reyes = facts.comparison.speakers.find((s) => s.name === 'Tom Reyes')!;

  it('Speakers tree: the article row holds the quotes of both names', () => {
    const quotes = speakerChildren(facts, { kind: 'article', speakerId: reyes.id, file: 'a.txt' });
    assert.equal(quotes.length, 2);
  });

  it("Show Speaker's Quotes lists both names' quotes", () => {
    assert.deepEqual(speakerQuotePicks(facts, reyes.id)?.picks.map((pick) => pick.file).sort(), ['a.txt', 'a.txt', 'b.txt', 'b.txt']);
  });

  it('a hover over one of the two names counts and lists the quotes of both under "Here"', () => {
    const a = facts.article('a.txt')!;
    const card = speakerCard(facts, a, a.analysis.speakers.find((s) => s.name === 'Police')!);
    assert.match(card, /\*\*Here:\*\* [^\n]*· 2 quotes/);
    assert.equal(card.match(/— here/g)?.length, 2);
  });

  it('a hover over the speaker in the other article lists both names\' quotes', () => {
    const b = facts.article('b.txt')!;
    const card = speakerCard(facts, b, b.analysis.speakers.find((s) => s.name === 'Tom Reyes')!);
    assert.match(card, /a\\\.txt: no role given · 2 quotes/);
    assert.equal(card.match(/— a\\\.txt/g)?.length, 2);
  });
});
