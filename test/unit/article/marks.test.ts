import { strict as assert } from 'node:assert';
import { findQuotedSpans } from '../../../src/core/article/marks';

function contents(text: string): string[] {
  return findQuotedSpans(text, 0, text.length).map((span) => text.slice(span.contentStart, span.contentEnd));
}

describe('quotation mark pairing', () => {
  it('pairs straight and curly double quotes', () => {
    assert.deepEqual(contents('She said "yes" and then “no” twice.'), ['yes', 'no']);
  });

  it('pairs guillemets, low-high German quotes and single guillemets, without the spaces French sets inside them', () => {
    assert.deepEqual(contents('« Nous partons », dit-il. „Wir gehen“, sagte sie. ‹ Vite › enfin.'), ['Nous partons', 'Wir gehen', 'Vite']);
    assert.deepEqual(contents('«\u202fOn verra\u202f», dit-elle.'), ['On verra']);
  });

  it('pairs East Asian double prime marks and the fullwidth double mark', () => {
    assert.deepEqual(contents('〝We will rebuild the pier,〞 the mayor said, and 〝soon〟.'), ['We will rebuild the pier,', 'soon']);
    assert.deepEqual(contents('＂We will rebuild the pier,＂ the mayor said.'), ['We will rebuild the pier,']);
  });

  it('pairs CJK corner brackets, with white corner brackets nested inside them', () => {
    assert.deepEqual(contents('「我们会重建大桥」，市长说。'), ['我们会重建大桥']);
    assert.deepEqual(contents('He said「the 『new』 bridge opens in May」before leaving.'), ['the 『new』 bridge opens in May']);
    assert.deepEqual(contents('『Stay calm』 and 「go home」.'), ['Stay calm', 'go home']);
  });

  it('reads single quotes as quotation marks but leaves apostrophes alone', () => {
    assert.deepEqual(contents("The mayor’s aide said ‘we’re ready’ in the ’90s style of rock ’n’ roll."), ['we’re ready']);
    assert.deepEqual(contents("It's the voters' choice, 'a fair one' he said."), ['a fair one']);
  });

  it('keeps nested quotes inside their outer quotation', () => {
    assert.deepEqual(contents('He said, "They called it "historic" before the vote."'), ['They called it "historic" before the vote.']);
    assert.deepEqual(contents('“We support a ‘fair deal,’ not a bad one,” she said.'), ['We support a ‘fair deal,’ not a bad one,']);
  });

  it('closes an unbalanced quotation at the end of the paragraph', () => {
    const text = 'The minister said "we will not move an inch';
    const [span] = findQuotedSpans(text, 0, text.length);
    assert.equal(span.unclosed, true);
    assert.equal(text.slice(span.contentStart, span.contentEnd), 'we will not move an inch');
  });

  it('reads a closing mark before any opening one, after a clause, as a quotation begun in an earlier paragraph', () => {
    const text = 'We ask for calm at this time," the rep said.';
    const [span] = findQuotedSpans(text, 0, text.length);
    assert.equal(span.continued, true);
    assert.equal(text.slice(span.contentStart, span.contentEnd), 'We ask for calm at this time,');
    assert.deepEqual(contents('He is 6\'2" and plays in goal.'), []);
    assert.deepEqual(contents('A "quiet" week," he said.'), ['quiet']);
  });

  it('reads doubled apostrophes as a double quotation mark', () => {
    assert.deepEqual(contents("''We are open,'' the owner said."), ['We are open,']);
  });

  it('stays inside the requested range', () => {
    const text = 'First "one". Second "two';
    const spans = findQuotedSpans(text, 0, 12);
    assert.deepEqual(spans.map((s) => text.slice(s.contentStart, s.contentEnd)), ['one']);
  });
});
