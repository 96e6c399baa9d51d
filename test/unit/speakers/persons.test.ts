import { strict as assert } from 'node:assert';
import type { NameCandidate } from '../../../src/core/speakers/candidates';
import { PersonIndex } from '../../../src/core/speakers/persons';

function person(text: string, start: number): NameCandidate {
  const words = text.split(' ').length;
  return { first: start, last: start + words, start, end: start + text.length, text, kind: 'person', hasGivenName: words >= 2, possessive: false, titled: false };
}

describe('PersonIndex', () => {
  it('takes a lone given name for the one person who has it, and for nobody once a second person has it too', () => {
    const melanie = person('Melanie Price', 0);
    const index = new PersonIndex([melanie]);
    assert.equal(index.personFor({ text: 'Melanie', start: 100 }), index.of(melanie));
    index.create(person('Melanie Ward', 200));
    assert.equal(index.personFor({ text: 'Melanie', start: 300 }), undefined);
  });
});
