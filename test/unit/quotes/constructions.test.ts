import { strict as assert } from 'node:assert';
import { analyzeArticle, type AnalysisOptions } from '../../../src/core/analyze';

interface Found {
  type: string;
  text: string;
  source: string | null;
  lemma: string | null;
}

function found(text: string, options: AnalysisOptions = {}): Found[] {
  return analyzeArticle(text, options).quotes.map((quote) => ({
    type: quote.type,
    text: quote.text,
    source: quote.speakerSpan ? text.slice(quote.speakerSpan.start, quote.speakerSpan.end) : null,
    lemma: quote.cue ? quote.cue.lemma : null,
  }));
}

describe('reported clauses whose verb the lexicon reads as a noun', () => {
  it('takes an -s verb after a singular noun as the clause verb', () => {
    const quotes = found('The engineer said the new pump works.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the new pump works');
  });

  it('takes a bare verb after a plural noun as the clause verb', () => {
    const quotes = found('The coach said his players feel the same pressure.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'his players feel the same pressure');
  });

  it('skips a month as an adjunct before "that"', () => {
    const quotes = found('The treasurer said in October that the fund had run dry.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the fund had run dry');
  });
});

describe('stances with an explicit complement (on request)', () => {
  const attitudes = { attitudes: true };

  it('are left out by default: the product reports speech', () => {
    assert.equal(found('The union wants to reopen the contract talks.').length, 0);
    assert.equal(found('Two council members backed the zoning change on Monday.').length, 0);
    assert.equal(found('The mayor announced new parking fees.').length, 0);
  });

  it('reports an aim with an infinitive', () => {
    const quotes = found('The union wants to reopen the contract talks.', attitudes);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'to reopen the contract talks');
    assert.equal(quotes[0].lemma, 'want');
    assert.ok(quotes[0].source?.includes('union'));
  });

  it('reports a side taken with its object', () => {
    const quotes = found('Two council members backed the zoning change on Monday.', attitudes);
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].text.startsWith('the zoning change'));
    assert.equal(quotes[0].lemma, 'back');
  });

  it('reports a view with "as"', () => {
    const quotes = found('Local farmers see the new levy as a burden on small growers.', attitudes);
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].text.startsWith('the new levy as a burden'));
  });

  it('does not read a particle or a noun as a stance', () => {
    assert.equal(found('The factory will scale back its night shifts.', attitudes).length, 0);
    assert.equal(found('The mayor won broad support from the council.', attitudes).length, 0);
  });

  it('reads a plain noun object after announce as a stance, a clause as speech', () => {
    assert.equal(found('The mayor announced new parking fees.', attitudes)[0].text, 'new parking fees');
    assert.equal(found('The mayor announced that parking fees would rise.')[0].text, 'parking fees would rise');
  });

  it('reads a stance taken through a particle', () => {
    const quotes = found('Local growers pushed for a lower water tariff.', attitudes);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].lemma, 'push for');
    assert.equal(quotes[0].text, 'a lower water tariff');
  });

  it('keeps "welcomed that …" speech and "welcoming the plan" a stance', () => {
    assert.equal(found('The minister welcomed that the strike had ended.')[0].text, 'the strike had ended');
    assert.equal(found('Welcoming the new budget, the mayor said the city would hire nurses.').length, 1);
    assert.equal(found('Welcoming the new budget, the mayor said the city would hire nurses.', attitudes).length, 2);
  });

  it('does not end a reported clause at a coordinated stance verb', () => {
    const quotes = found('The paper said the deal would end if the city raises taxes and accepts limits on spending.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the deal would end if the city raises taxes and accepts limits on spending');
  });

  it('reads a noun before a relative clause as a noun, not a cue', () => {
    assert.equal(found('Voters in Western states that have held caucuses backed him.').length, 0);
  });

  it('keeps a stance inside reported speech part of that speech', () => {
    const quotes = found('The minister said the government intends to raise the pension age.', attitudes);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].lemma, 'say');
    assert.equal(quotes[0].text, 'the government intends to raise the pension age');
  });
});

describe('a cue broken by a line break', () => {
  it('joins a known cue split over two lines', () => {
    const text = 'The council prom\nised it would repair the bridge.';
    const quotes = found(text);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].lemma, 'promise');
    assert.equal(quotes[0].text, 'it would repair the bridge');
  });

  it('keeps two words apart when the joined form is no cue', () => {
    const quotes = found('The council said the bridge\nwould reopen in May.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the bridge\nwould reopen in May');
  });
});

