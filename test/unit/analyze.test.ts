import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyze';
import { findSpeech } from '../../src/core/quotes';
import type { ArticleAnalysis, Quote } from '../../src/core/types';

interface Seen {
  type: string;
  text: string;
  source?: string;
  cue?: string;
  lemma?: string;
  partOf?: string;
  via?: boolean;
}

function seen(text: string): { analysis: ArticleAnalysis; quotes: Seen[] } {
  const analysis = analyzeArticle(text);
  const quotes = analysis.quotes.map((quote: Quote) => {
    const result: Seen = { type: quote.type, text: quote.text };
    if (quote.speakerSpan) result.source = text.slice(quote.speakerSpan.start, quote.speakerSpan.end);
    if (quote.cue) {
      result.cue = quote.cue.text;
      result.lemma = quote.cue.lemma;
    }
    if (quote.partOf) result.partOf = quote.partOf;
    return result;
  });
  return { analysis, quotes };
}

/** The speaker phrase as printed; a resolver may narrow it to the name, so containment is what counts. */
function assertSource(actual: string | undefined, expected: string): void {
  assert.ok(actual !== undefined && (expected.includes(actual) || actual.includes(expected)), `source ${actual} should be ${expected}`);
}

describe('analyzeArticle: direct quotations', () => {
  for (const [open, close] of [['"', '"'], ['“', '”'], ['«', '»'], ['„', '“'], ['‘', '’'], ['‹', '›']]) {
    it(`finds ${open}…${close} with a trailing attribution`, () => {
      const text = `${open}The bridge will reopen in May,${close} the city engineer said.`;
      const { quotes } = seen(text);
      assert.equal(quotes.length, 1);
      assert.equal(quotes[0].type, 'direct');
      assert.equal(quotes[0].text, 'The bridge will reopen in May,');
      assertSource(quotes[0].source, 'the city engineer');
      assert.equal(quotes[0].lemma, 'say');
    });
  }

  it('finds an inverted attribution', () => {
    const { quotes } = seen('"We have no budget for this," said Mayor Ellen Park.');
    assert.equal(quotes.length, 1);
    assertSource(quotes[0].source, 'Mayor Ellen Park');
  });

  it('finds a quotation introduced by a colon', () => {
    const { quotes } = seen('The coach added: "Nobody on this team gives up."');
    assert.deepEqual(quotes.map((q) => [q.type, q.text, q.lemma]), [['direct', 'Nobody on this team gives up.', 'add']]);
    assertSource(quotes[0].source, 'The coach');
  });

  it('splits a quotation interrupted by its attribution into parts of one quote', () => {
    const { quotes } = seen('"The water is safe," the inspector said, "but the pipes are old."');
    assert.equal(quotes.length, 2);
    assert.deepEqual(quotes.map((q) => q.text), ['The water is safe,', 'but the pipes are old.']);
    assert.equal(quotes[0].partOf, 'q1');
    assert.equal(quotes[1].partOf, 'q1');
    assert.equal(quotes[1].source, quotes[0].source);
  });

  it('continues a speaker over a following quotation in the same paragraph', () => {
    const { quotes } = seen('"We will appeal," Ms. Ortiz said. "The ruling ignores the evidence we filed last spring."');
    assert.equal(quotes.length, 2);
    assert.equal(quotes[1].partOf, 'q1');
    assertSource(quotes[1].source, 'Ms. Ortiz');
  });

  it('attributes a quotation introduced at the end of the previous paragraph', () => {
    const { quotes } = seen('The mayor told the crowd:\n\n"We will rebuild every house on this street."');
    assert.equal(quotes.length, 1);
    assertSource(quotes[0].source, 'The mayor');
    assert.equal(quotes[0].cue, 'told');
  });

  it('joins a quotation continued over paragraphs', () => {
    const text = 'The chairman said: "We started this company in a garage.\n\n"Today we employ four hundred people in three towns."';
    const { quotes } = seen(text);
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].text.startsWith('We started') && quotes[0].text.endsWith('three towns.'));
  });

  it('closes an unbalanced quotation at its paragraph end without swallowing the next paragraph', () => {
    const text = 'The senator said "we will fight this bill until the end.\n\nThe vote is scheduled for Tuesday, aides said.';
    const { quotes } = seen(text);
    const first = quotes.find((q) => q.text.startsWith('we will fight'))!;
    assert.ok(first && !first.text.includes('vote'), JSON.stringify(quotes));
  });

  it('treats single line breaks between sentences as paragraph ends', () => {
    const text = 'The senator said "we will fight this bill.\nThe vote is on Tuesday, aides said.';
    const { quotes } = seen(text);
    assert.ok(!quotes.some((q) => q.text.includes('vote') && q.text.includes('fight')), JSON.stringify(quotes));
    assert.ok(quotes.some((q) => q.text === 'The vote is on Tuesday'));
  });

  it('keeps scare quotes apart from speech', () => {
    const { analysis, quotes } = seen('The so-called "reform" package passed after a long night.');
    assert.equal(quotes.length, 0);
    assert.equal(analysis.scareQuotes.length, 1);
  });

  it('keeps nested quotes inside the direct quotation', () => {
    const { quotes } = seen('"They keep calling it "temporary" but it has lasted a decade," the tenant said.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'They keep calling it "temporary" but it has lasted a decade,');
  });
});

