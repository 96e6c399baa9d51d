import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyze';
import { found } from './quotesFound';

describe('circumstances after a trailing attribution', () => {
  it('reads a capitalised month as a date, not the auxiliary "may"', () => {
    const quotes = found('"We are doing very well with farmers," Harlan told reporters in late May.');
    assert.deepEqual(quotes, [{ text: 'We are doing very well with farmers,', source: 'Harlan' }]);
  });

  it('reads "that" after a noun behind the quotation as a relative clause', () => {
    const quotes = found('"It is a nice plane," Mr. Harlan said in a film that showed off the chairs.');
    assert.deepEqual(quotes, [{ text: 'It is a nice plane,', source: 'Mr. Harlan' }]);
  });
});

describe('the speaker of a participle of saying after the main clause', () => {
  it('is the name before its appositive, not the appositive', () => {
    const quotes = found('Rafe Olmos, the chief of staff, urged a firm line, saying that otherwise the talks would fail.');
    assert.deepEqual(quotes, [{ text: 'otherwise the talks would fail', source: 'Rafe Olmos' }]);
  });

  it('is the subject after an opener holding commas, not a place in the opener', () => {
    const quotes = found('At a rally in Tarrow, Ohio, on Sunday, Ms. Lund defended her plan, saying it would cut costs.');
    assert.equal(quotes[quotes.length - 1].text, 'it would cut costs');
    assert.equal(quotes[quotes.length - 1].source, 'Ms. Lund');
  });

  it('skips a relative clause between commas after the name', () => {
    const quotes = found('Sen. Ivo Marsh, who faces a hard race at home, withdrew his support, saying he lacked trust in the leader.');
    assert.equal(quotes[quotes.length - 1].source, 'Sen. Ivo Marsh');
  });

  it('is the subject of a clause the writer hedges with "seemed to", not the previous speaker', () => {
    const quotes = found('“We will build it,” Ivo Dane said. Lund seemed to back away from the plan, saying that the cost was too high.');
    assert.deepEqual(quotes[quotes.length - 1], { text: 'the cost was too high', source: 'Lund' });
  });
});

describe('a quotation after an attributed one and a stance in its clause', () => {
  it('goes on with the speaker of the quotation, not the stance', () => {
    const analysis = analyzeArticle('"Nothing stops us at all," Weller said as she collected her medal. "In fact, it helps."');
    const text = '"Nothing stops us at all," Weller said as she collected her medal. "In fact, it helps."';
    const second = analysis.quotes.find((quote) => quote.text.startsWith('In fact'));
    assert.ok(second?.speakerSpan);
    assert.equal(text.slice(second.speakerSpan.start, second.speakerSpan.end), 'Weller');
    assert.equal(second.cue?.text, 'said');
  });
});

describe('a speaker named with an age or a hometown', () => {
  it('is the name before the age and the hometown', () => {
    const quotes = found('Cory Dane, 22, of Salem, Ore., said he had not given up hope that the plan could pass.');
    assert.equal(quotes[0].source, 'Cory Dane');
  });

  it('is the name before the age and a relative clause', () => {
    const quotes = found('Woody Benn, 58, who lives outside Salem, says he did not know much about the plan before.');
    assert.match(quotes[0].source ?? '', /Benn$/);
  });

  it('is the name before a hometown alone', () => {
    const quotes = found('Ana Lund, of Salem, said the plan would fail.');
    assert.deepEqual(quotes, [{ text: 'the plan would fail', source: 'Ana Lund' }]);
  });
});

describe('an occasion after a trailing attribution', () => {
  it('keeps a "that" owned by the occasion\'s own verb out of the attribution', () => {
    const text = '"That is a fair worry, because they are very loud and very proud," Varga, 69, told KTVB Monday when asked about concerns that her fans would not back Marsh.';
    const quotes = found(text);
    assert.deepEqual(quotes[0], { text: 'That is a fair worry, because they are very loud and very proud,', source: 'Varga' });
  });
});

describe('a subject with a relative clause before the cue', () => {
  it('keeps the antecedent when the clause verb is a base form', () => {
    const quotes = found('Voters who oppose the new tax said the ruling would make the choice clear.');
    assert.equal(quotes.length, 1);
    assert.match(quotes[0].source ?? '', /^Voters who oppose/);
  });
});