describe('an "as"-clause after the reported clause', () => {
  it('leaves out the writer\'s circumstance', () => {
    const quotes = found('Officials have suggested that the talks are making progress as the army continues to shell the city.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the talks are making progress');
  });

  it('keeps "as" with a pronoun subject and "as long as" inside the clause', () => {
    assert.equal(found('She said prices will rise as they always do.')[0].text, 'prices will rise as they always do');
    assert.equal(found('He said they would stay as long as the school needs them.')[0].text, 'they would stay as long as the school needs them');
  });
});

describe('circumstances between a subject and its reporting verb', () => {
  it('skips a prepositional phrase with a comma inside', () => {
    const quotes = found('Garcia, during a hearing in Dayton, Ohio, said the budget was balanced.');
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].source?.includes('Garcia'));
    assert.equal(quotes[0].text, 'the budget was balanced');
  });

  it('skips a participle phrase', () => {
    const quotes = found('The senator, speaking on local radio, said the vote would be close.');
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].source?.includes('senator'));
  });

  it('skips "however" before the verb', () => {
    const quotes = found('Nakamura however said the plant would stay open.');
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].source?.includes('Nakamura'));
  });
});

describe('cue clauses set off before what they report', () => {
  it('reads "As X reported, CLAUSE"', () => {
    const quotes = found('As the weekly paper first reported, the council sold the land in 2019.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the council sold the land in 2019');
    assert.ok(quotes[0].source?.includes('paper'));
  });

  it('reads a cue between commas after a conjunction', () => {
    const quotes = found('And, Ortega told the crowd, she has never lost a vote in this county.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'she has never lost a vote in this county');
  });

  it('drops a closing bracket the content did not open', () => {
    const quotes = found('(As the weekly paper first reported, the council sold the land in 2019.)');
    assert.equal(quotes[0].text, 'the council sold the land in 2019');
  });
});

describe('more cue shapes', () => {
  it('reads "continue to believe that …" with its subject', () => {
    const quotes = found('Teachers continue to believe that smaller classes help.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'smaller classes help');
    assert.ok(quotes[0].source?.includes('Teachers'));
  });

  it('takes a pronoun and its verb as the clause of a that-only cue', () => {
    const quotes = found('On Monday, the museum announced it had closed its east wing.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'it had closed its east wing');
  });

  it('reads "another" as a source', () => {
    const quotes = found('One survey says rents fell, while another says they rose.');
    assert.equal(quotes.length, 2);
    assert.equal(quotes[1].source, 'another');
  });
});

describe('agentless and nominal attitudes (on request)', () => {
  const attitudes = { attitudes: true };

  it('reads "X appears to …" as the whole clause, with nobody named', () => {
    const quotes = found('The new mayor appears to have the council on her side.', attitudes);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'The new mayor appears to have the council on her side');
    assert.equal(quotes[0].source, null);
  });

  it('reads "X is expected to …" and leaves "appeared on television" alone', () => {
    assert.equal(found('The final report is expected to show higher costs.', attitudes)[0].text, 'The final report is expected to show higher costs');
    assert.equal(found('The governor appeared on local television on Sunday.', attitudes).length, 0);
  });

  it('reads how someone is regarded', () => {
    const quotes = found('The senator is widely seen as the favourite for the post.', attitudes);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the favourite for the post');
  });

  it('reads a noun of attitude with its holder', () => {
    const quotes = found("The union's concerns about the new rota were ignored.", attitudes);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the new rota');
    assert.ok(quotes[0].source?.includes('union'));
    const raised = found('Parents raised questions about the school budget.', attitudes);
    assert.equal(raised.length, 1);
    assert.ok(raised[0].source?.includes('Parents'));
  });

  it('leaves all of these out by default', () => {
    assert.equal(found('The new mayor appears to have the council on her side.').length, 0);
    assert.equal(found("The union's concerns about the new rota were ignored.").length, 0);
  });
});

describe('survey figures and coordinated reports', () => {
  it('reads a percentage as the source', () => {
    const quotes = found('Among parents, 42% say they trust the council.');
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].source?.startsWith('42'));
    assert.equal(quotes[0].text, 'they trust the council');
  });

  it('ends a report before ", while N percent say …"', () => {
    const quotes = found('Most parents say the school is safe, while only 30 percent of teachers say it is.');
    assert.equal(quotes.length, 2);
    assert.equal(quotes[0].text, 'the school is safe');
    assert.ok(quotes[1].source?.includes('30 percent'));
  });

  it('skips "Wednesday morning" after a trailing cue', () => {
    const quotes = found('The bridge will stay closed until June, she said Wednesday morning on local radio.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'The bridge will stay closed until June');
  });

  it('reads a stance participle after a noun as that noun\'s stance (on request)', () => {
    const quotes = found('A group supporting the new stadium spent heavily.', { attitudes: true });
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].text.startsWith('the new stadium'));
    assert.ok(quotes[0].source?.includes('group'));
  });
});

