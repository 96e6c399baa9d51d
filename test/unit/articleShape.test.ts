import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { articleShape, looksLikeArticle } from '../../src/core/text/articleShape';

const seeds = path.join(__dirname, '..', '..', 'seeds');

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

  describe('short briefs', () => {
    // Written for this test: 45 words, one quotation, one "said".
    const brief =
      'The city council approved a new cycle lane on Harbour Road on Tuesday. “This will make the morning commute safer for hundreds of children,” said councillor Mira Okafor, who proposed the plan. Work is due to start in the early spring and last six weeks.';

    it('reads a 45-word brief with one quotation and a reporting verb as an article', () => {
      assert.equal((brief.match(/\p{L}[\p{L}'’-]*/gu) ?? []).length, 45);
      assert.deepEqual(articleShape(brief), { article: true });
    });

    it('reads the brief under a Markdown title and front matter as an article', () => {
      assert.deepEqual(articleShape(`---\ntitle: Cycle lane approved\noutlet: Harbour Gazette\n---\n\n# Cycle lane approved\n\n${brief}\n`), { article: true });
    });

    it('does not read a brief without a quotation, or without a reporting verb, as an article', () => {
      const unquoted = brief.replace(/[“”]/g, '');
      assert.deepEqual(articleShape(unquoted), { article: false, reason: 'too short' });
      const unreported = brief.replace('said', 'beamed');
      assert.deepEqual(articleShape(unreported), { article: false, reason: 'too short' });
    });

    it('does not take a one-word scare quote for a quotation', () => {
      const scare = 'The city council approved a new “cycle” lane on Harbour Road on Tuesday, said a notice posted at the town hall. Work is due to start in the spring and last six weeks, weather allowing.';
      assert.deepEqual(articleShape(scare), { article: false, reason: 'too short' });
    });

    it('reads a quotation of two words, in double or in single marks, as a quotation', () => {
      const twoWords = brief.replace('“This will make the morning commute safer for hundreds of children,”', 'a “safer commute” for hundreds of children,');
      assert.deepEqual(articleShape(twoWords), { article: true });
      const single = twoWords.replace('“safer commute”', '‘safer commute’');
      assert.deepEqual(articleShape(single), { article: true });
      // An apostrophe opens no quotation: "council’s … children’s" is one word each.
      const apostrophes = twoWords.replace('“safer commute”', 'council’s safer children’s commute');
      assert.deepEqual(articleShape(apostrophes), { article: false, reason: 'too short' });
    });

    it('takes the other reporting verbs of news, not nouns spelt like them', () => {
      assert.deepEqual(articleShape(brief.replace('said', 'insisted')), { article: true });
      assert.deepEqual(articleShape(brief.replace('said', 'tweeted')), { article: true });
      assert.deepEqual(articleShape(brief.replace('said', 'notes')), { article: false, reason: 'too short' });
    });

    it('reads a clipping that stops mid-sentence as an article', () => {
      const clipping = `Cycle lane approved.\n\n${brief.slice(0, brief.indexOf(' Work is due'))} Work is due to start in the early spring and`;
      assert.deepEqual(articleShape(clipping), { article: true });
    });

    it('does not read a CSV table with quoted cells as an article', () => {
      const csv = ['name,role,comment', ...Array.from({ length: 8 }, (_, i) => `Person ${i},councillor,"said the lane is fine for now ${i}"`)].join('\n');
      assert.equal(articleShape(csv).article, false);
    });

    it('does not read a short README, a short list or a snippet of code as an article', () => {
      const readme = '# harbour-tools\n\nA small library. The maintainer said “it just works for most people” in the changelog; install it with `npm install harbour-tools` and call `run()`.\n';
      assert.deepEqual(articleShape(readme), { article: false, reason: 'code spans and links of documentation' });
      const list = '- Milk, eggs and “the good bread from the corner shop”\n- Ask what the plumber said about the boiler\n- Call Sam\n- Pay the gas bill before Friday\n- Book the car in for its service\n';
      assert.equal(articleShape(list).article, false);
      const code = 'const greeting = "hello to everyone here";\nfunction said(name) {\n  return `${name} said ${greeting}`;\n}\nexport default said;\n';
      assert.deepEqual(articleShape(code), { article: false, reason: 'lines of code, configuration or a log' });
    });
  });

  it('names the reason a text is not an article', () => {
    assert.deepEqual(articleShape(''), { article: false, reason: 'empty' });
    assert.deepEqual(articleShape(Array.from({ length: 40 }, (_, i) => `package${i}==1.${i}.0`).join('\n')), { article: false, reason: 'lines of code, configuration or a log' });
    assert.deepEqual(articleShape(story.replace(/[“”]/g, '').replace(/\b(said|told|warned|asked|according to)\b/g, 'thought')), { article: false, reason: 'no quotation or reporting verb' });
  });
});
