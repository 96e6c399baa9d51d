import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { looksLikeArticle } from '../../../src/extension/workspace/looksLikeArticle';

const seeds = path.join(__dirname, '..', '..', '..', 'seeds');

// Written for this test: a short news story in the usual shape.
const story = [
  'The regional water authority said on Monday that reservoir levels had fallen to their lowest point in a decade, and it asked households to cut their use.',
  '“We are not yet in a crisis, but we are close to one,” the authority’s director, Ana Ruiz, told reporters at a briefing in the capital.',
  'Farmers in the valley have warned that a second dry summer would force many of them to leave fields unplanted, according to a union statement.',
  'Officials expect the restrictions to stay in place until the autumn rains return, although forecasters were cautious about when that would be.',
].join('\n\n');

describe('looksLikeArticle', () => {
  it('accepts every seed article', () => {
    for (const file of readdirSync(seeds)) assert.equal(looksLikeArticle(readFileSync(path.join(seeds, file), 'utf8')), true, file);
  });

  it('accepts a news story in prose with quotations and reporting verbs', () => {
    assert.equal(looksLikeArticle(story), true);
  });

  it('accepts a story with a few stray code marks (hostile text is still an article)', () => {
    assert.equal(looksLikeArticle(story.replace('cut their use', 'cut their `use` [now](x)')), true);
  });

  it('rejects a requirements file', () => {
    assert.equal(looksLikeArticle(Array.from({ length: 40 }, (_, i) => `package${i}==1.${i}.0`).join('\n')), false);
  });

  it('rejects a log file, even one whose lines are sentences', () => {
    const log = Array.from({ length: 60 }, (_, i) => `2024-05-01 12:00:${String(i).padStart(2, '0')} INFO worker said it served request ${i} in good time.`);
    assert.equal(looksLikeArticle(log.join('\n')), false);
  });

  it('rejects a README full of code spans and links', () => {
    const readme = Array.from(
      { length: 12 },
      (_, i) => `Call \`render(${i})\` to draw the widget; see [the guide](https://example.org/${i}) for the options it says it takes, and the defaults.`,
    );
    assert.equal(looksLikeArticle(readme.join('\n\n')), false);
  });

  it('rejects a licence written in capitals', () => {
    const licence = 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY. ';
    assert.equal(looksLikeArticle(story.slice(0, 300) + '\n\n' + licence.repeat(6)), false);
  });

  it('rejects short notes, word lists and empty text', () => {
    assert.equal(looksLikeArticle(''), false);
    assert.equal(looksLikeArticle('He said "yes".'), false);
    assert.equal(looksLikeArticle(Array.from({ length: 100 }, (_, i) => `item ${i}`).join('\n')), false);
  });
});
