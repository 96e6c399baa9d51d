import { strict as assert } from 'node:assert';
import { compareArticles } from '../../../src/core/compare';
import type { Comparison } from '../../../src/core/types';
import { article, type Line } from './articles';

function identitiesOf(comparison: Comparison, name: string): string[] {
  return comparison.speakers.filter((s) => s.aliases.includes(name)).map((s) => s.id);
}

function sameIdentity(lines: [Line, Line]): Comparison {
  return compareArticles([article('a.txt', [lines[0]]), article('b.txt', [lines[1]])]);
}

describe('speakers across articles', () => {
  const spellings: [string, string][] = [
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Mikhail Podolyak', 'Mykhailo Podoliak'],
    ['Dmitry Kuleba', 'Dmytro Kuleba'],
  ];
  for (const [first, second] of spellings) {
    it(`makes ${first} and ${second} one person`, () => {
      const comparison = sameIdentity([
        { speaker: first, words: 'The talks went well.' },
        { speaker: second, words: 'The talks went badly.' },
      ]);
      const [id] = identitiesOf(comparison, first);
      assert.ok(id);
      assert.deepEqual(identitiesOf(comparison, second), [id]);
      assert.deepEqual(Object.keys(comparison.speakers.find((s) => s.id === id)!.articles).sort(), ['a.txt', 'b.txt']);
    });
  }

  it('keeps each article’s roles and affiliation for the one person', () => {
    const comparison = sameIdentity([
      { speaker: 'Mikhail Podolyak', words: 'The talks went well.', role: 'Ukraine’s lead negotiator', affiliation: 'Ukraine' },
      { speaker: 'Mykhailo Podolyak', words: 'The talks went badly.', role: 'presidential adviser', affiliation: 'Ukraine' },
    ]);
    const speaker = comparison.speakers.find((s) => s.aliases.includes('Mikhail Podolyak'))!;
    assert.deepEqual(speaker.articles['a.txt'].roles, ['Ukraine’s lead negotiator']);
    assert.deepEqual(speaker.articles['b.txt'].roles, ['presidential adviser']);
    assert.equal(speaker.affiliation, 'Ukraine');
  });

  it('keeps Lavrov and Lavrova apart', () => {
    const comparison = sameIdentity([
      { speaker: 'Sergei Lavrov', words: 'The talks went well.' },
      { speaker: 'Maria Lavrova', words: 'The talks went badly.' },
    ]);
    assert.equal(new Set([...identitiesOf(comparison, 'Sergei Lavrov'), ...identitiesOf(comparison, 'Maria Lavrova')]).size, 2);
  });

  it('keeps two people who share a surname apart', () => {
    const comparison = sameIdentity([
      { speaker: 'Hillary Norton', words: 'The talks went well.' },
      { speaker: 'Chelsea Norton', words: 'The talks went badly.' },
    ]);
    assert.equal(comparison.speakers.length, 2);
  });

  it('keeps one name with two different sides apart', () => {
    const comparison = sameIdentity([
      { speaker: 'Ivan Petrenko', words: 'The talks went well.', affiliation: 'Ukraine' },
      { speaker: 'Ivan Petrenko', words: 'The talks went badly.', affiliation: 'Russia' },
    ]);
    assert.equal(comparison.speakers.length, 2);
  });

  it('gives a bare surname to the one person of that name, and to nobody when two share it', () => {
    const single = sameIdentity([
      { speaker: 'Sergei Lavrov', words: 'The talks went well.' },
      { speaker: 'Lavrov', words: 'The talks went badly.' },
    ]);
    assert.equal(single.speakers.length, 1);
    const ambiguous = compareArticles([
      article('a.txt', [{ speaker: 'Hillary Norton', words: 'The talks went well.' }]),
      article('b.txt', [{ speaker: 'Chelsea Norton', words: 'The talks went badly.' }]),
      article('c.txt', [{ speaker: 'Norton', words: 'The talks went nowhere.' }]),
    ]);
    assert.equal(ambiguous.speakers.length, 3);
  });

  it('never merges unnamed sources of two articles', () => {
    const comparison = sameIdentity([
      { speaker: 'a person familiar with the talks', kind: 'anonymous', words: 'the talks would resume', type: 'indirect' },
      { speaker: 'a person familiar with the talks', kind: 'anonymous', words: 'the talks would resume', type: 'indirect' },
    ]);
    assert.equal(comparison.speakers.length, 2);
    assert.equal(comparison.statements.length, 2);
    assert.equal(new Set(comparison.speakers.map((s) => s.id)).size, 2);
  });

  it('takes a capital for its country’s government', () => {
    const comparison = sameIdentity([
      { speaker: 'Moscow', kind: 'organization', words: 'the troops would pull back', type: 'indirect' },
      { speaker: 'Russia', kind: 'organization', words: 'the troops would stay', type: 'indirect' },
    ]);
    assert.equal(comparison.speakers.length, 1);
  });

  it('counts quotes per speaker and article, and balances each article by side', () => {
    const comparison = compareArticles([
      article('a.txt', [
        { speaker: 'Anna Berg', words: 'The port stays open.', affiliation: 'Sweden' },
        { speaker: 'Anna Berg', words: 'The ferries keep running.', affiliation: 'Sweden' },
        { speaker: 'Karl Lind', words: 'The port should close.' },
      ]),
      article('b.txt', [{ speaker: 'Anna Berg', words: 'The port stays open for now.', affiliation: 'Sweden' }]),
    ]);
    const berg = comparison.speakers.find((s) => s.name === 'Anna Berg')!;
    assert.deepEqual(comparison.quoteCounts[berg.id], { 'a.txt': 2, 'b.txt': 1 });
    assert.deepEqual(comparison.balance['a.txt'], { Sweden: 2, other: 1 });
    assert.deepEqual(comparison.balance['b.txt'], { Sweden: 1 });
  });

  it('makes an organisation named by the tail of one other organisation’s name in the same article that organisation', () => {
    const comparison = compareArticles([
      article('a.txt', [
        { speaker: 'Financial Courier', kind: 'organization', words: 'The ferry operator is losing money.' },
        { speaker: 'Courier', kind: 'organization', words: 'the ferry operator had lost money for years', type: 'indirect' },
      ]),
      article('b.txt', [{ speaker: 'Financial Courier', kind: 'organization', words: 'The bridge will cost more.' }]),
    ]);
    assert.deepEqual(identitiesOf(comparison, 'Courier'), identitiesOf(comparison, 'Financial Courier'));
    assert.equal(identitiesOf(comparison, 'Courier').length, 1);
  });

  it('keeps a short organisation name apart when two organisations of the article end in it', () => {
    const comparison = compareArticles([
      article('a.txt', [
        { speaker: 'Morning Courier', kind: 'organization', words: 'The ferry operator is losing money.' },
        { speaker: 'Evening Courier', kind: 'organization', words: 'The ferry operator is doing well.' },
        { speaker: 'Courier', kind: 'organization', words: 'the ferry operator had lost money for years', type: 'indirect' },
      ]),
    ]);
    const courier = identitiesOf(comparison, 'Courier');
    assert.equal(courier.length, 1);
    assert.notDeepEqual(courier, identitiesOf(comparison, 'Morning Courier'));
    assert.notDeepEqual(courier, identitiesOf(comparison, 'Evening Courier'));
  });
});
