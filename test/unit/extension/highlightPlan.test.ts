import { strict as assert } from 'node:assert';
import type { ArticleAnalysis } from '../../../src/core/types';
import type { HighlightSettings } from '../../../src/features/highlights/model';
import { planHighlights } from '../../../src/features/highlights/model';
import { targetAt } from '../../../src/features/hover/target';

// Written for this test: `Water director Ana Ruiz said "we are close". Rain is due, she added. "Maybe."`
const analysis: ArticleAnalysis = {
  speakers: [
    {
      id: 'ana-ruiz',
      name: 'Ana Ruiz',
      aliases: ['Ana Ruiz', 'she'],
      kind: 'person',
      roles: [{ start: 0, end: 14, text: 'Water director' }],
      mentions: [
        { start: 15, end: 23, text: 'Ana Ruiz', kind: 'name' },
        { start: 57, end: 60, text: 'she', kind: 'pronoun' },
      ],
    },
  ],
  quotes: [
    { id: 'q1', type: 'direct', start: 30, end: 43, text: 'we are close', speakerId: 'ana-ruiz', speakerSpan: { start: 15, end: 23 }, cue: { start: 24, end: 28, text: 'said', lemma: 'say' } },
    { id: 'q2', type: 'indirect', start: 46, end: 57, text: 'Rain is due', speakerId: 'ana-ruiz', speakerSpan: { start: 57, end: 60 }, cue: { start: 61, end: 66, text: 'added', lemma: 'add' } },
    { id: 'q3', type: 'direct', start: 69, end: 75, text: 'Maybe.', speakerId: null },
  ],
  scareQuotes: [],
};
const all: HighlightSettings = { enabled: true, speakers: true, quotations: true, unattributed: true, cueVerbs: true, roles: true, overviewRuler: true };

describe('highlight plan', () => {
  it('paints direct and indirect speech under different keys in the speaker’s slot, and flags the unattributed quote', () => {
    const plan = planHighlights(analysis, all, () => 3);
    assert.deepEqual(plan.get('direct-3'), [{ start: 30, end: 43 }]);
    assert.deepEqual(plan.get('indirect-3'), [{ start: 46, end: 57 }]);
    assert.deepEqual(plan.get('unattributed'), [{ start: 69, end: 75 }]);
    assert.deepEqual(plan.get('speaker-3'), [{ start: 15, end: 23 }, { start: 57, end: 60 }]);
    assert.deepEqual(plan.get('cue')?.length, 2);
    assert.deepEqual(plan.get('role'), [{ start: 0, end: 14 }]);
  });

  it('honours each setting', () => {
    assert.equal(planHighlights(analysis, { ...all, enabled: false }, () => 0).size, 0);
    const noQuotes = planHighlights(analysis, { ...all, quotations: false, unattributed: false }, () => 0);
    assert.deepEqual([...noQuotes.keys()].sort(), ['cue', 'role', 'speaker-0']);
    const onlyQuotes = planHighlights(analysis, { ...all, speakers: false, cueVerbs: false, roles: false }, () => 0);
    assert.deepEqual([...onlyQuotes.keys()].sort(), ['direct-0', 'indirect-0', 'unattributed']);
  });

  it('hover targets: a name or role first, then a cue, then the innermost quotation', () => {
    assert.equal(targetAt(analysis, 16)?.kind, 'speaker');
    assert.equal(targetAt(analysis, 3)?.kind, 'speaker');
    const cue = targetAt(analysis, 25);
    assert.ok(cue?.kind === 'quote' && cue.quote.id === 'q1');
    const inside = targetAt(analysis, 50);
    assert.ok(inside?.kind === 'quote' && inside.quote.id === 'q2');
    assert.equal(targetAt(analysis, 44), undefined);
  });
});
