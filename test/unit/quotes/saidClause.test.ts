import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyze';
import { found } from './quotesFound';

describe('clauses reported by verbs of saying that the strict clause test misses', () => {
  it('reads a clause behind a coordination inside its subject', () => {
    const quotes = found('Nora Quist, a spokeswoman for the trust, said the choice to refuse private and public grants had nothing to do with the audit.');
    assert.deepEqual(quotes, [{ text: 'the choice to refuse private and public grants had nothing to do with the audit', source: 'Nora Quist' }]);
  });

  it('reads a clause whose subject holds a currency sign', () => {
    const quotes = found('The ledger said her $2.1 billion fortune was being written down to nothing.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'her $2.1 billion fortune was being written down to nothing');
  });

  it('reads a clause after a title abbreviation inside the subject', () => {
    const quotes = found('Her aides said the benefit of sending Mr. Harlan, above all in the autumn, would outweigh the risks.');
    assert.equal(quotes.length, 1);
    assert.match(quotes[0].text, /^the benefit of sending Mr\. Harlan/);
    assert.equal(quotes[0].source, 'Her aides');
  });

  it('finds "that" after an addressee the lexicon reads as a verb', () => {
    const quotes = found('The former judge Ana Ruiz told delegates at the party congress that the new rules should bar the treasurer.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the new rules should bar the treasurer');
    assert.equal(quotes[0].source, 'Ana Ruiz');
  });

  it('does not read an object of "say" as a clause', () => {
    assert.deepEqual(found('He said no to the second bridge.'), []);
  });

  it('takes a name with its party and state in parentheses as the inverted source', () => {
    const quotes = found('The vote failed.\n\n“It is the first crack in the wall of the lobby,” said Sen. Ana Ruiz (D-Ore.), who has pressed for a vote.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].source, 'Sen. Ana Ruiz');
  });

  it('keeps the speaker of a quotation after a question put to them', () => {
    const quotes = found('“It was a pleasant evening,” the casino owner told the paper when asked if she had met the minister. “He was charming.”');
    const charming = quotes.find((quote) => quote.text.startsWith('He was charming'));
    assert.ok(charming, 'the second quotation is found');
    assert.equal(charming.source, 'the casino owner');
  });
});

describe('what follows an inverted source', () => {
  it('reads an appositive with an infinitive as description, not more of the quotation', () => {
    const quotes = found('“We should drop the levy entirely,” said Sen. Ana Ruiz of Oregon, the only senator to back the plan. “Many fishermen feel the same way.”');
    assert.deepEqual(quotes.map((quote) => quote.text), ['We should drop the levy entirely,', 'Many fishermen feel the same way.']);
  });
});

describe('a short quotation after an attributed one', () => {
  it('is the same speaker going on when it is a sentence of its own', () => {
    const quotes = found('“It is hard on our budget,” Ortega said. “Very hard.”');
    assert.deepEqual(quotes, [{ text: 'It is hard on our budget,', source: 'Ortega' }, { text: 'Very hard.', source: 'Ortega' }]);
  });

  it('stays a scare quote inside a sentence', () => {
    assert.deepEqual(found('“It is hard on our budget,” Ortega said of the so-called “reform.”').length, 1);
  });
});

describe('quotations signed with a name after a dash', () => {
  it('gives each paragraph’s quotation to the name that signs it', () => {
    const quotes = found('“We could put a fence around the whole harbour.” ― Tomas Herrera\n\n“He keeps saying the same hateful things.” ― Carla Mendes');
    assert.deepEqual(quotes, [
      { text: 'We could put a fence around the whole harbour.', source: 'Tomas Herrera' },
      { text: 'He keeps saying the same hateful things.', source: 'Carla Mendes' },
    ]);
  });

  it('does not read a dash inside a sentence as a signature', () => {
    const quotes = found('He said the end was near — Carla Mendes disagreed.');
    assert.ok(quotes.every((quote) => quote.source !== 'Carla Mendes'));
  });
});

describe('a subject described by a participle', () => {
  it('is the noun the participle describes, not the participle’s object', () => {
    const quotes = found('Strikers marching through the square chanted "Not one step back!" all night.');
    assert.equal(quotes[0].source, 'Strikers marching through the square');
  });
});

describe('role words that rename a person already named', () => {
  it('takes "the attorney" for the person the article calls a lawyer', () => {
    const analysis = analyzeArticle('Sara Klein, the family’s lawyer, filed the motion. The attorney added: "This case should never have been brought."');
    const quote = analysis.quotes[0];
    assert.equal(analysis.speakers.find((speaker) => speaker.id === quote.speakerId)?.name, 'Sara Klein');
  });

  it('takes "the rep" for the person the article calls her publicist', () => {
    const analysis = analyzeArticle('Nils Aalto, her publicist, confirmed the news.\n\nThe rep said she would return to work in May.');
    const quote = analysis.quotes[0];
    assert.equal(analysis.speakers.find((speaker) => speaker.id === quote.speakerId)?.name, 'Nils Aalto');
  });
});

describe('a refusal to speak', () => {
  it('reports no statement by default', () => {
    assert.deepEqual(found('The spokesman declined to comment. She refused to elaborate on the plan.'), []);
  });

  it('is an attribution in the scope of attitudes, as PolNeAR annotates it', () => {
    assert.equal(analyzeArticle('The spokesman declined to say whether the report was true.', { attitudes: true }).quotes.length, 1);
  });
});

describe('an unnamed role named again', () => {
  it('is one speaker: "a spokesperson for the actress" … "the spokesperson"', () => {
    const analysis = analyzeArticle('Moen entered the clinic on Tuesday, a spokesperson for the singer said. The spokesperson asked the public to respect her privacy.');
    assert.equal(analysis.quotes.length, 2);
    assert.equal(analysis.quotes[0].speakerId, analysis.quotes[1].speakerId);
  });

  it('is one speaker: "her rep" … "the rep"', () => {
    const analysis = analyzeArticle('Lise Moen has cancelled her tour, her rep said on Monday. "She asks for privacy," the rep said.');
    assert.equal(analysis.quotes[0].speakerId, analysis.quotes[1].speakerId);
    assert.notEqual(analysis.speakers.find((speaker) => speaker.id === analysis.quotes[1].speakerId)?.name, 'Lise Moen');
  });
});

describe('a statement announced before its words', () => {
  it('gives the next paragraph’s quotation to whoever released the statement', () => {
    const quotes = found('Her agent Nils Aalto released a statement on Tuesday.\n\n"Thank you for your kind messages; please give her some room."');
    assert.deepEqual(quotes, [{ text: 'Thank you for your kind messages; please give her some room.', source: 'Nils Aalto' }]);
  });

  it('gives the next sentence’s quotation to them when it is nothing but the quotation', () => {
    const quotes = found('The ministry issued a brief statement. "Talks will resume in May."');
    assert.equal(quotes[0]?.source, 'ministry');
  });

  it('reports nothing when no quotation follows', () => {
    assert.deepEqual(found('The company issued a statement. Shares fell 4 percent.'), []);
  });
});

describe('titles in quotation marks near an attribution', () => {
  it('does not read "the TV show" as a cue', () => {
    const quotes = found('"It is too early to tell," said Berg, who now presents the TV show "Harbour Nights." "It depends on the economy."');
    assert.deepEqual(quotes.map((quote) => quote.source), ['Berg', 'Berg']);
  });

  it('keeps an appositive that ends with a quoted title out of the quotation', () => {
    const quotes = found('"It is too early to tell," said Mark Berg, a host on the show "Harbour Nights."');
    assert.deepEqual(quotes.map((quote) => quote.text), ['It is too early to tell,']);
  });
});

describe('a sentence that names who answers without a verb of saying content', () => {
  it('gives the quotation after "X agreed." to X, not to the speaker before', () => {
    const quotes = found('"Time is running out," said Craig Robinson, an editor.\n\nThe professor Dana Bystrom agreed. "Mainstream voters are running out of patience."');
    assert.deepEqual(quotes.map((quote) => quote.source), ['Craig Robinson', 'Dana Bystrom']);
  });
});

describe('an inverted source opened by a participle', () => {
  it('is read whole: "said retired neurosurgeon Ben Carson"', () => {
    assert.equal(found('"I am not going to call it a mistake," said retired neurosurgeon Ben Carson.')[0].source, 'Ben Carson');
  });
});

describe('"warned that"', () => {
  it('reports the clause after "that" (it was read as an addressee, "that cases")', () => {
    assert.deepEqual(found('Dr. Lena Ortiz, the province’s chief medical officer, warned that cases could rise.'), [{ text: 'cases could rise', source: 'Dr. Lena Ortiz' }]);
  });
});

describe('a subject with a relative clause', () => {
  it('is the noun with its clause, not the clause’s last noun', () => {
    assert.deepEqual(found('An official who spoke on condition of anonymity said the talks had stalled.'), [{ text: 'the talks had stalled', source: 'An official who spoke on condition of anonymity' }]);
  });

  it('reads "who asked not to be named" as how the source stays anonymous, not as a report', () => {
    assert.deepEqual(found('An aide who declined to be identified said the senator was tired.'), [{ text: 'the senator was tired', source: 'An aide who declined to be identified' }]);
  });

  it('names a role without the relative clause set off by commas', () => {
    const analysis = analyzeArticle('The mayor, who spoke to CBC News on Tuesday, said the city would appeal.');
    assert.equal(analysis.speakers.find((speaker) => speaker.id === analysis.quotes[0].speakerId)?.name, 'mayor');
  });
});

describe('a participle phrase before the source', () => {
  it('tells how the speaker spoke and is not content of a trailing attribution', () => {
    assert.ok(found('Talking to a local radio station, Nils Aalto, the singer’s representative confirms the news.').every((quote) => !quote.text.startsWith('Talking')));
  });
});

describe('more clauses after "said" that the lexicon hides', () => {
  it('reads a verb the lexicon does not know after a noun ("success depends on")', () => {
    assert.deepEqual(found('Market analysts said harbour traffic depends on weather.'), [{ text: 'harbour traffic depends on weather', source: 'Market analysts' }]);
  });

  it('reads an irregular past after a name ("Clinton put speed over security")', () => {
    assert.equal(found('A retired engineer said former Mayor Ana Ruiz put cost over safety.')[0]?.text, 'former Mayor Ana Ruiz put cost over safety');
  });

  it('skips a reflexive between the subject and the verb ("Ford itself said")', () => {
    assert.equal(found('The shipyard itself said the contract was signed.')[0]?.text, 'the contract was signed');
  });

  it('reads a participle with its agent as a description of the subject, not its name', () => {
    assert.equal(found('The organisers, led by union steward Petra Lund, told the crowd that they were not expecting a deal.')[0]?.source, 'The organisers');
  });
});

describe('sources and circumstances that hid a clause', () => {
  it('reads a name with an appositive between spaced hyphens', () => {
    assert.equal(found('Dana Ruiz - his sister and partner at the bakery - told the paper that the rent had doubled.')[0]?.source, 'Dana Ruiz');
  });

  it('finds "that" after a long circumstance of saying', () => {
    assert.equal(found('The harbour master said in one of a series of radio messages that the ferry was carrying fuel.')[0]?.text, 'the ferry was carrying fuel');
  });

  it('reads a plural after a modifier as the subject of "say"', () => {
    assert.equal(found('Many Republican lawmakers say the economy is weak.')[0]?.text, 'the economy is weak');
  });
});

describe('nouns that start with a verb of saying, and participles before a role', () => {
  it('does not read "think tank" as a cue', () => {
    assert.deepEqual(found('Lena Hart, a founder of the coastal think tank Blue Harbour, said the council had ignored the data.'), [{ text: 'the council had ignored the data', source: 'Lena Hart' }]);
  });

  it('reads an appositive opened by a participle ("ranking member of …")', () => {
    assert.equal(found('Rep. Ana Ruiz (D-Ore.), ranking member of the fisheries committee, said she backs the new quota.')[0]?.source, 'Rep. Ana Ruiz');
  });
});

describe('a clause whose verb follows a negation, and a long aside before the verb', () => {
  it('reads "never shut" as the verb of the reported clause', () => {
    assert.equal(found('Halvorsen said the night ferry never shut its doors.')[0]?.text, 'the night ferry never shut its doors');
  });

  it('skips a two-dozen-word circumstance between the subject and "said"', () => {
    const quotes = found('Port officials familiar with the inquiry, speaking without their names because the port board had not yet cleared them to talk about the case, said that the crane had failed twice before.');
    assert.equal(quotes[0]?.source, 'Port officials familiar with the inquiry');
  });
});

describe('a quotation after an aside and a colon', () => {
  it('belongs to the cue before the aside ("Kelly responded pointedly, with a smile: …")', () => {
    const quotes = found('"Prices went up when I was 30," he said.\n\nHanna responded pointedly, with a smile: "They went up when I was 20, too."');
    assert.equal(quotes[1]?.source, 'Hanna');
  });

  it('is not taken by a noun read as a cue before the real verb ("In one tweet Friday, Trump said: …")', () => {
    assert.deepEqual(found('In one tweet Friday, Vold said: "Did she vote?"'), [{ text: 'Did she vote?', source: 'Vold' }]);
  });
});

describe('a participle aside before the verb of saying', () => {
  it('does not lend the later verb’s "that" to the participle ("speaking at a rally …, warned that")', () => {
    assert.deepEqual(found('Vold, speaking at a rally in Tarrow, Ore., warned that Ruiz opposes the levy.'), [{ text: 'Ruiz opposes the levy', source: 'Vold' }]);
  });
});

describe('a trailing attribution after a question or a long circumstance', () => {
  it('keeps the name with its appositive after a quotation ending in a question mark', () => {
    assert.equal(found('"I am calling from the library. How are you today?" Moreno, a retired teacher from the valley school, said pleasantly into the phone.')[0]?.source, 'Moreno');
  });

  it('ends the attribution at a participle after it ("wrote in a statement explaining why …")', () => {
    const quotes = found('"Many sailors are worried this winter," Aalto wrote in a statement to the paper explaining why he is joining the strike, "but most agree on the cause."');
    assert.deepEqual(quotes.map((quote) => quote.source), ['Aalto', 'Aalto']);
  });
});

describe('a subject with a relative clause that holds commas', () => {
  it('is the name before ", who", not the last place of a list', () => {
    assert.equal(found('Okafor, who served in Ghana, Kenya and Peru, praised the envoy in an interview.')[0]?.source, 'Okafor');
    assert.equal(found('Mira Lind, who lost her shop in Bergen, Norway, in March 2019, said that the council had been slow.')[0]?.source, 'Mira Lind');
  });

  it('skips "this past week" between the subject and the verb', () => {
    assert.equal(found('Tomas Berg, the party chairman, this past week announced that a website would explain the rules.')[0]?.source, 'Tomas Berg');
  });
});

describe('more verbs of saying', () => {
  it('reads "groused", "scoffed" and "proclaimed" as cues', () => {
    assert.equal(found('On Monday, Vold groused to a crowd in Tarrow that the paper "never prints my side."')[0]?.source, 'Vold');
    assert.equal(found('"We lost," Ruiz scoffed.')[0]?.source, 'Ruiz');
  });

  it('reads "deemed" and "pronounced" with a quoted predicate', () => {
    assert.equal(found('The review panel deemed the bridge "safe for traffic."')[0]?.text, 'the bridge "safe for traffic."');
  });
});

describe('a relative clause opened by "who\'s"', () => {
  it('is read like one opened by "who"', () => {
    assert.equal(found('Tom Vold, who\'s thinking about running for mayor, said it was "unlikely" he would win.')[0]?.source, 'Tom Vold');
  });
});

describe('people named like companies or peoples', () => {
  it('reads a given name before a brand or a demonym as a person', () => {
    for (const text of ['"It is too early to tell," said Mark Cuban.', 'Michael Bloomberg said the race was over.', 'Vicente Fox said the wall would never be paid for.']) {
      const analysis = analyzeArticle(text);
      assert.equal(analysis.speakers.find((speaker) => speaker.id === analysis.quotes[0].speakerId)?.kind, 'person', text);
    }
  });

  it('keeps an outlet or a college an organization', () => {
    const analysis = analyzeArticle('Emerson College said its poll was accurate.');
    assert.notEqual(analysis.speakers.find((speaker) => speaker.id === analysis.quotes[0].speakerId)?.kind, 'person');
  });
});

describe('irregular pasts the lexicon lists as nouns', () => {
  it('reads "profits rose" and "the storm left" as reported clauses', () => {
    assert.equal(found('The company said profits rose sharply.')[0]?.text, 'profits rose sharply');
    assert.equal(found('Officials said the storm left 3,000 homes without power.')[0]?.text, 'the storm left 3,000 homes without power');
  });
});

describe('agencies named after their country', () => {
  it('reads "Statistics Canada" and "Environment Canada" as agencies, not the country or a person', () => {
    for (const text of ['Statistics Canada says the unemployment rate fell to 5.4 per cent.', 'Environment Canada is warning that snow could fall overnight.']) {
      const analysis = analyzeArticle(text);
      const speaker = analysis.speakers.find((s) => s.id === analysis.quotes[0].speakerId);
      assert.equal(speaker?.kind, 'organization', text);
      assert.match(speaker?.name ?? '', / Canada$/, text);
    }
  });
});

describe('a title joined to a prefix by a hyphen', () => {
  it('does not end the sentence at "then-Sen."', () => {
    assert.equal(found('He said the gap between the two and then-Sen. Ana Ruiz was narrower than it is now.')[0]?.text, 'the gap between the two and then-Sen. Ana Ruiz was narrower than it is now');
  });
});
