import { strict as assert } from 'node:assert';
import type { Attribution } from '../../../src/core/attribution';
import { resolveSpeakers } from '../../../src/core/speakers';
import type { Speaker } from '../../../src/core/types';

/** An indirect attribution whose source is the first occurrence of `source` at or after `from` in `text`. */
function attribution(text: string, source: string, from = 0): Attribution {
  const start = text.indexOf(source, from);
  assert.ok(start >= 0, `"${source}" not in the test sentence`);
  return { type: 'indirect', parts: [{ start: start + source.length + 6, end: Math.min(text.length, start + source.length + 20) }], source: { start, end: start + source.length } };
}

function resolve(text: string, sources: [string, number?][]): { speakers: Speaker[]; names: (string | null)[]; mentions: (string | null)[] } {
  const attributions = sources.map(([source, from]) => attribution(text, source, from));
  const { speakers, resolved } = resolveSpeakers(text, attributions);
  const byId = new Map(speakers.map((s) => [s.id, s]));
  return {
    speakers,
    names: resolved.map((r) => (r ? byId.get(r.speakerId)!.name : null)),
    mentions: resolved.map((r) => (r ? text.slice(r.mention.start, r.mention.end) : null)),
  };
}

function speakerNamed(speakers: Speaker[], name: string): Speaker {
  const speaker = speakers.find((s) => s.name === name);
  assert.ok(speaker, `no speaker named ${name}; have ${speakers.map((s) => s.name).join(', ')}`);
  return speaker;
}

