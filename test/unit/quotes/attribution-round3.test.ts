import { strict as assert } from 'node:assert';
import { found } from './quotesFound';

describe('words after the comma that closes an attribution', () => {
  it('describe a name that follows its cue: an article, a title or a relative clause', () => {
    assert.deepEqual(found('"It renews the whole archive," said Pat Roe, chairman of Orchard Media Group.'), [{ text: 'It renews the whole archive,', source: 'Pat Roe' }]);
    assert.deepEqual(found('"The mill will turn again," said Ana Sarto, a spokeswoman for the group restoring the old mill.'), [{ text: 'The mill will turn again,', source: 'Ana Sarto' }]);
    assert.deepEqual(found('"The ferry pays for the harbour," said Cory Bell, a Green pollster who studied the port vote.'), [{ text: 'The ferry pays for the harbour,', source: 'Cory Bell' }]);
  });

  it('go on with the content as a clause of its own, after the name or after a pronoun subject', () => {
    const quotes = found('It was a rough week, said Ada Ruiz, and it will get worse.');
    assert.deepEqual(quotes.map((quote) => quote.text), ['It was a rough week', 'it will get worse']);
    const gerund = found('Though a few drivers may get a fine, she added, suspending their licences would go too far.');
    assert.deepEqual(gerund.map((quote) => quote.text), ['Though a few drivers may get a fine', 'suspending their licences would go too far']);
  });

  it('tell how the speaker spoke when a participle opens them', () => {
    assert.deepEqual(found('"It was a rough week," Ada Ruiz said Tuesday, drawing cheers from the hall.'), [{ text: 'It was a rough week,', source: 'Ada Ruiz' }]);
  });
});

describe('words after an "according to" source that ends a complete clause', () => {
  it('describe the source when they name it again or open a relative clause', () => {
    assert.deepEqual(found('The new rota applies to 40 nurses, according to the Marlow Health Trust, the body that runs the ward.'), [{ text: 'The new rota applies to 40 nurses', source: 'Marlow Health Trust' }]);
    assert.deepEqual(found('The fund lost half its value, according to Dora Vance, who ran it until May.'), [{ text: 'The fund lost half its value', source: 'Dora Vance' }]);
  });

  it('are the writer\'s own after "but"', () => {
    assert.deepEqual(found('Ivo Marsh has collected 61 pledges, according to a club count, but his lead is slipping.'), [{ text: 'Ivo Marsh has collected 61 pledges', source: 'a club count' }]);
  });

  it('still complete a clause the source interrupts', () => {
    const quotes = found('Harbour Freight gets, according to one filing, $12 million a year.');
    assert.deepEqual(quotes.map((quote) => quote.text), ['Harbour Freight gets', '$12 million a year']);
  });
});

