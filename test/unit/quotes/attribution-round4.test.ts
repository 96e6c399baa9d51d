import { strict as assert } from 'node:assert';
import { found } from './quotesFound';

describe('"the same" after a verb of saying', () => {
  it('is content: the earlier report said again of someone else', () => {
    assert.deepEqual(found('Most riders back Orla Venn, though 38 percent say the same of Bex Tarrow.'), [{ text: 'the same of Bex Tarrow', source: '38 percent' }]);
    assert.deepEqual(found('Three in ten voters said the same of the mayor.'), [{ text: 'the same of the mayor', source: 'Three in ten voters' }]);
    assert.deepEqual(found('Mayor Ilse Dorn has said the same thing each spring.'), [{ text: 'the same thing each spring', source: 'Ilse Dorn' }]);
  });

  it('is no content when it opens a noun phrase of the reported clause', () => {
    assert.deepEqual(found('Ilse Dorn said the same rules apply to the ferries.'), [{ text: 'the same rules apply to the ferries', source: 'Ilse Dorn' }]);
  });
});

describe('a time phrase opening the sentence of a cue with content after it', () => {
  it('is not content: the words after the cue are', () => {
    assert.deepEqual(found('Sunday on Rolo Radio’s “Morning Hour,” Rep. Dan Ivo said the mayor’s “honesty” is in question.'), [{ text: 'the mayor’s “honesty” is in question', source: 'Rep. Dan Ivo' }]);
    assert.deepEqual(found('Last week, 17 percent of the ferrymen said the same.'), [{ text: 'the same', source: '17 percent of the ferrymen' }]);
  });

  it('leaves a quotation after "wrote back:" to the writer', () => {
    assert.deepEqual(found('A little while later, Ms. Quell wrote back: “The ferry leaves at nine.”'), [{ text: 'The ferry leaves at nine.', source: 'Ms. Quell' }]);
  });
});

describe('a fronted clause before a speaker whose cue reports a bare clause', () => {
  it('is the writer\'s own: the clause after the cue is what was said', () => {
    assert.deepEqual(found('Even though fishing is allowed in the bay, the crews say wardens still stop every boat.'), [{ text: 'wardens still stop every boat', source: 'the crews' }]);
  });
});

describe('a source that opens the sentence with "according to"', () => {
  it('runs over the phrase that describes it to the comma before the reported clause', () => {
    assert.deepEqual(found('According to first tallies of the harbour survey carried out by Vantel Research for the Ledger, Orn led in both wards.'), [
      { text: 'Orn led in both wards', source: 'first tallies of the harbour survey carried out by Vantel Research for the Ledger' },
    ]);
    assert.deepEqual(found('According to recent polling, the mayor is leading.'), [{ text: 'the mayor is leading', source: 'recent polling' }]);
    assert.deepEqual(found('According to her “payback” scheme, firms must repay the aid.'), [{ text: 'firms must repay the aid', source: 'her “payback” scheme' }]);
  });
});

describe('a quotation in title case after an owner, a kind of work or "on"', () => {
  it('is a title, not more of the speaker\'s words', () => {
    assert.deepEqual(found('“It is nonsense,” Mr. Oro said on Rolo’s “Meet the Mayor.”'), [{ text: 'It is nonsense,', source: 'Mr. Oro' }]);
    assert.deepEqual(found('“The tide will turn,” said Ilse Dorn.\n\nShe co-hosts the Tarrow podcast “Well, Here We Are.”'), [{ text: 'The tide will turn,', source: 'Ilse Dorn' }]);
  });

  it('stays speech when its words are a sentence in plain case', () => {
    assert.equal(found('“It is nonsense,” Mr. Oro said on Rolo’s show. “We will build the bridge.”').length, 2);
  });
});

describe('"states" after a word that counts or points', () => {
  it('is the noun: nothing is reported', () => {
    assert.deepEqual(found('Orn may fare well in several of the 9 states voting in June.'), []);
    assert.deepEqual(found('Tarn was among the 4 states she carried.'), []);
  });

  it('is still the verb after its subject', () => {
    assert.deepEqual(found('The charter states that the fee is due in May.'), [{ text: 'the fee is due in May', source: 'The charter' }]);
  });
});

describe('"find" with a bare object', () => {
  it('reports nothing when a person finds a thing', () => {
    assert.deepEqual(found('He found sanctuary in Tarn and never returned.'), []);
    assert.deepEqual(found('The alderman found ways to push her harbour plan past the board.'), []);
  });

  it('reports a finding when a study or a poll finds it', () => {
    assert.deepEqual(found('A Vell Institute poll found broad support for Orn.'), [{ text: 'broad support for Orn', source: 'A Vell Institute poll' }]);
  });

  it('reports a view when the object has a predicate', () => {
    assert.deepEqual(found('I find his language on the harbor deplorable.'), [{ text: 'his language on the harbor deplorable', source: 'I' }]);
    assert.deepEqual(found('She found the plan reckless.'), [{ text: 'the plan reckless', source: 'She' }]);
  });
});

describe('a subject closed by a polling participle', () => {
  it('speaks through the present "say" after it', () => {
    assert.deepEqual(found('By wide margins, those surveyed say the harbor needs a second bridge.'), [{ text: 'the harbor needs a second bridge', source: 'those surveyed' }]);
    assert.deepEqual(found('Those polled say the ferry fare is too high.'), [{ text: 'the ferry fare is too high', source: 'Those polled' }]);
  });
});

describe('"maintain"', () => {
  it('claims with "that", a pronoun\'s clause or a trailing report', () => {
    assert.deepEqual(found('Orn has long maintained that she followed the rules.'), [{ text: 'she followed the rules', source: 'Orn' }]);
    assert.deepEqual(found('Orn has long maintained she followed the rules.'), [{ text: 'she followed the rules', source: 'Orn' }]);
    assert.deepEqual(found('The rules were followed, Orn maintains.'), [{ text: 'The rules were followed', source: 'Orn' }]);
  });

  it('keeps something with a noun object, and reports nothing', () => {
    assert.deepEqual(found('In the Tarn race, Sen. Ida Vell maintained her double-digit lead over the former mayor of the state.'), []);
    assert.deepEqual(found('Mrs. Orn maintained a brisk schedule well into her nineties.'), []);
  });
});