describe('"as X put it"', () => {
  it('attributes the quotation after it to X', () => {
    const quotes = found('As the Tribune\'s Ana Ruiz put it, "The council is unmoved, and the voters are upset about it."');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].source, 'Ana Ruiz');
  });

  it('reads a name with its appositive before "put it:"', () => {
    const quotes = found('Or, as Tom Lund, a former mayor of the city, put it: "The wolves are no longer at the gate."');
    assert.equal(quotes.length, 1);
    assert.match(quotes[0].source ?? '', /^Tom Lund/);
  });

  it('leaves a plain "put it on the table" alone', () => {
    assert.deepEqual(found('She put it on the table and left the room.'), []);
  });
});

describe('the subject of a participle of saying after an opener', () => {
  it('is not a prepositional opener', () => {
    const quotes = found('On Sunday, Mr. Lund sounded calm, saying he shared the anger.');
    assert.deepEqual(quotes, [{ text: 'he shared the anger', source: 'Mr. Lund' }]);
  });

  it('is not an opener closed by an adverb and a comma', () => {
    const quotes = found('For months now, Lund went on the radio, telling listeners the tax was unfair.');
    assert.equal(quotes[quotes.length - 1].source, 'Lund');
  });
});

describe('the subject after an opening clause or adjunct', () => {
  it('is the pronoun after "Later in the day,"', () => {
    const quotes = found('Later in the day, she sharpened her words against Lund, criticizing his record on roads.');
    assert.equal(quotes[quotes.length - 1].source, 'she');
  });

  it('is the pronoun after an "As …" clause', () => {
    const quotes = found('As word of the count spread on Friday, he spoke to a small crowd in Salem, predicting a win.');
    assert.equal(quotes[quotes.length - 1].source, 'he');
  });
});

describe('words between a subject and its reporting verb', () => {
  it('passes over "nevertheless" and "in fact"', () => {
    assert.equal(found('Lund has nevertheless called the new toll a reckless one.')[0]?.source, 'Lund');
    assert.equal(found('A trio of groups have in fact reported spending money on him.')[0]?.source, 'A trio of groups');
  });

  it('passes over "both" after a parenthesis', () => {
    assert.match(found('He and Sen. Ivo Marsh (R-Ore.) both condemned the program in a letter.')[0]?.source ?? '', /Marsh/);
  });
});

describe('"As reported by X, …"', () => {
  it('gives the clause after the comma to the agent', () => {
    const quotes = found('As reported by the Salem Tribune, the former mayor was told of the risk in 2012.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the former mayor was told of the risk in 2012');
    assert.match(quotes[0].source ?? '', /Salem Tribune$/);
  });
});

describe('time and place openers before the subject', () => {
  it('skips "Hours later," and "Here in Salem,"', () => {
    const later = found('Hours later, Lund went on the radio, telling listeners that the plan was dead.');
    assert.equal(later[later.length - 1].source, 'Lund');
    const here = found('Here in Salem, Lund struck back, saying the plan was dead.');
    assert.equal(here[here.length - 1].source, 'Lund');
  });
});

describe('a participle set off by commas after the subject', () => {
  it('takes the subject, not the speaker of the paragraph before', () => {
    const quotes = found('"Welcome home, Joe!" they shouted.\n\nMr. Lund, recalling weekly breakfasts with Mrs. Ruiz, described her as a friend.');
    const recalling = quotes.find((quote) => quote.text.startsWith('weekly breakfasts'));
    assert.equal(recalling?.source, 'Mr. Lund');
  });

  it('still takes the clause subject after a verb and its object', () => {
    const quotes = found('Perez hammered Vold, calling him a "train wreck" and a fraud.');
    assert.equal(quotes[0].source, 'Perez');
  });
});

describe('a fronted participle after an opening adverb', () => {
  it('takes the subject of the main clause, not the adverb', () => {
    const quotes = found('Meanwhile, highlighting that the troops have left the capital, spokesman Ivo Marsh on Tuesday said the troops were regrouping.');
    assert.ok(quotes.length >= 1);
    for (const quote of quotes) assert.match(quote.source ?? '', /Marsh$/);
  });
});

