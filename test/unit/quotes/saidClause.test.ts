import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyze';

interface Found {
  text: string;
  source: string | null;
}

function found(text: string): Found[] {
  return analyzeArticle(text).quotes.map((quote) => ({
    text: quote.text,
    source: quote.speakerSpan ? text.slice(quote.speakerSpan.start, quote.speakerSpan.end) : null,
  }));
}

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
    assert.deepEqual(found('Three in ten voters said the same of the mayor.'), []);
    assert.deepEqual(found('He said no to the second bridge.'), []);
  });

  it('takes a name with its party and state in parentheses as the inverted source', () => {
    const quotes = found('The vote failed.\n\n“It is the first crack in the wall of the lobby,” said Sen. Ana Ruiz (D-Ore.), who has pressed for a vote.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].source, 'Sen. Ana Ruiz');
  });

  it('keeps the speaker of a quotation after a question put to them', () => {
    const quotes = found('“It was a pleasant evening,” the casino tycoon told the paper when asked if he had met the senator. “He was charming.”');
    const charming = quotes.find((quote) => quote.text.startsWith('He was charming'));
    assert.ok(charming, 'the second quotation is found');
    assert.equal(charming.source, 'the casino tycoon');
  });
});

describe('what follows an inverted source', () => {
  it('reads an appositive with an infinitive as description, not more of the quotation', () => {
    const quotes = found('“We should drop the rule entirely,” said Sen. Ana Ruiz of Oregon, the only senator to back the plan. “Many delegates feel the same way.”');
    assert.deepEqual(quotes.map((quote) => quote.text), ['We should drop the rule entirely,', 'Many delegates feel the same way.']);
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
    const quotes = found('“We could build a fence around the whole debate.” ― Tomas Herrera\n\n“He keeps saying the same hateful things.” ― Carla Mendes');
    assert.deepEqual(quotes, [
      { text: 'We could build a fence around the whole debate.', source: 'Tomas Herrera' },
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
    const analysis = analyzeArticle('Jack Ketsoyan, her publicist, confirmed the news.\n\nThe rep said she would return to work in May.');
    const quote = analysis.quotes[0];
    assert.equal(analysis.speakers.find((speaker) => speaker.id === quote.speakerId)?.name, 'Jack Ketsoyan');
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
    const analysis = analyzeArticle('Reid entered the clinic on Tuesday, a spokesperson for the actress said. The spokesperson asked the public to respect her privacy.');
    assert.equal(analysis.quotes.length, 2);
    assert.equal(analysis.quotes[0].speakerId, analysis.quotes[1].speakerId);
  });

  it('is one speaker: "her rep" … "the rep"', () => {
    const analysis = analyzeArticle('Tara Reid has checked into rehab, her rep said on Monday. "She asks for privacy," the rep said.');
    assert.equal(analysis.quotes[0].speakerId, analysis.quotes[1].speakerId);
    assert.notEqual(analysis.speakers.find((speaker) => speaker.id === analysis.quotes[1].speakerId)?.name, 'Tara Reid');
  });
});

describe('a statement announced before its words', () => {
  it('gives the next paragraph’s quotation to whoever released the statement', () => {
    const quotes = found('Her publicist Jack Ketsoyan released a statement on Tuesday.\n\n"We appreciate your concern and ask that you respect her privacy."');
    assert.deepEqual(quotes, [{ text: 'We appreciate your concern and ask that you respect her privacy.', source: 'Jack Ketsoyan' }]);
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
    const quotes = found('"It is too early to tell," said Cuban, who is also a host on the TV show "Shark Tank." "It depends on the economy."');
    assert.deepEqual(quotes.map((quote) => quote.source), ['Cuban', 'Cuban']);
  });

  it('keeps an appositive that ends with a quoted title out of the quotation', () => {
    const quotes = found('"It is too early to tell," said Mark Cuban, a host on the show "Shark Tank."');
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
    assert.ok(found('Talking to People magazine, Jack Ketsoyan, the actress’s representative confirms the news.').every((quote) => !quote.text.startsWith('Talking')));
  });
});

describe('more clauses after "said" that the lexicon hides', () => {
  it('reads a verb the lexicon does not know after a noun ("success depends on")', () => {
    assert.deepEqual(found('Digital experts said social media success depends on trust.'), [{ text: 'social media success depends on trust', source: 'Digital experts' }]);
  });

  it('reads an irregular past after a name ("Clinton put speed over security")', () => {
    assert.equal(found('A veteran diplomat said former Secretary Ana Ruiz put speed over security.')[0]?.text, 'former Secretary Ana Ruiz put speed over security');
  });

  it('skips a reflexive between the subject and the verb ("Ford itself said")', () => {
    assert.equal(found('The carmaker itself said the deal was on.')[0]?.text, 'the deal was on');
  });

  it('reads a participle with its agent as a description of the subject, not its name', () => {
    assert.equal(found('The aides, led by campaign manager Terry Sullivan, told the group that they were not expecting to win.')[0]?.source, 'The aides');
  });
});

describe('sources and circumstances that hid a clause', () => {
  it('reads a name with an appositive between spaced hyphens', () => {
    assert.equal(found('Dana Ruiz - his girlfriend and co-host on his channel - told the paper that his views turned extreme.')[0]?.source, 'Dana Ruiz');
  });

  it('finds "that" after a long circumstance of saying', () => {
    assert.equal(found('The former mayor said in one of a series of online messages that the truck was carrying arms.')[0]?.text, 'the truck was carrying arms');
  });

  it('reads a plural after a modifier as the subject of "say"', () => {
    assert.equal(found('Many Republican lawmakers say the economy is weak.')[0]?.text, 'the economy is weak');
  });
});

describe('nouns that start with a verb of saying, and participles before a role', () => {
  it('does not read "think tank" as a cue', () => {
    assert.deepEqual(found('Matt Kerr, a founder of the centrist think tank Third Way, said the senator had avoided the left.'), [{ text: 'the senator had avoided the left', source: 'Matt Kerr' }]);
  });

  it('reads an appositive opened by a participle ("ranking member of …")', () => {
    assert.equal(found('Rep. Ana Ruiz (D-Ore.), ranking member of the education committee, said she fully supports the compromise.')[0]?.source, 'Rep. Ana Ruiz');
  });
});

describe('a clause whose verb follows a negation, and a long aside before the verb', () => {
  it('reads "never shut" as the verb of the reported clause', () => {
    assert.equal(found('Galvin said the polling place never shut its doors.')[0]?.text, 'the polling place never shut its doors');
  });

  it('skips a two-dozen-word circumstance between the subject and "said"', () => {
    const quotes = found('Federal officials familiar with the server, speaking on the condition of anonymity because they were not authorized to discuss the case, said that it did appear to have some protection.');
    assert.equal(quotes[0]?.source, 'Federal officials familiar with the server');
  });
});

describe('a quotation after an aside and a colon', () => {
  it('belongs to the cue before the aside ("Kelly responded pointedly, with a smile: …")', () => {
    const quotes = found('"People are bullied when they are 55," he said.\n\nKelly responded pointedly, with a smile: "It can happen when you are 45."');
    assert.equal(quotes[1]?.source, 'Kelly');
  });

  it('is not taken by a noun read as a cue before the real verb ("In one tweet Friday, Trump said: …")', () => {
    assert.deepEqual(found('In one tweet Friday, Trump said: "Did she help?"'), [{ text: 'Did she help?', source: 'Trump' }]);
  });
});

describe('a participle aside before the verb of saying', () => {
  it('does not lend the later verb’s "that" to the participle ("speaking at a rally …, warned that")', () => {
    assert.deepEqual(found('Trump, speaking at a rally in Wilmington, N.C., warned that Clinton opposes the amendment.'), [{ text: 'Clinton opposes the amendment', source: 'Trump' }]);
  });
});

describe('a trailing attribution after a question or a long circumstance', () => {
  it('keeps the name with its appositive after a quotation ending in a question mark', () => {
    assert.equal(found('"I am calling from the campaign. How are you today?" Miller, a retired worker from a nuclear plant, said pleasantly into the phone.')[0]?.source, 'Miller');
  });

  it('ends the attribution at a participle after it ("wrote in a statement explaining why …")', () => {
    const quotes = found('"Many people are uncertain this year," Thiel wrote in a statement to the magazine explaining why he is speaking at the convention, "but most agree on the problem."');
    assert.deepEqual(quotes.map((quote) => quote.source), ['Thiel', 'Thiel']);
  });
});

describe('a subject with a relative clause that holds commas', () => {
  it('is the name before ", who", not the last place of a list', () => {
    assert.equal(found('Westmacott, who served in Iran, Turkey and France, praised the president in an interview.')[0]?.source, 'Westmacott');
    assert.equal(found('Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said that the senator had been rude.')[0]?.source, 'Sandy Phillips');
  });

  it('skips "this past week" between the subject and the verb', () => {
    assert.equal(found('Reince Priebus, the party chairman, this past week announced that a website would explain the process.')[0]?.source, 'Reince Priebus');
  });
});

describe('more verbs of saying', () => {
  it('reads "groused", "scoffed" and "proclaimed" as cues', () => {
    assert.equal(found('On Monday, Vold groused to a crowd in Tarrow that the paper "does not treat me properly."')[0]?.source, 'Vold');
    assert.equal(found('"We lost," Ruiz scoffed.')[0]?.source, 'Ruiz');
  });

  it('reads "deemed" and "pronounced" with a quoted predicate', () => {
    assert.equal(found('The bar association deemed him "well qualified."')[0]?.text, 'him "well qualified."');
  });
});

describe('a relative clause opened by "who\'s"', () => {
  it('is read like one opened by "who"', () => {
    assert.equal(found('Tom Vold, who\'s thinking about running for mayor, said it was "impossible" for him to win.')[0]?.source, 'Tom Vold');
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
    assert.equal(found('He said the distance between the two and then-Sen. Barack Obama was narrower than it is now.')[0]?.text, 'the distance between the two and then-Sen. Barack Obama was narrower than it is now');
  });
});