describe('boundaries around trailing and gerund cues', () => {
  it('ends a clause before ", adding" when the comma is inside a quotation', () => {
    const quotes = found('The coach told reporters that the team was “tired but proud,” adding, “We will be back.”');
    assert.equal(quotes.length, 2);
    assert.equal(quotes[0].text, 'the team was “tired but proud,”');
    assert.equal(quotes[1].text, 'We will be back.');
  });

  it('does not take "when asked …" after a trailing cue as more of the quotation', () => {
    const quotes = found('“It was a fair result,” the coach told the radio station when asked about the referee.');
    assert.ok(quotes.every((quote) => !quote.text.startsWith('when asked')));
    assert.equal(quotes[0].text, 'It was a fair result,');
  });

  it('reads no speaker into a headline label with an article or a poll', () => {
    assert.equal(found('The Latest: Council votes to close the pool.').length, 0);
    assert.equal(found('City Poll: Most residents back the new park.').length, 0);
    assert.equal(found('Garcia: The budget is balanced.').length, 1);
  });
});

describe('hearsay and impersonal appearance (on request)', () => {
  it('reads "X reportedly …" as a clause with nobody named', () => {
    const quotes = found('The mayor reportedly asked staff to delay the vote.', { attitudes: true });
    assert.equal(quotes[0].text, 'The mayor reportedly asked staff to delay the vote');
    assert.equal(quotes[0].source, null);
  });

  it('reads "it seems likely …" from the verb on', () => {
    const quotes = found('It seems likely the plan will pass.', { attitudes: true });
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'likely the plan will pass');
  });
});

describe('the speech event after the content', () => {
  it('leaves "in an interview with …" out of the reported clause', () => {
    assert.equal(found('The mayor said the plan would work in an interview with a local paper.')[0].text, 'the plan would work');
  });

  it('keeps other prepositional phrases', () => {
    assert.equal(found('The mayor said the plan would work in every district.')[0].text, 'the plan would work in every district');
  });
});

describe('trailing cues need content of their own', () => {
  it('does not take a fronted adverbial for the content', () => {
    const quotes = found("At day's end, however, the mayor said she would stay.");
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'she would stay');
  });
});

describe('more source and adjunct shapes', () => {
  it('reads "a person close to her" as the source', () => {
    const quotes = found('A person close to her said the senator would run again.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].source, 'A person close to her');
  });

  it('skips "said of X," before the quotation', () => {
    const quotes = found('Her coach said of the striker, "She never stops working."');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'She never stops working.');
    assert.equal(quotes[0].lemma, 'say');
  });

  it('leaves a leading "But" out of the content', () => {
    const quotes = found('But the council must act quickly, the report warned.');
    assert.equal(quotes[0].text, 'the council must act quickly');
  });
});