describe('a quotation opened by a colon and closed by its own attribution', () => {
  it('is the trailing cue\'s content, and the clause before the colon keeps its own cue', () => {
    const quotes = found('At the gala, Nessa Quill insisted that patience mattered most: “Build the boat, then build a better one,” she said.');
    assert.deepEqual(quotes, [
      { text: 'patience mattered most', source: 'Nessa Quill' },
      { text: 'Build the boat, then build a better one,', source: 'she' },
    ]);
  });

  it('leaves out a clause before the colon that reports nothing', () => {
    const quotes = found('Orlov seemed tired: “Send it by post. I cannot open it here,” he wrote.');
    assert.deepEqual(quotes, [{ text: 'Send it by post. I cannot open it here,', source: 'he' }]);
  });
});

describe('names spelled with an exclamation mark', () => {
  it('reads "E! News" and "Yahoo! Finance" as names, not the end of a sentence', () => {
    assert.deepEqual(found('Orla Penn told E! News that the tour would go on.'), [{ text: 'the tour would go on', source: 'Orla Penn' }]);
    assert.deepEqual(found('Orla Penn told Yahoo! Finance that the shop would stay open.'), [{ text: 'the shop would stay open', source: 'Orla Penn' }]);
    const analysis = analyzeArticle('"The tour goes on," E! News reported.');
    assert.deepEqual(analysis.speakers.map((s) => [s.name, s.kind]), [['E! News', 'organization']]);
  });

  it('still ends a sentence at an exclamation', () => {
    assert.deepEqual(found('Get out! Orla Penn said the tour would go on.'), [{ text: 'the tour would go on', source: 'Orla Penn' }]);
    assert.deepEqual(found('Take vitamin E! Doctors say it helps the heart.'), [{ text: 'it helps the heart', source: 'Doctors' }]);
    assert.deepEqual(found('Orla Penn told OK! Magazine that the tour would go on.'), [{ text: 'the tour would go on', source: 'Orla Penn' }]);
  });
});

describe('a relative clause about where a report appeared', () => {
  it('is skipped to reach the report\'s own "that"', () => {
    assert.deepEqual(found('Orla Penn told the Velm Courier in an interview that aired Sunday that the tour would go on.'), [
      { text: 'the tour would go on', source: 'Orla Penn' },
    ]);
    assert.deepEqual(found('Orla Penn told the Velm Courier in a story that ran this week that the tour would go on.'), [
      { text: 'the tour would go on', source: 'Orla Penn' },
    ]);
  });
});

describe('content before a trailing cue that opens with a sentence adverb or a conjunction', () => {
  it('reads the clause after "Still," as the content, not as a role of the speaker', () => {
    assert.deepEqual(found('Still, that ferry sails at dawn, Marta Olsen said.'), [{ text: 'that ferry sails at dawn', source: 'Marta Olsen' }]);
    assert.deepEqual(found('Still, the ferry sails at dawn, she said.'), [{ text: 'the ferry sails at dawn', source: 'she' }]);
  });

  it('reads a clause after "But" as content although the lexicon misreads its verb', () => {
    assert.deepEqual(found('But that ferry sails at dawn, Marta Olsen said.'), [{ text: 'that ferry sails at dawn', source: 'Marta Olsen' }]);
    assert.deepEqual(found('And the ferry sails at dawn, she said.'), [{ text: 'the ferry sails at dawn', source: 'she' }]);
  });

  it('still reads a role set off before the name', () => {
    assert.deepEqual(found('The ferry will sail at dawn, a spokesman for the port, Ivo Dane said.'), [{ text: 'The ferry will sail at dawn', source: 'a spokesman for the port, Ivo Dane' }]);
  });

  it('still reads no adverbial phrase after a conjunction as content', () => {
    assert.deepEqual(found('But in the end, she said.'), []);
  });
});

describe('a subject pronoun fused with its auxiliary', () => {
  it('is the subject of the verb of saying after it', () => {
    assert.deepEqual(found('Ivo Dane backs the plan, but he’s not predicting it will pass.'), [{ text: 'it will pass', source: 'he’s' }]);
    assert.deepEqual(found("They've argued that the toll is too high."), [{ text: 'the toll is too high', source: "They've" }]);
  });

  it('is the subject of a participle of saying after its clause', () => {
    const quotes = found("After the count in June, he's drifted to the right, calling the harbour levy a blunder.");
    assert.equal(quotes[quotes.length - 1].source, "he's");
  });
});
