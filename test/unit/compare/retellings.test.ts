import { strict as assert } from 'node:assert';
import { joinRetellings, type RetoldEdge, type RetoldWording } from '../../../src/core/compare/retellings';
import { UnionFind } from '../../../src/core/compare/union-find';

/** Wordings by article ("a", "b" …; a trailing "!" makes it a direct quotation), statements as lists of their indexes. */
function setUp(files: string[], statements: number[][]) {
  const wordings: RetoldWording[] = files.map((f) => ({ file: f.replace('!', ''), direct: f.endsWith('!') }));
  const sets = new UnionFind(files.length);
  for (const members of statements) for (const w of members) sets.union(members[0], w);
  return { wordings, sets };
}

function paraphrases(...pairs: [number, number][]): RetoldEdge[] {
  return pairs.map(([a, b]) => ({ a, b, match: { relation: 'paraphrase', score: 0.4 } }));
}

function together(sets: UnionFind, a: number, b: number): boolean {
  return sets.find(a) === sets.find(b);
}

describe('one account retold by several outlets', () => {
  it('joins two statements when a third of their cross-outlet report pairs paraphrase each other', () => {
    // 0-2 and 3-5 are two cores of reports that chose each other; 3 of their 9 cross pairs match.
    const { wordings, sets } = setUp(['a', 'b', 'c', 'd', 'e', 'f'], [[0, 1, 2], [3, 4, 5]]);
    joinRetellings(wordings, paraphrases([0, 3], [1, 4], [2, 5]), sets);
    assert.ok(together(sets, 0, 5));
  });

  it('keeps them apart on fewer matching pairs: one paraphrase between two statements is drift', () => {
    const { wordings, sets } = setUp(['a', 'b', 'c', 'd'], [[0, 1], [2, 3]]);
    joinRetellings(wordings, paraphrases([0, 2], [1, 3]), sets);
    assert.ok(!together(sets, 0, 2));
    const sparse = setUp(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], [[0, 1, 2, 3], [4, 5, 6, 7]]);
    joinRetellings(sparse.wordings, paraphrases([0, 4], [1, 5], [2, 6]), sparse.sets);
    assert.ok(!together(sparse.sets, 0, 4), '3 of 16 pairs is under a third');
  });

  it('counts no pair of reports from one article', () => {
    // Both statements were printed by articles a, b and c: three of the four matches pair an article with itself.
    const { wordings, sets } = setUp(['a', 'b', 'c', 'a', 'b', 'c'], [[0, 1, 2], [3, 4, 5]]);
    joinRetellings(wordings, paraphrases([0, 3], [1, 4], [2, 5], [0, 4]), sets);
    assert.ok(!together(sets, 0, 3));
  });

  it('never joins two statements that each hold a direct quotation', () => {
    const { wordings, sets } = setUp(['a!', 'b', 'c', 'd!', 'e', 'f'], [[0, 1, 2], [3, 4, 5]]);
    joinRetellings(wordings, paraphrases([0, 3], [1, 4], [2, 5], [1, 5]), sets);
    assert.ok(!together(sets, 0, 3));
  });

  it('joins a report one outlet printed to the statement whose reports from two other outlets it paraphrases', () => {
    const { wordings, sets } = setUp(['a', 'b', 'c', 'd'], [[0, 1, 2], [3]]);
    joinRetellings(wordings, paraphrases([3, 0], [3, 1]), sets);
    assert.ok(together(sets, 3, 0));
  });

  it('leaves a lone report that matches one other outlet only where it was', () => {
    const { wordings, sets } = setUp(['a', 'a', 'c', 'd'], [[0, 1, 2], [3]]);
    joinRetellings(wordings, paraphrases([3, 0], [3, 1]), sets);
    assert.ok(!together(sets, 3, 0));
  });

  it('joins a lone report to the statement of most outlets it matches, never to two', () => {
    const { wordings, sets } = setUp(['a', 'b', 'c', 'd', 'e', 'f'], [[0, 1], [2, 3, 4], [5]]);
    joinRetellings(wordings, paraphrases([5, 0], [5, 1], [5, 2], [5, 3], [5, 4]), sets);
    assert.ok(together(sets, 5, 2));
    assert.ok(!together(sets, 5, 0));
  });
});