describe('analyzeArticle: indirect and mixed speech', () => {
  for (const [sentence, lemma] of [
    ['The governor says the budget is balanced.', 'say'],
    ['The governor insisted that the budget is balanced.', 'insist'],
    ['The governor has repeatedly argued the budget is balanced.', 'argue'],
    ['The governor tweeted that the budget is balanced.', 'tweet'],
    ['The governor acknowledges that the budget is balanced.', 'acknowledge'],
    ['The governor warned that the budget is balanced.', 'warn'],
  ]) {
    it(`finds the reported clause after "${lemma}" in any inflection`, () => {
      const { quotes } = seen(sentence);
      assert.equal(quotes.length, 1, JSON.stringify(quotes));
      assert.equal(quotes[0].type, 'indirect');
      assert.equal(quotes[0].text, 'the budget is balanced');
      assert.equal(quotes[0].lemma, lemma);
      assertSource(quotes[0].source, 'The governor');
    });
  }

  it('finds the cue after the clause', () => {
    const { quotes } = seen('The harvest will be late this year, the farmers union said.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'The harvest will be late this year');
    assertSource(quotes[0].source, 'the farmers union');
  });

  it('finds "according to" before and after the content', () => {
    const before = seen('According to the audit, the agency lost track of 300 laptops.').quotes;
    assert.equal(before.length, 1);
    assert.equal(before[0].text, 'the agency lost track of 300 laptops');
    assertSource(before[0].source, 'the audit');
    const after = seen('The agency lost track of 300 laptops, according to the audit.').quotes;
    assert.equal(after.length, 1);
    assert.equal(after[0].text, 'The agency lost track of 300 laptops');
    assert.equal(after[0].lemma, 'according to');
  });

  it('skips the addressee and adjuncts of "told"', () => {
    const { quotes } = seen('Dr. Amara Singh told local radio on Monday that the clinic would stay open.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the clinic would stay open');
    assertSource(quotes[0].source, 'Dr. Amara Singh');
  });

  it('skips "in a statement" and "in an interview"', () => {
    const { quotes } = seen('The union said in a statement that the strike would continue.');
    assert.equal(quotes[0].text, 'the strike would continue');
    const other = seen('Ms. Lund said in an interview with a local paper, which ran on Sunday, that she would run again.').quotes;
    assert.equal(other[0].text, 'she would run again');
  });

  it('finds "was quoted as saying"', () => {
    const { quotes } = seen('The minister was quoted as saying that the deal was dead.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].cue, 'was quoted as saying');
    assert.equal(quotes[0].text, 'the deal was dead');
  });

  it('types a reported clause with a quoted fragment as mixed', () => {
    const { quotes } = seen('The judge said the evidence was "thin at best" and dismissed the case.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].type, 'mixed');
    assert.ok(quotes[0].text.startsWith('the evidence was "thin at best"'));
  });

  it('finds a gerund cue that continues the same speaker', () => {
    const { quotes } = seen('The mayor said the roads were clear, adding that schools would open on time.');
    assert.equal(quotes.length, 2);
    assert.equal(quotes[0].text, 'the roads were clear');
    assert.equal(quotes[1].text, 'schools would open on time');
    assert.equal(quotes[1].source, quotes[0].source);
  });

  it('links relayed speech to the speaker who relays it', () => {
    const text = 'The envoy said the rebels promised they would release the hostages.';
    const analysis = analyzeArticle(text);
    assert.equal(analysis.quotes.length, 2);
    const inner = analysis.quotes.find((q) => q.cue?.lemma === 'promise')!;
    assert.equal(inner.text, 'they would release the hostages');
    assert.equal(text.slice(inner.speakerSpan!.start, inner.speakerSpan!.end), 'the rebels');
    const { attributions } = findSpeech(text);
    const relayed = attributions.find((a) => a.cue?.lemma === 'promise')!;
    const relay = attributions.find((a) => a.cue?.lemma === 'say')!;
    assert.equal(relayed.via, attributions.indexOf(relay));
  });

  it('does not read nouns as cues', () => {
    assert.equal(seen('The report on the flooding runs to forty pages.').quotes.length, 0);
    assert.equal(seen('His claims about the election were false.').quotes.length, 0);
  });

  it('finds infinitive and object-infinitive complements', () => {
    const promised = seen('The company promised to refund every customer.').quotes;
    assert.equal(promised[0].text, 'to refund every customer');
    const urged = seen('Doctors urged the council to ban smoking in parks.').quotes;
    assert.equal(urged[0].text, 'the council to ban smoking in parks');
  });
});

describe('analyzeArticle: sources and boundaries', () => {
  it('takes a name with its appositive as the source', () => {
    const { quotes } = seen('Lena Fox, a spokeswoman for the port authority, said the cranes were idle.');
    assert.equal(quotes[0].text, 'the cranes were idle');
    assertSource(quotes[0].source, 'Lena Fox, a spokeswoman for the port authority');
  });

  it('reads "X, who …, said" as X speaking', () => {
    const { quotes } = seen('Omar Vance, who chairs the board, said the vote would be delayed.');
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].source?.startsWith('Omar Vance'));
  });

  it('splits an indirect clause around its attribution', () => {
    const { quotes } = seen('The new schedule, the manager said, would start in June.');
    assert.deepEqual(quotes.map((q) => q.text), ['The new schedule', 'would start in June']);
    assert.equal(quotes[1].partOf, quotes[0].partOf);
  });

  it('ends the content before a coordinated attribution of another speaker', () => {
    const { quotes } = seen('The union said wages were too low, while the company said costs had doubled.');
    assert.deepEqual(quotes.map((q) => q.text), ['wages were too low', 'costs had doubled']);
  });

  it('finds the speaker of a relative clause report', () => {
    const { quotes } = seen('It was a rule that officials said went unenforced for years.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'went unenforced for years');
    assertSource(quotes[0].source, 'officials');
  });

  it('finds an embedded question after "asked"', () => {
    const { quotes } = seen('A reporter asked the senator whether she would run again.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'whether she would run again');
  });

  it('reads what a poll shows', () => {
    const { quotes } = seen('A new survey shows the mayor leading by ten points.');
    assert.equal(quotes[0].text, 'the mayor leading by ten points');
    assertSource(quotes[0].source, 'A new survey');
  });

  it('reads a labelled headline as the named speaker', () => {
    const { quotes } = seen('Governor Lee: The budget will pass this week');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].cue, ':');
    assertSource(quotes[0].source, 'Governor Lee');
    assert.equal(seen('Author: Sam Brook').quotes.length, 0);
  });

  it('reads "X tells OUTLET:" as a cue and its addressee, not a label naming the outlet', () => {
    const { quotes } = seen('Brook\'s agent tells KTV: "She is resting at home."');
    assert.equal(quotes.length, 1);
    assertSource(quotes[0].source, "Brook's agent");
  });

  it('keeps the cue of a coordinated verb with the sentence subject', () => {
    const { quotes } = seen('The minister visited the plant and said production would double.');
    assert.equal(quotes.length, 1);
    assertSource(quotes[0].source, 'The minister');
  });

  it('lets circumstances follow a trailing cue', () => {
    const { quotes } = seen('"We expected more," the coach said of the season.');
    assert.equal(quotes.length, 1);
    assertSource(quotes[0].source, 'the coach');
  });

  it('reads a possessed claim with its clause', () => {
    const { quotes } = seen("The mayor's claim that the budget was balanced is false.");
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the budget was balanced');
    assertSource(quotes[0].source, "The mayor's");
  });

  it('reads a passive question with its asker', () => {
    const { quotes } = seen('When asked by a reporter whether she would resign, the minister laughed.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'whether she would resign');
    assertSource(quotes[0].source, 'a reporter');
  });

  it('reads a poll as the source of its finding', () => {
    const { quotes } = seen('In a poll released on Sunday, the governor led by six points.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the governor led by six points');
    assertSource(quotes[0].source, 'a poll released on Sunday');
    assert.equal(seen('In a speech on Sunday, the governor said taxes would fall.').quotes.length, 1);
  });

  it('carries a report on into a sentence that continues it', () => {
    const { quotes } = seen('According to the draft, the city would sell the land. In addition, the buyer would build a school. The mayor left early.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'the city would sell the land. In addition, the buyer would build a school');
  });

  it('splits a clause around "according to"', () => {
    const { quotes } = seen('The company earns, according to its filings, $40 million a year.');
    assert.deepEqual(quotes.map((q) => q.text), ['The company earns', '$40 million a year']);
  });

  it('joins a paragraph that only continues the previous quotation', () => {
    const { quotes } = seen('"We lost the first game," the captain said.\n\n"But we learned more from it than from any win."');
    assert.equal(quotes.length, 2);
    assert.equal(quotes[1].partOf, quotes[0].partOf);
    assertSource(quotes[1].source, 'the captain');
  });

  it('takes the noun before a gerund cue as its speaker', () => {
    const { quotes } = seen('The talks stalled, with the union repeatedly insisting that wages must rise.');
    assert.equal(quotes.length, 1);
    assertSource(quotes[0].source, 'the union');
  });

  it('does not read a noun use of a reporting verb as a cue', () => {
    assert.equal(seen('Voters in her home state of Ohio turned out early.').quotes.length, 0);
    assert.equal(seen('Both parties held talks on Monday.').quotes.length, 0);
  });
});

describe('analyzeArticle: well-formed on hostile input', () => {
  it('survives unbalanced marks of every style, CRLF and astral characters', () => {
    const text = '"“‘«„‹ «» ’’ "" \r\n\r\n he said "𝒜𝒷 ‘x\u0000 \u202e said: “ '.repeat(50);
    const analysis = analyzeArticle(text);
    for (const quote of analysis.quotes) {
      assert.ok(quote.start < quote.end && quote.end <= text.length);
      assert.equal(quote.text, text.slice(quote.start, quote.end));
    }
  });

  it('keeps an endless unclosed quotation inside its paragraph', () => {
    const text = `He said "${'word '.repeat(2000)}\n\nShe said the rest was fine.`;
    const analysis = analyzeArticle(text);
    const last = analysis.quotes[analysis.quotes.length - 1];
    assert.equal(last.text, 'the rest was fine');
  });
});