describe('circumstances between a cue and "that"', () => {
  it('reaches "that" across a duration and places', () => {
    const quotes = found('She has been saying for six years in every town hall that rents are too high.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'rents are too high');
  });

  it('reads "went on to say that …"', () => {
    const quotes = found('The chair went on to say that the budget would be cut.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].lemma, 'say');
    assert.equal(quotes[0].text, 'the budget would be cut');
  });

  it('reads a noun-like cue after a plural subject as a verb', () => {
    const quotes = found('Surveys show younger voters could decide the race.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'younger voters could decide the race');
  });
});

describe('multi-word cues and gerund objects', () => {
  it('reads "made it clear" with a pronoun clause', () => {
    const quotes = found('The nurses made it clear they would not accept the offer.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].lemma, 'make it clear');
    assert.equal(quotes[0].text, 'they would not accept the offer');
  });

  it('reads a gerund object of a stance (on request)', () => {
    const quotes = found('Okafor supports raising the school leaving age.', { attitudes: true });
    assert.equal(quotes[0].text, 'raising the school leaving age');
  });
});

describe('labels that name no speaker', () => {
  it('ignores tallies, rolls of names and phrases with a verb', () => {
    assert.equal(found('Okafor: 1,204.').length, 0);
    assert.equal(found('Ohio: Ann Lee, Bo Park, Cy Diaz, Di Moss.').length, 0);
    assert.equal(found('Parents seem to agree: the new timetable works.').length, 0);
    assert.equal(found('At issue: a plan to close two schools.').length, 0);
    assert.equal(found('Okafor: We will reopen the library.').length, 1);
  });
});

describe('aspect verbs and titled adjuncts', () => {
  it('reads "tend to favor" (on request) and "began to argue that …"', () => {
    assert.equal(found('Farmers tend to favor the new tariffs.', { attitudes: true })[0].lemma, 'favor');
    const quotes = found('The lawyers began to argue that the contract was void.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the contract was void');
  });

  it('reaches "that" across a programme title in quotation marks', () => {
    const quotes = found('The senator said on "Morning Report" that the bill would pass.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the bill would pass');
  });

  it('keeps a fronted adverbial with the rest of its clause around the cue', () => {
    const quotes = found('In a merger, she said, the brand would survive.');
    assert.ok(quotes.some((quote) => quote.text === 'the brand would survive'));
  });
});

describe('predicates and "as"', () => {
  it('keeps "as President of …" inside the reported clause', () => {
    assert.equal(found('Garcia says Lee is not fit to serve as Mayor of the City.')[0].text, 'Lee is not fit to serve as Mayor of the City');
  });

  it('reads "see X as Y" with a longer object (on request)', () => {
    const quotes = found('Most residents see noise from the airport as a problem.', { attitudes: true });
    assert.equal(quotes[0].text, 'noise from the airport as a problem');
  });

  it('reads "those surveyed" as a source', () => {
    const quotes = found('By a wide margin, those surveyed said the park should stay open.');
    assert.equal(quotes[0].source, 'those surveyed');
  });
});

describe('"according to" after other attributions', () => {
  it('does not take a circumstance of a trailing cue for content', () => {
    const quotes = found('“We will rebuild,” the mayor said at a rally, according to a city press release.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'We will rebuild,');
  });

  it('leaves a wire dateline out of the content', () => {
    const quotes = found('DAYTON (AP) — The county has sold its landfill, according to public filings.');
    assert.equal(quotes[0].text, 'The county has sold its landfill');
  });

  it('starts a later content after an "As X reported," aside', () => {
    const quotes = found('As the weekly paper reported, the council sold the land, according to court records.');
    assert.equal(quotes.length, 2);
    assert.ok(quotes.every((quote) => quote.text === 'the council sold the land'));
  });
});

describe('clauses the lexicon hides', () => {
  it('reads a past form listed as an adjective as the verb before an object', () => {
    const quotes = found('The organizer said the new rules increased the risk of delays.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the new rules increased the risk of delays');
  });

  it('reads "more than N …" as a clause subject', () => {
    const quotes = found('Aides said more than 300 volunteers joined the campaign.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'more than 300 volunteers joined the campaign');
  });
});

describe('long appositives before a cue', () => {
  it('reads a source with a long "which" clause', () => {
    const quotes = found('The city council, which has been criticised for months over its handling of the flood relief money, said that the fund was empty.');
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].source?.includes('council'));
    assert.equal(quotes[0].text, 'the fund was empty');
  });

  it('keeps the complementizer out of a relayed source', () => {
    const quotes = found('The council said that the audit found no fraud.');
    assert.equal(quotes.length, 2);
    assert.equal(quotes[1].source, 'the audit');
  });
});

describe('nouns that look like cues', () => {
  it('reads "radio show" and "found himself" as no report', () => {
    assert.equal(found('The radio show Scandal aired an episode about the vote.').length, 0);
    assert.equal(found('By noon the mayor found himself in an awkward position.').length, 0);
    assert.equal(found('The data show rents fell last year.').length, 1);
  });
});

describe('one-word answers', () => {
  it('reads "Sorry, X said." as a report', () => {
    const quotes = found('They asked for a second debate. Sorry, the mayor said.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'Sorry');
  });
});

describe('coordinated cues inherit the outer speaker', () => {
  it('skips an attribution nested in the first content', () => {
    const quotes = found("The minister welcomed that the union had set out its demands for a pay rise, but noted that no deal was close.");
    const noted = quotes.find((quote) => quote.lemma === 'note');
    assert.ok(noted?.source?.includes('minister'), `source ${noted?.source}`);
  });
});

describe('clause words the lexicon misreads', () => {
  it('reads a past form listed as an adjective as the clause verb after its subject', () => {
    const quotes = found('The inspector said the old dam failed.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the old dam failed');
    assert.equal(found('She said the candidate lost in every county.')[0]?.text, 'the candidate lost in every county');
  });

  it('keeps a past form before a noun inside the phrase', () => {
    const quotes = found('The coach said the failed pass was a costly mistake.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the failed pass was a costly mistake');
  });

  it('keeps a thousands separator inside the number that opens a clause', () => {
    const quotes = found('The club says 4,210 members voted by mail.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, '4,210 members voted by mail');
  });
});

describe('appearance with a graded or participle predicate (on request)', () => {
  const attitudes = { attitudes: true };
  it('reads "seemed equally calm" and "appeared headed for" as the whole clause', () => {
    assert.equal(found('His neighbours seemed equally calm.', attitudes)[0]?.text, 'His neighbours seemed equally calm');
    assert.equal(found('The rival party appeared headed for a bitter contest.', attitudes)[0]?.text, 'The rival party appeared headed for a bitter contest');
  });

  it('leaves "appeared briefly at" alone', () => {
    assert.equal(found('The senator appeared briefly at the fair.', attitudes).length, 0);
  });
});

describe('a coordinated report after a pronoun subject', () => {
  it('gives "…, but said …" the pronoun that opens the sentence, whatever class the lexicon gives its verb', () => {
    const quotes = found('She cut her debt in half, but said she could not afford a house.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'she could not afford a house');
    assert.equal(quotes[0].source, 'She');
  });
});

describe('adjectives of conviction and willingness (on request)', () => {
  const attitudes = { attitudes: true };
  it('reads "are now more convinced that …" with the subject as holder and the clause as content', () => {
    const quotes = found('Several council members are now more convinced that the tunnel will be finished late.', attitudes);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the tunnel will be finished late');
    assert.equal(quotes[0].source, 'Several council members');
  });

  it('reads "was eager to …" and "are opposed to NP", not "is sure to win" nor the product scope', () => {
    assert.equal(found('The new coach was eager to prove his critics wrong.', attitudes)[0]?.text, 'to prove his critics wrong');
    assert.equal(found('Most farmers are opposed to the new water levy.', attitudes)[0]?.text, 'the new water levy');
    assert.equal(found('The champion is sure to win the title.', attitudes).length, 0);
    assert.equal(found('Most farmers are opposed to the new water levy.').length, 0);
  });
});

describe('stances inside reported speech', () => {
  it('keeps a noun or adjective of stance inside someone\'s speech as part of that speech', () => {
    const quotes = found('The engineer said he was convinced that the bridge would hold.', { attitudes: true });
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].lemma, 'say');
    const nominal = found('The mayor said voters share her concern that the budget will fail.', { attitudes: true });
    assert.equal(nominal.length, 1);
    assert.equal(nominal[0].lemma, 'say');
  });
});

describe('reports inside reported content in the scope of every attribution', () => {
  it('keeps words relayed by "said" as their own attribution and the other cues as part of the outer content', () => {
    const relayed = found('The paper reported that the mayor said the bridge would reopen in May.', { attitudes: true });
    assert.deepEqual(relayed.map((q) => q.lemma), ['report', 'say']);
    const inner = found('The paper reported that the mayor asked the council to reopen the bridge.', { attitudes: true });
    assert.deepEqual(inner.map((q) => q.lemma), ['report']);
  });

  it('keeps relayed speech of every kind in the product scope', () => {
    const quotes = found('The paper reported that the mayor asked the council to reopen the bridge.');
    assert.deepEqual(quotes.map((q) => q.lemma), ['report', 'ask']);
  });
});

describe('quotations in CJK corner brackets', () => {
  it('attributes a quotation in corner brackets to the speaker of an English reporting verb', () => {
    const quotes = found('「We will rebuild the harbour bridge before the winter,」 Mayor Ines Calloway said on Tuesday.');
    assert.deepEqual(quotes.map((quote) => [quote.type, quote.text, quote.source, quote.lemma]), [
      ['direct', 'We will rebuild the harbour bridge before the winter,', 'Ines Calloway', 'say'],
    ]);
  });
});