describe('resolveSpeakers', () => {
  it('takes a title before the name as a role, and the name without it as the mention', () => {
    const text = 'Harbour Authority spokesman Tomas Varga said the ferries would run again on Monday.';
    const { speakers, names, mentions } = resolve(text, [['Harbour Authority spokesman Tomas Varga']]);
    assert.deepEqual(names, ['Tomas Varga']);
    assert.deepEqual(mentions, ['Tomas Varga']);
    const varga = speakerNamed(speakers, 'Tomas Varga');
    assert.deepEqual(varga.roles.map((r) => r.text), ['Harbour Authority spokesman']);
    assert.equal(text.slice(varga.roles[0].start, varga.roles[0].end), 'Harbour Authority spokesman');
    assert.equal(varga.kind, 'person');
  });

  it('reads a capitalised multi-word title before the name and its affiliation', () => {
    const text = 'Canadian Deputy Prime Minister Helen Ostrowski told reporters that talks were over.';
    const { speakers, names } = resolve(text, [['Canadian Deputy Prime Minister Helen Ostrowski']]);
    assert.deepEqual(names, ['Helen Ostrowski']);
    const speaker = speakerNamed(speakers, 'Helen Ostrowski');
    assert.deepEqual(speaker.roles.map((r) => r.text), ['Canadian Deputy Prime Minister']);
    assert.equal(speaker.affiliation, 'Canada');
  });

  it('reads an appositive after the name', () => {
    const text = 'Marta Kowalczyk, deputy head of the Polish farmers’ union, said prices had collapsed.';
    const { speakers, names } = resolve(text, [['Marta Kowalczyk']]);
    assert.deepEqual(names, ['Marta Kowalczyk']);
    assert.deepEqual(speakerNamed(speakers, 'Marta Kowalczyk').roles.map((r) => r.text), ['deputy head of the Polish farmers’ union']);
    assert.equal(speakerNamed(speakers, 'Marta Kowalczyk').affiliation, 'Poland');
  });

  it('reads an appositive with an article after the name, without the article', () => {
    const text = '"We are ready," said Paulo Mendes, a Brazilian negotiator, on Friday.';
    const { speakers } = resolve(text, [['Paulo Mendes']]);
    assert.deepEqual(speakerNamed(speakers, 'Paulo Mendes').roles.map((r) => r.text), ['Brazilian negotiator']);
    assert.equal(speakerNamed(speakers, 'Paulo Mendes').affiliation, 'Brazil');
  });

  it('reads an appositive before the name', () => {
    const text = 'Germany’s chief negotiator, Klaus Brenner, said the deal was close.';
    const { speakers, names } = resolve(text, [['Klaus Brenner']]);
    assert.deepEqual(names, ['Klaus Brenner']);
    assert.deepEqual(speakerNamed(speakers, 'Klaus Brenner').roles.map((r) => r.text), ['Germany’s chief negotiator']);
    assert.equal(speakerNamed(speakers, 'Klaus Brenner').affiliation, 'Germany');
  });

  it('reads a role in a relative clause after the name', () => {
    const text = '"Nothing is agreed," said Ana Ruiz, who is the Spanish foreign minister.';
    const { speakers } = resolve(text, [['Ana Ruiz']]);
    assert.deepEqual(speakerNamed(speakers, 'Ana Ruiz').roles.map((r) => r.text), ['Spanish foreign minister']);
  });

  it('resolves a surname to the full name printed earlier', () => {
    const text = 'Senator Rosa Delgado opposed the bill. Delgado said the vote should wait.';
    const { names, mentions, speakers } = resolve(text, [['Delgado', 30]]);
    assert.deepEqual(names, ['Rosa Delgado']);
    assert.deepEqual(mentions, ['Delgado']);
    const delgado = speakerNamed(speakers, 'Rosa Delgado');
    assert.deepEqual(delgado.mentions.map((m) => [m.text, m.kind]), [['Rosa Delgado', 'name'], ['Delgado', 'surname']]);
    assert.ok(delgado.aliases.includes('Delgado') && delgado.aliases.includes('Rosa Delgado'));
  });

  it('resolves a he/she pronoun to the most recent person of that gender', () => {
    const text = 'Mary Okafor met John Lindqvist on Tuesday. "We disagree," she said. He said the meeting was useful.';
    const { names, mentions } = resolve(text, [['she'], ['He']]);
    assert.deepEqual(names, ['Mary Okafor', 'John Lindqvist']);
    assert.deepEqual(mentions, ['she', 'He']);
  });

  it('resolves a pronoun to the speaker of the previous quotation', () => {
    const text = '"Prices will fall," Lindqvist told the paper. "Not soon, but they will." He added that wages would rise.';
    const { names } = resolve(text, [['Lindqvist'], ['He']]);
    assert.deepEqual(names, ['Lindqvist', 'Lindqvist']);
  });

  it('resolves a relative "who" to the name before it', () => {
    const text = 'The plan was drafted by Omar Haddad, who said it would take a year.';
    const { names, mentions } = resolve(text, [['who']]);
    assert.deepEqual(names, ['Omar Haddad']);
    assert.deepEqual(mentions, ['who']);
  });

  it('resolves a role-only reference to the named holder of that role, and keeps it as a role mention', () => {
    const text = 'A Vatican spokeswoman said the visit was postponed. Vatican spokeswoman Giulia Ferraro said a new date would follow.';
    const { names, speakers } = resolve(text, [['A Vatican spokeswoman'], ['Vatican spokeswoman Giulia Ferraro']]);
    assert.deepEqual(names, ['Giulia Ferraro', 'Giulia Ferraro']);
    const ferraro = speakerNamed(speakers, 'Giulia Ferraro');
    assert.ok(ferraro.mentions.some((m) => m.kind === 'role' && m.text === 'A Vatican spokeswoman'));
    assert.equal(speakers.length, 1);
  });

  it('keeps an unmatched role-only reference as its own speaker with that role', () => {
    const text = 'The mayor of Lyon said the bridge would reopen.';
    const { names, speakers } = resolve(text, [['The mayor of Lyon']]);
    assert.deepEqual(names, ['mayor of Lyon']);
    assert.deepEqual(speakerNamed(speakers, 'mayor of Lyon').roles.map((r) => r.text), ['mayor of Lyon']);
  });

  it('does not resolve "another" negotiator to the one already named', () => {
    const text = 'Negotiator Ivo Petrov said talks went well. Another negotiator said nothing was settled.';
    const { names } = resolve(text, [['Negotiator Ivo Petrov'], ['Another negotiator']]);
    assert.equal(names[0], 'Ivo Petrov');
    assert.notEqual(names[1], 'Ivo Petrov');
  });

  it('makes transliteration variants of one person one speaker, with the fullest name', () => {
    const text = 'Yuriy Boyko spoke first. Later Yuri Boiko said the plan had failed, and Boyko repeated it.';
    const { names, speakers } = resolve(text, [['Yuri Boiko'], ['Boyko', 60]]);
    assert.deepEqual(names, ['Yuriy Boyko', 'Yuriy Boyko']);
    assert.equal(speakers.filter((s) => s.kind === 'person').length, 1);
  });

  it('keeps two people who share a surname apart', () => {
    const text = 'Hannah Weber and her father Lukas Weber both spoke. Lukas Weber said the farm was sold. Hannah Weber said it was not.';
    const { names, speakers } = resolve(text, [['Lukas Weber', 40], ['Hannah Weber', 80]]);
    assert.deepEqual(names, ['Lukas Weber', 'Hannah Weber']);
    assert.equal(speakers.filter((s) => s.kind === 'person').length, 2);
  });

  it('resolves a bare surname shared by two people to the one mentioned most recently', () => {
    const text = 'Hannah Weber spoke first. Then Lukas Weber took the stage. Weber said the farm was sold.';
    const { names } = resolve(text, [['Weber', 55]]);
    assert.deepEqual(names, ['Lukas Weber']);
  });

  it('reads unnamed sources as anonymous speakers', () => {
    const text = 'A source familiar with the talks said a deal was near. Officials who spoke on condition of anonymity said otherwise.';
    const { speakers, names } = resolve(text, [['A source familiar with the talks'], ['Officials who spoke on condition of anonymity']]);
    assert.deepEqual(speakers.map((s) => s.kind), ['anonymous', 'anonymous']);
    assert.equal(names[0], 'source familiar with the talks');
  });

  it('reads plural groups as group speakers with their side', () => {
    const text = 'Hungarian officials said the border would stay open. Analysts said that was unlikely.';
    const { speakers, names } = resolve(text, [['Hungarian officials'], ['Analysts']]);
    assert.deepEqual(names, ['Hungarian officials', 'Analysts']);
    assert.deepEqual(speakers.map((s) => s.kind), ['group', 'group']);
    assert.equal(speakerNamed(speakers, 'Hungarian officials').affiliation, 'Hungary');
  });

  it('reads institutions, outlets and capitals standing for governments as organisations', () => {
    const text = 'The Pentagon said troops had left. The Daily Courier reported that Beijing denied it. Paris said the same.';
    const { speakers, names, mentions } = resolve(text, [['The Pentagon'], ['The Daily Courier'], ['Beijing'], ['Paris']]);
    assert.deepEqual(names, ['Pentagon', 'Daily Courier', 'China', 'France']);
    assert.deepEqual(mentions, ['Pentagon', 'Daily Courier', 'Beijing', 'Paris']);
    assert.ok(speakers.every((s) => s.kind === 'organization'));
    assert.equal(speakerNamed(speakers, 'Pentagon').affiliation, 'United States');
  });

  it('reads a lower-case institution head with a place modifier as an organisation', () => {
    const text = 'French intelligence said the convoy had turned back.';
    const { speakers, names } = resolve(text, [['French intelligence']]);
    assert.deepEqual(names, ['French intelligence']);
    assert.equal(speakers[0].kind, 'organization');
    assert.equal(speakers[0].affiliation, 'France');
  });

  it('resolves "the report" to the outlet that published it', () => {
    const text = 'The Morning Herald reported that the mine would close. According to the report, 300 jobs would go.';
    const { names, mentions } = resolve(text, [['The Morning Herald'], ['the report']]);
    assert.deepEqual(names, ['Morning Herald', 'Morning Herald']);
    assert.deepEqual(mentions, ['Morning Herald', 'the report']);
  });

  it('takes gender from an honorific and keeps Mr. and Mrs. of one surname apart', () => {
    const text = 'Mrs. Tanaka said the shop would close. Mr. Tanaka said it would not. She said he was wrong.';
    const { names } = resolve(text, [['Mrs. Tanaka'], ['Mr. Tanaka'], ['She', 65]]);
    assert.deepEqual(names, ['Mrs. Tanaka', 'Mr. Tanaka', 'Mrs. Tanaka']);
  });

  it('gives every speaker a stable id derived from its name', () => {
    const text = 'Tomas Varga said the ferries would run.';
    const first = resolveSpeakers(text, [attribution(text, 'Tomas Varga')]);
    const second = resolveSpeakers(`Update. ${text}`, [attribution(`Update. ${text}`, 'Tomas Varga')]);
    assert.equal(first.speakers[0].id, 'tomas-varga');
    assert.equal(second.speakers[0].id, first.speakers[0].id);
  });

  it('returns null for an attribution without a source, keeping the order of attributions', () => {
    const text = 'Tomas Varga said the ferries would run.';
    const { resolved } = resolveSpeakers(text, [{ type: 'indirect', parts: [{ start: 17, end: 38 }] }, attribution(text, 'Tomas Varga')]);
    assert.equal(resolved.length, 2);
    assert.equal(resolved[0], null);
    assert.ok(resolved[1]);
  });

  it('resolves a definite role description to the person just named when no holder is named', () => {
    const text = 'Gary Holt is touring the coast this week. The Maine senator said the fisheries bill would pass.';
    const { names } = resolve(text, [['The Maine senator']]);
    assert.deepEqual(names, ['Gary Holt']);
  });

  it('does not rename a person whose stated role is a different one', () => {
    const text = 'Deputy mayor Gary Holt toured the harbour. The Maine senator said the fisheries bill would pass.';
    const { names } = resolve(text, [['The Maine senator']]);
    assert.deepEqual(names, ['Maine senator']);
  });

  it('prefers a holder of the same title with the same qualifier', () => {
    const text = 'Ohio senator Ruth Gale spoke first. Texas senator Dan Pryor spoke next. The Ohio senator said the vote was close.';
    const { names } = resolve(text, [['The Ohio senator']]);
    assert.deepEqual(names, ['Ruth Gale']);
  });

  it('does not take a name that only modifies the head for the speaker', () => {
    const text = 'Dana Ross held a rally. The Ross campaign said turnout was high. A Ross supporter said the same.';
    const { names, speakers } = resolve(text, [['The Ross campaign'], ['A Ross supporter']]);
    assert.deepEqual(names, ['Ross campaign', 'Ross supporter']);
    assert.equal(speakerNamed(speakers, 'Ross campaign').kind, 'organization');
  });

  it('reads a full name whose surname is also a given name', () => {
    const text = 'Chris Christie spoke in Trenton. He said the budget was balanced.';
    const { names } = resolve(text, [['He']]);
    assert.deepEqual(names, ['Chris Christie']);
  });

  it('resolves a lone given name to the one person who has it', () => {
    const text = 'Melanie Price watched the debate at home. "He is right," Melanie said.';
    const { names } = resolve(text, [['Melanie']]);
    assert.deepEqual(names, ['Melanie Price']);
  });

  it('reads a source cut inside a name as the whole name', () => {
    const text = 'The offer stands, Oleksandr Marchuk said.';
    const start = text.indexOf('Oleksandr');
    const { speakers, resolved } = resolveSpeakers(text, [{ type: 'indirect', parts: [{ start: 0, end: 15 }], source: { start, end: start + 'Oleksandr'.length } }]);
    assert.equal(speakers.find((s) => s.id === resolved[0]?.speakerId)?.name, 'Oleksandr Marchuk');
  });

  it('follows a chain of pronouns rather than the nearest name', () => {
    const text = 'Tom Barker opened the session. Though he did not name Ian Doyle or Sam Reid, he said rivals should step aside.';
    const second = text.lastIndexOf('he said');
    const { names } = resolve(text, [['he', second]]);
    assert.deepEqual(names, ['Tom Barker']);
  });

  it('does not take a name inside the attributed words for the pronoun that attributes them', () => {
    const text = 'Ada Flint spoke after lunch. I think Mary Cole is wrong, she said.';
    const quote = text.indexOf('I think');
    const source = text.indexOf('she said');
    const { speakers, resolved } = resolveSpeakers(text, [{ type: 'indirect', parts: [{ start: quote, end: source - 2 }], source: { start: source, end: source + 3 } }]);
    assert.equal(speakers.find((s) => s.id === resolved[0]?.speakerId)?.name, 'Ada Flint');
  });

  it('reads a lone capitalised common word that speaks as a surname', () => {
    const text = 'Hunter told the paper on Wednesday that he would vote for the bill. He said it was overdue.';
    const { names, speakers } = resolve(text, [['Hunter'], ['He', 60]]);
    assert.deepEqual(names, ['Hunter', 'Hunter']);
    assert.equal(speakerNamed(speakers, 'Hunter').kind, 'person');
  });

  it('reads a source phrase of a name with its own appositive as that person', () => {
    const text = 'Rep. Nora Quist (D-Ore.), chair of the transport committee, said the bridge money was safe.';
    const { names, mentions, speakers } = resolve(text, [['Rep. Nora Quist (D-Ore.), chair of the transport committee']]);
    assert.deepEqual(names, ['Nora Quist']);
    assert.deepEqual(mentions, ['Rep. Nora Quist']);
    assert.deepEqual(speakerNamed(speakers, 'Nora Quist').roles.map((r) => r.text), ['chair of the transport committee']);
  });

  it('reads a surname that is also a colour or common word after a given name', () => {
    const text = 'A spokeswoman, Anna Richardson White, said the tool was new. It had never been used, she said.';
    const { names } = resolve(text, [['she', 60]]);
    assert.deepEqual(names, ['Anna Richardson White']);
  });

  it('reads a named organisation whose name ends in a plural noun as an organisation, not a group', () => {
    const text = 'The United Nations said the convoy had been stopped.';
    const { speakers, names } = resolve(text, [['The United Nations']]);
    assert.deepEqual(names, ['United Nations']);
    assert.equal(speakers[0].kind, 'organization');
  });

  it('gives a possessive name only the title printed right before it', () => {
    const text = 'Eva Lind, deputy head of Polish President Jan Nowak’s office, said talks would resume.';
    const { speakers } = resolve(text, [['Eva Lind']]);
    assert.deepEqual(speakerNamed(speakers, 'Jan Nowak').roles.map((r) => r.text), ['Polish President']);
    assert.deepEqual(speakerNamed(speakers, 'Eva Lind').roles.map((r) => r.text), ['deputy head of Polish President Jan Nowak’s office']);
  });

  it('keeps an "of" tail in an organisation’s name', () => {
    const text = 'The Department of Fisheries said stocks had recovered.';
    const { names } = resolve(text, [['The Department of Fisheries']]);
    assert.deepEqual(names, ['Department of Fisheries']);
  });

  it('does not take capitalised words the article also prints in lower case for a person', () => {
    const text = 'Tom Park chaired the hearing. Debate on Minimum Wage lasted hours before the minimum wage vote. He said the bill would pass.';
    const { names, speakers } = resolve(text, [['He']]);
    assert.deepEqual(names, ['Tom Park']);
    assert.ok(!speakers.some((s) => s.name.includes('Wage')));
  });

  it('does not take a street named in the article for a person', () => {
    const text = 'The council approved a cycle lane on Harbour Road and a crossing on Bank Street. Mira Okafor said the plan was safe.';
    const { speakers, names } = resolve(text, [['Mira Okafor']]);
    assert.deepEqual(names, ['Mira Okafor']);
    assert.deepEqual(speakers.map((s) => s.name), ['Mira Okafor']);
  });
});
