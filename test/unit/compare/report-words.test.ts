import { strict as assert } from 'node:assert';
import { reportWords } from '../../../src/core/compare/report-words';

function stems(text: string): (string | undefined)[] {
  return reportWords(text).map((t) => t.stem);
}

function stemOf(text: string, word: string): string | undefined {
  return reportWords(text).find((t) => t.norm === word)?.stem;
}

describe('report words (the comparison\'s view of the article tokens)', () => {
  it('splits a token at hyphens, periods, ampersands and thousands, and joins an apostrophe before letters only', () => {
    const text = 'The ex-minister’s U.S. team of 4,210 didn\'t say R&D rock\'n5 ok';
    assert.deepStrictEqual(reportWords(text).map((w) => text.slice(w.start, w.end)), ['The', 'ex', 'minister’s', 'U', 'S', 'team', 'of', '4', '210', "didn't", 'say', 'R', 'D', "rock'n", '5', 'ok']);
  });

  it('reads a Latin-1 letter or digit the tokenizer takes for punctuation as part of the word around it', () => {
    const text = 'a 2½-hour walk of 5µm';
    assert.deepStrictEqual(reportWords(text, 10).map((w) => [w.norm, w.start]), [['a', 10], ['2½', 12], ['hour', 15], ['walk', 20], ['of', 25], ['5µm', 28]]);
  });
});

describe('comparison tokens', () => {
  it('gives near-synonyms of the news one key', () => {
    const pairs: [string, string][] = [
      ['talks', 'negotiations'],
      ['willingness', 'readiness'],
      ['demands', 'requirements'],
      ['aspirations', 'ambitions'],
      ['truce', 'ceasefire'],
      ['pledged', 'promised'],
    ];
    for (const [a, b] of pairs) assert.equal(stems(a)[0], stems(b)[0], `${a} / ${b}`);
  });

  it('gives a verb in -y one key in every form', () => {
    for (const forms of ['deny denies denied', 'carry carries carried', 'study studies studied']) {
      const keys = stems(forms);
      assert.ok(keys.every((key) => key === keys[0]), `${forms}: ${keys.join(' ')}`);
    }
  });

  it('keeps words of different sets apart', () => {
    assert.notEqual(stems('talks')[0], stems('troops')[0]);
    assert.notEqual(stems('demands')[0], stems('weapons')[0]);
  });

  it('reads irregular forms, phrasal verbs and places as their base word', () => {
    assert.equal(stemOf('they made progress', 'made'), stemOf('they make progress', 'make'));
    assert.equal(stemOf('the city would give up its claim', 'give'), stemOf('the city would abandon its claim', 'abandon'));
    assert.equal(stemOf('the city would give up its claim', 'up'), undefined);
    assert.equal(stemOf('the army would scale back its presence', 'scale'), stemOf('the army would reduce its presence', 'reduce'));
    assert.equal(stemOf('Kyiv said so', 'kyiv'), stemOf('Ukraine said so', 'ukraine'));
    assert.equal(stemOf('a Ukrainian official', 'ukrainian'), stemOf('Ukraine said so', 'ukraine'));
  });

  it('marks only the words a negator governs as its heads, and ends its reach at a new claim', () => {
    const tokens = reportWords('no breakthroughs were made in the talks and much work remains');
    const head = (word: string) => tokens.find((t) => t.norm === word)!;
    assert.ok(head('breakthroughs').negated && head('breakthroughs').negationHead);
    assert.ok(head('talks').negated && !head('talks').negationHead);
    assert.ok(!head('work').negated && !head('remains').negated);
  });

  it('weighs the words of the main claim, which comes first, above those added late', () => {
    const tokens = reportWords('the mayor would close the harbour road, repaint every school, rebuild the library and plant new trees');
    const salience = (word: string) => tokens.find((t) => t.norm === word)!.salience;
    assert.equal(salience('harbour'), 1);
    assert.ok(salience('trees') < salience('harbour'));
  });
});
