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

describe('"according to" right after an opening bracket', () => {
  it('opens the sentence: the bracket is no quotation of its own', () => {
    assert.deepEqual(found('The rangers fine riders who skip helmets. (According to the Vell Police Department, it keeps no figures on the fines.)'), [
      { text: 'it keeps no figures on the fines', source: 'Vell Police Department' },
    ]);
  });
});
