import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyze';
import { found } from './quotesFound';

describe('a leading "that" in content', () => {
  it('keeps a demonstrative "that" opening content before its cue', () => {
    assert.deepEqual(found('That harvest will come late, Mira Holt said.'), [{ text: 'That harvest will come late', source: 'Mira Holt' }]);
    assert.deepEqual(found('In fact, that ferry will sail at dawn, Mira Holt said.'), [{ text: 'that ferry will sail at dawn', source: 'Mira Holt' }]);
  });

  it('still drops the complementizer after the cue', () => {
    assert.deepEqual(found('Mira Holt said that the harvest will come late.'), [{ text: 'the harvest will come late', source: 'Mira Holt' }]);
  });
});

describe('a noun-phrase object before a participle introducing a quotation', () => {
  it('is no reported clause: "confirmed the news to X on Monday, saying, “…”" reports only the quotation', () => {
    assert.deepEqual(found('The agent confirmed the news to Valley Weekly on Monday, saying, “She is resting.”'), [
      { text: 'She is resting.', source: 'The agent' },
    ]);
  });

  it('still reads a quotation after a parenthetical as the subject\'s verb', () => {
    assert.deepEqual(found('Mira Holt said the plan, which cost millions, “was a waste.”'), [
      { text: 'the plan, which cost millions, “was a waste.”', source: 'Mira Holt' },
    ]);
  });
});

describe('an object "it" and an addressee before the content', () => {
  it('takes the quotation a colon opens after "confirmed it to X" as the content, a direct quote', () => {
    const text = 'Her agent, Lino Varga, confirmed it to Valley Weekly: “She is resting.”';
    assert.deepEqual(analyzeArticle(text).quotes.map((quote) => [quote.type, quote.text]), [['direct', 'She is resting.']]);
    assert.deepEqual(found('Her agent explained it to reporters on Monday: “She is resting.”'), [{ text: 'She is resting.', source: 'Her agent' }]);
  });

  it('gives the verb no content of its own when only an addressee follows "it": the participle after it reports', () => {
    assert.deepEqual(found('Her agent confirmed it to Valley Weekly, saying she was resting.'), [{ text: 'she was resting', source: 'Her agent' }]);
  });

  it('still reads "it to" before an infinitive as content', () => {
    assert.deepEqual(found('Lino Varga confirmed it to be true.'), [{ text: 'it to be true', source: 'Lino Varga' }]);
  });
});
