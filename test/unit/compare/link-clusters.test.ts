import { strict as assert } from 'node:assert';
import { clusters, type LinkEdge, type LinkNode } from '../../../src/core/compare/link-clusters';
import type { Identity } from '../../../src/core/compare/identity';

function node(id: string): LinkNode {
  return { id, identity: { id } as Identity, weak: true, sides: new Set(), files: 1 };
}

describe('speaker link clusters', () => {
  it('joins a chain of 30,000 unnamed sources without running out of stack', () => {
    const count = 30_000;
    const id = (i: number) => `source-${String(i).padStart(6, '0')}`;
    const byId = new Map(Array.from({ length: count }, (_, i) => [id(i), node(id(i))] as const));
    // Falling scores join the chain from its far end, so each set's root sits deepest before the last edge.
    const edges: LinkEdge[] = [];
    for (let i = count - 2; i >= 0; i--) edges.push({ a: id(i), b: id(i + 1), score: 1 + i / count });
    edges.push({ a: id(count - 1), b: id(0), score: 0.1 });
    const links = clusters(byId, edges);
    assert.equal(links.size, count - 1);
    assert.equal(new Set(links.values()).size, 1);
  });
});
