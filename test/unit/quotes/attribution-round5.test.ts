import { strict as assert } from 'node:assert';
import { found } from './quotesFound';

describe('a quantifier before a noun after a name that follows its cue', () => {
  it('opens a description of the speaker, not more of what was said', () => {
    assert.deepEqual(found('It is hard for errors to slip into a speech of this size, said Matt Orn, another veteran speechwriter who worked in the Vell office.'), [
      { text: 'It is hard for errors to slip into a speech of this size', source: 'Matt Orn' },
    ]);
    assert.deepEqual(found('The ferry will run again, said Ilse Dorn, one of the harbour wardens.'), [{ text: 'The ferry will run again', source: 'Ilse Dorn' }]);
  });
});
