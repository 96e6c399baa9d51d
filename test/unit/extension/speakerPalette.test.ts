import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  assignPaletteSlots,
  PALETTE_SIZE,
  SPEAKER_FOREGROUNDS,
  speakerColorId,
  speakerCssColor,
  stableHash,
} from '../../../src/features/shared/speakerPalette';

describe('speaker palette', () => {
  it('hashes an id to the same value every time', () => {
    assert.equal(stableHash('dmitry-peskov'), stableHash('dmitry-peskov'));
    assert.notEqual(stableHash('dmitry-peskov'), stableHash('john-kirby'));
  });

  it('gives speakers who share an article different colours while slots remain', () => {
    const ids = Array.from({ length: PALETTE_SIZE }, (_, i) => `speaker-${i}`);
    const slots = assignPaletteSlots([ids], () => 1);
    assert.equal(new Set(ids.map((id) => slots.get(id))).size, PALETTE_SIZE);
  });

  it('gives one speaker one colour across articles', () => {
    const slots = assignPaletteSlots([['a', 'b'], ['a', 'c'], ['c', 'd']], () => 0);
    assert.equal(slots.size, 4);
    assert.notEqual(slots.get('a'), slots.get('b'));
    assert.notEqual(slots.get('a'), slots.get('c'));
    assert.notEqual(slots.get('c'), slots.get('d'));
  });

  it('keeps the hash slot for the most-quoted speaker and depends only on contents, not order', () => {
    const weight = (id: string) => (id === 'kirby' ? 10 : 1);
    const first = assignPaletteSlots([['peskov', 'kirby', 'lavrov']], weight);
    const second = assignPaletteSlots([['lavrov', 'peskov', 'kirby']], weight);
    assert.equal(first.get('kirby'), stableHash('kirby') % PALETTE_SIZE);
    assert.deepEqual([...first.entries()].sort(), [...second.entries()].sort());
  });

  it('still colours everyone when an article has more speakers than colours', () => {
    const ids = Array.from({ length: PALETTE_SIZE + 3 }, (_, i) => `s${i}`);
    const slots = assignPaletteSlots([ids], () => 0);
    for (const id of ids) assert.ok((slots.get(id) ?? -1) >= 0 && slots.get(id)! < PALETTE_SIZE);
  });
});

describe('speaker colours outside the editor', () => {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
    contributes: { colors: { id: string; defaults: Record<string, string> }[] };
  };

  it('matches the colours contributed in package.json, slot by slot and theme by theme', () => {
    SPEAKER_FOREGROUNDS.forEach((colors, slot) => {
      const contributed = manifest.contributes.colors.find((color) => color.id === speakerColorId(slot, 'foreground'));
      assert.ok(contributed, `slot ${slot} is not contributed`);
      assert.deepEqual(contributed.defaults, colors);
    });
    const slots = manifest.contributes.colors.filter((color) => /^sourceLens\.speaker\d+\.foreground$/.test(color.id));
    assert.equal(slots.length, PALETTE_SIZE);
  });

  it('takes a user customisation only when it is a plain hex colour', () => {
    assert.equal(speakerCssColor(0, 'dark', { 'sourceLens.speaker1.foreground': '#abcdef' }), '#abcdef');
    assert.equal(speakerCssColor(0, 'dark', { 'sourceLens.speaker1.foreground': 'red; } body { display: none' }), SPEAKER_FOREGROUNDS[0]!.dark);
    assert.equal(speakerCssColor(1, 'light'), SPEAKER_FOREGROUNDS[1]!.light);
  });
});
