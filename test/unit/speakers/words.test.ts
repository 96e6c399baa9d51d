import { strict as assert } from 'node:assert';
import { readParagraph } from '../../../src/core/article/model';
import { SPEECH_GRAMMAR } from '../../../src/core/quotes';
import { readWords } from '../../../src/core/speakers/words';

function words(text: string) {
  const model = readParagraph(text, SPEECH_GRAMMAR);
  return readWords(text, model.tokens, model.tokenSentences).words;
}

describe('speaker words (the speaker rules\' view of the article tokens)', () => {
  it('keeps hyphens, periods and apostrophes inside a word and splits where the tokenizer joins more', () => {
    const text = 'Jean-Luc Marre of the U.S. team, 4,210 strong, met file_name users.';
    assert.deepStrictEqual(words(text).map((w) => w.text), ['Jean-Luc', 'Marre', 'of', 'the', 'U.S', 'team', '4', '210', 'strong', 'met', 'file', 'name', 'users']);
  });

  it('strips possessives and clitics from the looked-up form and counts sentences', () => {
    const text = 'The rangers’ boss said she’ll go. Vida Orle’s plan failed.';
    const read = words(text);
    assert.deepStrictEqual(read.map((w) => [w.text, w.lower, w.possessive, w.sentence]), [
      ['The', 'the', false, 0], ['rangers’', 'rangers', true, 0], ['boss', 'boss', false, 0], ['said', 'said', false, 0],
      ['she’ll', 'she', false, 0], ['go', 'go', false, 0], ['Vida', 'vida', false, 1], ['Orle’s', 'orle', true, 1],
      ['plan', 'plan', false, 1], ['failed', 'failed', false, 1],
    ]);
  });
});
