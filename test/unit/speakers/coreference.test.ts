import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core';

/** Who each quote of `text` is attributed to, by speaker name, and the mention that attributes it, in text order. */
function attributed(text: string): { speaker: string | null; kind: string | null; mention: string | null }[] {
  const analysis = analyzeArticle(text);
  const byId = new Map(analysis.speakers.map((s) => [s.id, s]));
  return analysis.quotes.map((q) => {
    const speaker = q.speakerId ? byId.get(q.speakerId) : undefined;
    return { speaker: speaker?.name ?? null, kind: speaker?.kind ?? null, mention: q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null };
  });
}

describe('speaker coreference within an article', () => {
  it('resolves a description with a capitalised modifier to the person it renames, never to a name of its own', () => {
    const text = 'Actress Mara Quell arrived in Lisbon on Tuesday. "I love this city," the Starfall star said.';
    assert.deepEqual(attributed(text), [{ speaker: 'Mara Quell', kind: 'person', mention: 'the Starfall star' }]);
    assert.ok(!analyzeArticle(text).speakers.some((s) => s.name.includes('Starfall')));
  });

  it('resolves "the 45-year-old" to the person the article gives that age, over the one in focus', () => {
    const text = 'Mara Quell, 45, and Tomas Brevik, 61, arrived in Lisbon on Tuesday. Brevik spoke first. "I love this city," the 45-year-old said.';
    assert.deepEqual(attributed(text).map((a) => a.speaker), ['Mara Quell']);
    const older = 'Mara Quell, 45, and Tomas Brevik, 61, arrived in Lisbon on Tuesday. Quell spoke first. "I love this city," the 61-year-old said.';
    assert.deepEqual(attributed(older).map((a) => a.speaker), ['Tomas Brevik']);
  });

  it('resolves a gendered description to the person of that gender, not simply the last name', () => {
    const text = 'Mara Quell and Tomas Brevik arrived in Lisbon. Quell waved while Brevik signed autographs. "I love this city," the actress said.';
    assert.deepEqual(attributed(text).map((a) => a.speaker), ['Mara Quell']);
  });

  it('does not take the name that modifies a description for the person described', () => {
    const text = 'Tomas Brevik arrived in Lisbon. "He was tired," the Brevik biographer said.';
    assert.notEqual(attributed(text)[0].speaker, 'Tomas Brevik');
  });

  it('resolves an office to its named holder introduced earlier', () => {
    const text = 'Senator Hal Brevik spoke on Monday. "We will vote no," the senator said. Former governor Dana Pike disagreed. "It was a mistake," the former governor said.';
    assert.deepEqual(attributed(text).map((a) => a.speaker), ['Hal Brevik', 'Dana Pike']);
  });

  it('reads one owner\'s role in other words as the same unnamed person ("her representative" … "her rep")', () => {
    const text = 'Mara Quell entered a clinic this week, her representative confirmed. "She thanks her fans," her rep said.';
    const [first, second] = attributed(text);
    assert.equal(second.mention, 'her rep');
    assert.equal(second.speaker, first.speaker);
    const owners = 'Mara Quell left the clinic, his lawyer said. "She is well," her lawyer said.';
    const [his, hers] = attributed(owners);
    assert.notEqual(his.speaker, hers.speaker);
  });

  it('keeps "the spokeswoman" apart from the person just named, unless that person holds the role', () => {
    const principal = 'Ines Calloway missed the council vote. "The mayor is recovering at home," the spokeswoman said.';
    assert.deepEqual(attributed(principal).map((a) => a.speaker), ['spokeswoman']);
    const holder = 'Ines Calloway, a spokeswoman for the council, arrived late. "The mayor is recovering at home," the spokeswoman said.';
    assert.deepEqual(attributed(holder).map((a) => a.speaker), ['Ines Calloway']);
  });
});

describe('roles kept apart from the name', () => {
  const lockridge = (text: string): { name: string; roles: string[] } => {
    const speaker = analyzeArticle(text).speakers.find((s) => s.name.includes('Lockridge'));
    assert.ok(speaker, 'no speaker named Lockridge');
    return { name: speaker.name, roles: speaker.roles.map((r) => r.text) };
  };

  it('keeps an appositive role out of a name whose given name is also a common word, at a sentence start', () => {
    assert.deepEqual(lockridge('Frank Lockridge, a spokesperson for the ministry, said the talks would resume.'), { name: 'Frank Lockridge', roles: ['spokesperson for the ministry'] });
  });

  it('reads a title before the name as a role, not as an organisation', () => {
    const text = 'Ministry spokesperson Frank Lockridge said the talks would resume.';
    assert.deepEqual(lockridge(text), { name: 'Frank Lockridge', roles: ['Ministry spokesperson'] });
    assert.deepEqual(attributed(text), [{ speaker: 'Frank Lockridge', kind: 'person', mention: 'Frank Lockridge' }]);
  });

  it('reads a relative clause with a verb of office as the role, up to where the clause says something else', () => {
    assert.deepEqual(lockridge("Frank Lockridge, who heads the ministry's press office, said the talks would resume."), { name: 'Frank Lockridge', roles: ["heads the ministry's press office"] });
    assert.deepEqual(lockridge("Frank Lockridge, who heads the ministry's press office and spoke first, said the talks would resume.").roles, ["heads the ministry's press office"]);
  });
});

describe('sources across sentences and paragraphs', () => {
  it('attributes to a nominal source itself, not to the person it relates to', () => {
    const text = 'Mara Quell left the hotel early. "She was exhausted," a friend of the actress said. A source close to the singer said she would rest.';
    const found = attributed(text);
    assert.deepEqual(found.map((a) => [a.speaker, a.kind]), [['friend of the actress', 'anonymous'], ['source close to the singer', 'anonymous']]);
    assert.deepEqual(found.map((a) => a.mention), ['a friend of the actress', 'A source close to the singer']);
  });

  it('reads the pronoun after the last comma of a source phrase as the source, and resolves it in its sentence', () => {
    const text = 'The singer Mara Quell canceled her tour on Friday. Her manager, Jack Varnell, left a statement for the press, he said.\n\n"Mara needs rest and we ask for privacy."';
    const last = attributed(text).pop();
    assert.deepEqual(last, { speaker: 'Jack Varnell', kind: 'person', mention: 'he' });
  });

  it('resolves a pronoun after a paragraph break past a nearer name of the other gender', () => {
    const text = 'Jack Varnell spoke to reporters on Friday. Mara Quell, his client, stayed inside.\n\n"We will appeal," he said.';
    assert.deepEqual(attributed(text), [{ speaker: 'Jack Varnell', kind: 'person', mention: 'he' }]);
  });

  it('resolves a pronoun to the name its sentence opens with, past names in that subject\'s clauses and objects', () => {
    const text = 'Pell Darrow, who clerked for Tobias Orlan, listed the rules: "Manners were simply assumed," he said.';
    assert.deepEqual(attributed(text), [{ speaker: 'Pell Darrow', kind: 'person', mention: 'he' }]);
    const object = 'Rafe Olmos criticized Tobias Orlan on Monday, though he has since denied that he meant it.';
    assert.deepEqual(attributed(object).map((a) => a.speaker), ['Rafe Olmos']);
  });

  it('resolves a pronoun opening a new paragraph to the person the paragraph before was about', () => {
    const text = 'Mara Quell, 45, canceled her tour on Friday.\n\n"I need to rest," she said in a statement.';
    assert.deepEqual(attributed(text).map((a) => a.speaker), ['Mara Quell']);
  });
});