describe('a semicolon in reported content', () => {
  it('ends the content where the next clause has a speaker and a cue of its own', () => {
    const quotes = found('Most of the members said they would vote early; 40 percent said they would stay home.');
    assert.deepEqual(quotes, [
      { text: 'they would vote early', source: 'Most of the members' },
      { text: 'they would stay home', source: '40 percent' },
    ]);
  });

  it('keeps a list of the same speaker\'s clauses together', () => {
    const quotes = found('The volunteers said they had cleaned the beach; repainted the pier; and planted dune grass.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'they had cleaned the beach; repainted the pier; and planted dune grass');
  });
});

describe('the speaker of a direct quotation', () => {
  it('is found past an addressee the lexicon reads as a verb ("told delegates")', () => {
    assert.deepEqual(found('“We share one rival,” Bart told county delegates on the call.'), [{ text: 'We share one rival,', source: 'Bart' }]);
  });

  it('is found past a bracketed abbreviation after the addressee', () => {
    assert.deepEqual(found('As Bishop Oren Talvi told the Daily Ledger (DL), “Our two towns share one history.”'), [{ text: 'Our two towns share one history.', source: 'Oren Talvi' }]);
  });

  it('is the name after the cue even when a participle describes it', () => {
    assert.deepEqual(found('“The vote was a sham,” said Lenn Ostrow, angered by the ruling.'), [{ text: 'The vote was a sham,', source: 'Lenn Ostrow' }]);
  });

  it('goes on into the next quotation past a report inside the speaker\'s description', () => {
    const quotes = found('"Does anyone check the facts?" said Wes Harrow, a delegate who has accused rival clubs of bullying his staff. "Is it all rumor now?"');
    assert.deepEqual(quotes[quotes.length - 1], { text: 'Is it all rumor now?', source: 'Wes Harrow' });
  });
});

describe('an "according to" source set inside its clause', () => {
  it('reports the clause around it when only a subject or a fronted phrase comes before it', () => {
    assert.deepEqual(found('Turnout, according to the county clerk, has doubled since spring.').map((quote) => quote.text), ['Turnout', 'has doubled since spring']);
    const fronted = found('Since last May, according to the union, guards have fired 40 workers in the region.');
    assert.deepEqual(fronted.map((quote) => quote.text), ['Since last May', 'guards have fired 40 workers in the region']);
  });

  it('still leaves out the circumstance of a quotation', () => {
    assert.deepEqual(found('“It is over,” Lund said at a rally, according to a pool report.'), [{ text: 'It is over,', source: 'Lund' }]);
  });
});

describe('a report in a subordinate clause before the main clause', () => {
  it('ends where the main clause begins', () => {
    const quotes = found('While the two leading parties say the town must fix the bridge, they differ on the cost.');
    assert.deepEqual(quotes, [{ text: 'the town must fix the bridge', source: 'the two leading parties' }]);
  });

  it('ends where the predicate of the interrupted subject resumes', () => {
    assert.deepEqual(found('Lund, though she said the board should hear him, notably stopped short of backing him.'), [{ text: 'the board should hear him', source: 'she' }]);
  });

  it('keeps a relative clause inside the content', () => {
    assert.equal(found('If Lund says the plan, which costs a lot, will fail, voters will listen.')[0].text, 'the plan, which costs a lot, will fail');
  });
});

describe('a phrase set off before an inverted cue', () => {
  it('ends the content; the noun before it is no subject', () => {
    const quotes = found('That would make a long summer for Lund, forcing her to fend off both rivals, said Brad Bell, a pollster.');
    assert.deepEqual(quotes, [{ text: 'That would make a long summer for Lund, forcing her to fend off both rivals', source: 'Brad Bell' }]);
  });

  it('still lets a participle between a subject and its cue stand aside', () => {
    assert.deepEqual(found('Lund, speaking on the radio, said Bell was wrong.'), [{ text: 'Bell was wrong', source: 'Lund' }]);
  });
});

describe('a dash typed as two hyphens', () => {
  it('sets off an aside between a subject and its cue as a dash does', () => {
    assert.deepEqual(found('The judge -- who had sparred with the nominee for days -- said she regretted her words.'), [{ text: 'she regretted her words', source: 'The judge' }]);
  });
});

describe('a capital joined to a participle ("Ohio-based") before a speaker', () => {
  it('is part of the inverted source, and the name after it is the speaker', () => {
    assert.deepEqual(found('"How much worse could it get?" said Ohio-based strategist Al Cord.'), [{ text: 'How much worse could it get?', source: 'Al Cord' }]);
  });

  it('leaves a verb with a prefix a verb', () => {
    assert.deepEqual(found('Lund co-founded the group and said it was fine.'), [{ text: 'it was fine', source: 'Lund' }]);
  });
});

describe('a quantifier after a conjunction', () => {
  it('is the subject itself ("But both said"), not a floating one after the conjunction', () => {
    assert.deepEqual(found('But both said the toll would fall.'), [{ text: 'the toll would fall', source: 'both' }]);
    assert.match(found('Ruiz and Vold both said the toll would fall.')[0].source ?? '', /Vold$/);
  });
});

describe('an aside between the reported subject and its verb', () => {
  it('stays inside the content when a verb follows it', () => {
    assert.deepEqual(found('But pollster Cal Birch said Lund, despite her late start, is better placed to carry the county.'), [{ text: 'Lund, despite her late start, is better placed to carry the county', source: 'Cal Birch' }]);
  });

  it('still ends the content as the writer\'s own clause after it', () => {
    assert.deepEqual(found('Lund said the plan was fine, although critics disagreed.'), [{ text: 'the plan was fine', source: 'Lund' }]);
  });
});
