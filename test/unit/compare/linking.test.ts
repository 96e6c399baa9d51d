import { strict as assert } from 'node:assert';
import { compareArticles } from '../../../src/core/compare';
import type { ArticleRecord, Comparison, StatementGroup } from '../../../src/core/types';
import { readRole } from '../../../src/core/compare/work-lines';
import { article, type Line } from './articles';
import { assertLiveMatchesBatch } from './replay';

/** Other statements, so that the words of the statements under test are rare in the workspace. */
const BACKGROUND: Line[] = [
  { speaker: 'Tomas Ek', words: 'The ferry timetable changes in the spring', type: 'indirect' },
  { speaker: 'Rita Holm', words: 'Our school will open a second library next autumn.' },
];

const CHECKED_IN = 'Nina Valdez has checked herself into the Silver Pines treatment centre';

function groupWith(comparison: Comparison, text: string): StatementGroup {
  const group = comparison.statements.find((s) => s.reports.some((r) => r.text === text));
  assert.ok(group, `no statement holds "${text}"`);
  return group;
}

function filesOf(group: StatementGroup): string[] {
  return [...new Set(group.reports.map((r) => r.file))].sort();
}

describe('speaker linking across articles', () => {
  it('links an unnamed rep to the named spokesman whose statement it prints word for word', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Jack Ortega', role: 'her publicist', words: CHECKED_IN }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'her rep', kind: 'anonymous', words: CHECKED_IN }]),
      article('c.txt', [{ speaker: 'a spokesperson', kind: 'anonymous', words: `${CHECKED_IN} on Tuesday`, type: 'indirect' }]),
    ]);
    const group = groupWith(comparison, CHECKED_IN);
    assert.deepEqual(filesOf(group), ['a.txt', 'b.txt', 'c.txt']);
    assert.equal(group.speakerName, 'Jack Ortega');
    const ortega = comparison.speakers.find((s) => s.name === 'Jack Ortega')!;
    assert.deepEqual(Object.keys(ortega.articles).sort(), ['a.txt', 'b.txt', 'c.txt']);
    assert.ok(!comparison.speakers.some((s) => s.name === 'her rep'), 'the linked rep is still listed as a speaker of its own');
    const names = Object.fromEntries(group.reports.map((r) => [r.file, r.attributedTo]));
    assert.deepEqual(names, { 'a.txt': undefined, 'b.txt': 'her rep', 'c.txt': 'a spokesperson' });
  });

  it('links a surname-only, a first-name-only and a role-only source to the full name by their statement', () => {
    const words = 'the harbour authority will close the northern quay for repairs in March';
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Dmitri Volkan', words, type: 'indirect' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Dmitri', words: 'The harbour authority will close the northern quay for repairs in March.' }]),
      article('c.txt', [{ speaker: 'the minister', kind: 'anonymous', words: 'the harbour authority would close the northern quay for repairs in March', type: 'indirect' }]),
      article('d.txt', [{ speaker: 'a spokesman for the company', kind: 'anonymous', words: 'the northern quay will close for repairs in March', type: 'indirect' }]),
    ]);
    assert.deepEqual(filesOf(groupWith(comparison, words)), ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    assert.equal(groupWith(comparison, words).speakerName, 'Dmitri Volkan');
  });

  it('keeps two articles\' "her rep" apart when they speak for two people', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'her rep', words: CHECKED_IN }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'her rep', words: 'Dana Wirth will miss the festival in Cannes to rest at home' }]),
    ]);
    const reps = comparison.speakers.filter((s) => s.name === 'her rep');
    assert.equal(reps.length, 2);
    assert.deepEqual(reps.map((s) => Object.keys(s.articles)).sort(), [['a.txt'], ['b.txt']]);
  });

  it('links a rep to the named speaker when more outlets print the statement word for word than blocking reads', () => {
    // 70 copies: every word of the statement is in more reports than a blocking posting holds.
    const records = Array.from({ length: 70 }, (_, i) => article(`n${String(i).padStart(2, '0')}.txt`, [{ speaker: 'Jack Ortega', words: CHECKED_IN }, ...(i === 0 ? BACKGROUND : [])]));
    const comparison = compareArticles([...records, article('rep.txt', [{ speaker: 'her rep', kind: 'anonymous', words: CHECKED_IN }])]);
    const group = groupWith(comparison, CHECKED_IN);
    assert.equal(group.speakerName, 'Jack Ortega');
    assert.equal(group.reports.length, 71);
  });

  it('links a rep to the named publicist of another article by a paraphrase, not only by copied words', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Jack Ortega', role: 'her publicist', words: CHECKED_IN }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'her rep', words: 'Nina Valdez has finally entered the Silver Pines treatment centre in Ojai on Tuesday', type: 'indirect' }]),
    ]);
    const ortega = comparison.speakers.find((s) => s.name === 'Jack Ortega')!;
    assert.deepEqual(Object.keys(ortega.articles).sort(), ['a.txt', 'b.txt']);
  });

  it('groups the same specific words under one speaker when an article misspells the name', () => {
    const words = 'We appreciate your respect for her privacy and her family at this difficult time.';
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Jack Varnel', words }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Jack Varnell', words }]),
    ]);
    assert.deepEqual(filesOf(groupWith(comparison, words)), ['a.txt', 'b.txt']);
  });

  it('keeps two named people apart on the same generic words', () => {
    const words = 'We are looking into it.';
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Anna Berg', words }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Anna Borg', words }]),
      article('c.txt', [{ speaker: 'Karl Lind', words }]),
    ]);
    assert.equal(comparison.statements.filter((s) => s.reports.some((r) => r.text === words)).length, 3);
  });

  it('never joins an unnamed source to two named people, nor across stated sides', () => {
    const words = 'the ceasefire talks will resume in Geneva on Thursday morning';
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Olga Petrenko', affiliation: 'Ukraine', words, type: 'indirect' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Ivan Sorokin', affiliation: 'Russia', words, type: 'indirect' }]),
      article('c.txt', [{ speaker: 'an official', kind: 'anonymous', affiliation: 'Russia', words, type: 'indirect' }]),
    ]);
    const petrenko = groupWith(comparison, words);
    const statements = comparison.statements.filter((s) => s.reports.some((r) => r.text === words));
    assert.equal(statements.length, 2, `${petrenko.speakerName} and Ivan Sorokin were joined`);
    const sorokin = statements.find((s) => s.speakerName === 'Ivan Sorokin')!;
    assert.deepEqual(filesOf(sorokin), ['b.txt', 'c.txt']);
  });

  it('links a role naming whose agent it is to that principal\'s agent rather than to a stranger in the same line of work', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Piet Lund', role: 'Moss lawyer', words: 'the singer went to a clinic in Dover on Friday, but the court has not approved the clinic yet', type: 'indirect' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Vera Stam', role: 'City Attorney', words: 'the singer has checked herself into a licensed Dover clinic', type: 'indirect' }]),
      article('c.txt', [{ speaker: "Ada Moss's attorney", words: 'the singer checked into a licensed clinic in Dover', type: 'indirect' }]),
    ]);
    const lund = comparison.speakers.find((s) => s.name === 'Piet Lund')!;
    assert.deepEqual(Object.keys(lund.articles).sort(), ['a.txt', 'c.txt']);
    assert.deepEqual(Object.keys(comparison.speakers.find((s) => s.name === 'Vera Stam')!.articles), ['b.txt']);
  });

  it('reads a role\'s line of work and its principal, by the principal\'s last word', () => {
    assert.deepEqual(readRole("Ada Moss's attorney"), { line: 'lawyer', principal: 'mos' });
    assert.deepEqual(readRole('Moss lawyer'), readRole("Ada Moss's attorney"));
    assert.deepEqual(readRole("Moss' publicist"), { line: 'spokesperson', principal: 'mos' });
    assert.equal(readRole('a spokesman for the Port Authority')?.principal, readRole("the Port Authority's spokesman")?.principal);
    assert.deepEqual(readRole('City Attorney'), { line: 'lawyer', principal: undefined }, 'a title, not the city\'s lawyer');
    assert.deepEqual(readRole('her rep'), { line: 'spokesperson', principal: undefined });
    assert.equal(readRole('harbour master'), undefined);
  });

  it('leaves an unnamed source alone when its words are too few to be anyone in particular', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Jack Ortega', words: 'No comment.' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'her rep', kind: 'anonymous', words: 'No comment.' }]),
    ]);
    assert.equal(comparison.statements.filter((s) => s.reports.some((r) => r.text === 'No comment.')).length, 2);
  });

  it('links a rep to the named publicist on a short statement the score is sure of, but no stranger on one', () => {
    const short = 'Nina is doing well and is focused on her recovery';
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Jack Ortega', role: 'her publicist', words: `${short}.` }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'her rep', words: 'she is doing well and is focused on her recovery', type: 'indirect' }]),
    ]);
    assert.deepEqual(filesOf(groupWith(comparison, `${short}.`)), ['a.txt', 'b.txt']);
    const stranger = compareArticles([
      article('a.txt', [{ speaker: 'Jack Ortega', words: `${short}.` }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'a person close to her', kind: 'anonymous', words: 'she is doing well and is focused on her recovery', type: 'indirect' }]),
    ]);
    assert.deepEqual(filesOf(groupWith(stranger, `${short}.`)), ['a.txt']);
  });

  it('reads "Defense attorney" as a kind of lawyer, not the agent of someone called Defense', () => {
    assert.deepEqual(readRole('Defense attorney'), { line: 'lawyer', principal: undefined });
    assert.deepEqual(readRole('a lawyer for him'), { line: 'lawyer', principal: undefined });
    assert.equal(readRole('the people of Tarrow'), undefined);
    assert.equal(readRole('the constructor'), undefined);
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Piet Lund', role: 'defense attorney', words: 'The singer went to a clinic in Dover on Friday morning', type: 'indirect' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Defense attorney', words: 'the singer had gone to a clinic in Dover on Friday morning', type: 'indirect' }]),
      article('c.txt', [{ speaker: 'Defense attorney', words: 'The harbour pilots will strike again next month over their pensions', type: 'indirect' }]),
    ]);
    const lund = comparison.speakers.find((s) => s.name === 'Piet Lund')!;
    assert.ok(!Object.keys(lund.articles).includes('c.txt'), 'another article\'s defense attorney was taken for Lund');
  });

  it('reads a title before a name as a role: "Coroner Gary Hale" and "Gary Hale" are one person', () => {
    const comparison = compareArticles([
      article('a.txt', [{ speaker: 'Coroner Gary Hale', words: 'the body was found on Tuesday morning', type: 'indirect' }, ...BACKGROUND]),
      article('b.txt', [{ speaker: 'Gary Hale', words: 'he believed the death occurred on Saturday', type: 'indirect' }]),
    ]);
    assert.equal(comparison.speakers.filter((s) => s.name.endsWith('Gary Hale')).length, 1);
  });

  it('links and unlinks as articles come and go, exactly as a batch comparison would', () => {
    const named = article('a.txt', [{ speaker: 'Jack Ortega', words: CHECKED_IN }, ...BACKGROUND]);
    const rep = article('b.txt', [{ speaker: 'her rep', kind: 'anonymous', words: CHECKED_IN }]);
    const misspelt = article('c.txt', [{ speaker: 'Jack Ortegga', words: `${CHECKED_IN} on Tuesday, and she thanks her fans` }]);
    const renamed = article('a.txt', [{ speaker: 'Lena Ortega', words: 'The ferry will not run on Sunday.' }, ...BACKGROUND]);
    const steps: (ArticleRecord | string)[] = [rep, named, misspelt, renamed, named, 'b.txt', rep, 'a.txt'];
    assertLiveMatchesBatch(steps);
  });
});
