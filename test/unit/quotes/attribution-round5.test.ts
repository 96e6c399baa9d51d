import { strict as assert } from 'node:assert';
import { found } from './quotesFound';

describe('a quantifier before a noun after a name that follows its cue', () => {
  it('opens a description of the speaker, not more of what was said', () => {
    assert.deepEqual(found('It is hard for errors to creep into an address this long, said Matt Orn, another seasoned ferry pilot who served on the Vell board.'), [
      { text: 'It is hard for errors to creep into an address this long', source: 'Matt Orn' },
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

describe('a prepositional phrase between commas after the cue, right before the quotation', () => {
  it('stands between the verb and the words it reports: the speaker stays', () => {
    assert.deepEqual(found('Ana Vell said on Monday, in a nod to her eldest, “By spring, Lota will have a baby brother!”'), [
      { text: 'By spring, Lota will have a baby brother!', source: 'Ana Vell' },
    ]);
    assert.deepEqual(found('Lately she wrote on her harbour blog, in bold red type, “I am boarding the Orn ferry!”'), [{ text: 'I am boarding the Orn ferry!', source: 'she' }]);
  });

  it('leaves a clause opened by "if" inside the content', () => {
    assert.deepEqual(found('Ilse Dorn argued that if the levy were not raised, “more harbour walls will crumble.”'), [
      { text: 'if the levy were not raised, “more harbour walls will crumble.”', source: 'Ilse Dorn' },
    ]);
  });
});

describe('a passive question set off between the subject and its verb', () => {
  it('leaves the subject to the verb of saying after it', () => {
    assert.deepEqual(found('The row came up after Mr. Orn, asked about the ships, had said, “I think our harbour does plenty of that also.”'), [
      { text: 'the ships', source: null },
      { text: 'I think our harbour does plenty of that also.', source: 'Mr. Orn' },
    ]);
    assert.deepEqual(found('Mr. Orn, when asked about the ships, said that the harbour does plenty.'), [
      { text: 'the ships', source: null },
      { text: 'the harbour does plenty', source: 'Mr. Orn' },
    ]);
  });
});
