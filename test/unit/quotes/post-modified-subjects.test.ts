import { strict as assert } from 'node:assert';
import { found } from './quotesFound';

describe('a present-tense cue after a plural subject with a post-modifier', () => {
  it('reads "say" after "of the plan" as the verb of the plural subject', () => {
    assert.deepEqual(found('Critics of the ferry plan say the ferry will sink.'), [{ text: 'the ferry will sink', source: 'Critics of the ferry plan' }]);
    assert.deepEqual(found('Fans of the plan say it will work soon.'), [{ text: 'it will work soon', source: 'Fans of the plan' }]);
  });

  it('reads other present plurals the same way, after an adjective or a possessive too', () => {
    assert.deepEqual(found('Foes of the new plan warn it will cost more.'), [{ text: 'it will cost more', source: 'Foes of the new plan' }]);
    assert.deepEqual(found("Backers of the town's plan argue that it is cheap."), [{ text: 'it is cheap', source: "Backers of the town's plan" }]);
    assert.deepEqual(found('Neighbours of the plan insist it is fair.'), [{ text: 'it is fair', source: 'Neighbours of the plan' }]);
  });

  it('reads the verb after a relative clause ending in such a noun', () => {
    assert.deepEqual(found('Critics who oppose the plan say it will fail.'), [{ text: 'it will fail', source: 'Critics who oppose the plan' }]);
  });

  it('still reads a word after a verb as its particle', () => {
    assert.deepEqual(found('They will scale back the plan.'), []);
  });
});

describe('a present-tense cue coordinated after "and"', () => {
  it('reads "…, fearing X, and argue that …" as the subject\'s report', () => {
    assert.deepEqual(found('Some growers sell early, fearing a glut, and argue that prices will fall.'), [{ text: 'prices will fall', source: 'Some growers' }]);
    assert.deepEqual(found('Several bakers plan to close early, citing the heat, and argue that the ovens need repairs.'), [
      { text: 'the ovens need repairs', source: 'Several bakers' },
    ]);
  });

  it('reads "… and warn that …" after a present verb and its object', () => {
    assert.deepEqual(found('Several growers fear the cost and warn that the mill will close.'), [{ text: 'the mill will close', source: 'Several growers' }]);
  });

  it('does not read a bare form coordinated under "to" or a modal as a report', () => {
    assert.deepEqual(found('The crews had to turn around and admit the count was off.'), []);
    assert.deepEqual(found('You cannot just show up and say the right things.'), []);
  });
});

describe('an adverb between a plural subject and a present-tense cue', () => {
  it('reads "now say", "even insist" although the lexicon lists "now" and "even" as conjunctions', () => {
    assert.deepEqual(found('The ferry crews now say the schedule works.'), [{ text: 'the schedule works', source: 'The ferry crews' }]);
    assert.deepEqual(found('The bakers even insist that their bread is the best in town.'), [{ text: 'their bread is the best in town', source: 'The bakers' }]);
  });

  it('still reads "the last say" as a noun', () => {
    assert.deepEqual(found('She had the last say on the plan.'), []);
  });
});

describe('a present-tense cue after a relative clause or an object pronoun', () => {
  it('reads "bakers who favor rye agree that …" with the relative clause in the subject', () => {
    assert.deepEqual(found('Bakers who favor rye agree that the harvest was poor.'), [{ text: 'the harvest was poor', source: 'Bakers who favor rye' }]);
  });

  it('reads a bare cue after "close to her" as the verb', () => {
    assert.deepEqual(found('People close to her say she will run.'), [{ text: 'she will run', source: 'People close to her' }]);
  });
});

describe('a subject with a post-modifier that ends in a noun of its own', () => {
  it('reads the whole subject, not the last noun of its relative clause', () => {
    assert.deepEqual(found('Tenants who live near the depot say the trains are loud.'), [{ text: 'the trains are loud', source: 'Tenants who live near the depot' }]);
    assert.deepEqual(found('Many bakers that oppose the new levy say it will cost jobs.'), [{ text: 'it will cost jobs', source: 'Many bakers that oppose the new levy' }]);
  });

  it('reads the whole subject, not the last noun of its participle phrase', () => {
    assert.deepEqual(found('Those opposed to the ferry plan say it will raise fares.'), [{ text: 'it will raise fares', source: 'Those opposed to the ferry plan' }]);
  });

  it('reads "those" with a prepositional phrase as the subject', () => {
    assert.deepEqual(found('Those around him acknowledge that he was weary.'), [{ text: 'he was weary', source: 'Those around him' }]);
  });

  it('reads a relative clause opened by "whose" into the subject', () => {
    assert.deepEqual(found('Growers whose permits were revoked say the board acted in haste.'), [{ text: 'the board acted in haste', source: 'Growers whose permits were revoked' }]);
  });

  it('still reads a plain prepositional object as no subject of a following noun', () => {
    assert.deepEqual(found('She had the last say on the plan.'), []);
  });
});

describe('a quantifier standing alone as the subject', () => {
  it('finds the subject of a cue coordinated after the first verb and its object', () => {
    assert.deepEqual(found('Some fear the toll and warn that the bridge will close.'), [{ text: 'the bridge will close', source: 'Some' }]);
  });
});

describe('a report inside a relative clause about the main clause\'s subject', () => {
  it('ends where the main clause\'s predicate resumes after a comma', () => {
    assert.deepEqual(found('Lund, who said the mill was safe, has since left town.'), [{ text: 'the mill was safe', source: 'who' }]);
  });

  it('keeps an aside the first comma opens inside the report', () => {
    assert.deepEqual(found('It was Lund, who said the mayor, a former baker, was wrong.').map((q) => q.text), ['the mayor, a former baker, was wrong']);
    assert.deepEqual(found('Lund, who said the mayor, a former baker, was wrong.').map((q) => q.text), ['the mayor, a former baker, was wrong']);
  });
});
