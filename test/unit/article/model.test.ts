import { strict as assert } from 'node:assert';
import { readParagraph, type ParagraphGrammar } from '../../../src/core/article/model';
import { ArticleReader } from '../../../src/core/article/reader';
import { SPEECH_GRAMMAR } from '../../../src/core/quotes';
import { wordClass } from '../../../src/core/text/words';

const PLAIN: ParagraphGrammar = { isKnownWord: () => false, attributionFollows: () => false };

describe('article model', () => {
  it('reads a paragraph into tokens, a clause view with each quotation one opaque token, and sentences over it', () => {
    const text = 'Odile Brandt arrived late. “Stop it. Now,” she said.';
    const model = readParagraph(text, PLAIN);
    assert.deepStrictEqual(model.tokens.map((t) => t.lower).join(' '), 'odile brandt arrived late . “ stop it . now , ” she said .');
    const clauses = model.clauses.tokens;
    assert.deepStrictEqual(clauses.map((t) => (t.kind === 'quote' ? text.slice(t.start, t.end) : t.lower)), ['odile', 'brandt', 'arrived', 'late', '.', '“Stop it. Now,”', 'she', 'said', '.']);
    assert.equal(model.quotes.length, 1);
    assert.equal(clauses[5].quote, 0);
    assert.equal(clauses[6], model.tokens[12], 'the view shares the tokens outside quotations');
    assert.deepStrictEqual(model.sentences, [{ first: 0, last: 5 }, { first: 5, last: 9 }]);
  });

  it('reads two hyphens set off by spaces as one dash, and leaves a hyphen inside a word alone', () => {
    const model = readParagraph('The judge -- a former mayor -- said so; the well-to-do agreed.', PLAIN);
    assert.deepStrictEqual(model.tokens.map((t) => t.lower), ['the', 'judge', '—', 'a', 'former', 'mayor', '—', 'said', 'so', ';', 'the', 'well-to-do', 'agreed', '.']);
    assert.deepStrictEqual([model.tokens[2].start, model.tokens[2].end], [10, 12]);
  });

  it('tokenizes the clause view directly where a word joined across a line ends inside a token', () => {
    const text = 'Nobody sa\nid-so today.';
    const model = readParagraph(text, { ...PLAIN, isKnownWord: (w) => w === 'said' });
    assert.deepStrictEqual(model.tokens.map((t) => t.lower), ['nobody', 'sa', 'id-so', 'today', '.']);
    assert.deepStrictEqual(model.clauses.tokens.map((t) => t.lower), ['nobody', 'said', '-', 'so', 'today', '.']);
  });

  it('tags every token, in both views, with the word class of its lower-cased text', () => {
    const text = 'The mayor an\nnounced, “We will rebuild the bridge,” and left quickly.';
    const model = readParagraph(text, { ...PLAIN, isKnownWord: (w) => w === 'announced' });
    for (const token of [...model.tokens, ...model.clauses.tokens]) assert.equal(token.wordClass, wordClass(token.lower), token.lower);
    assert.deepStrictEqual(model.clauses.tokens.slice(0, 3).map((t) => t.wordClass), ['determiner', 'noun', 'verb']);
  });

  it('splits the whole tokenization by the same rules, quotation marks included', () => {
    const text = '“We are done.” Ilse Varn left. \'\'Not yet,\'\' she said. The team flew to the U.S. He stayed.';
    const model = readParagraph(text, SPEECH_GRAMMAR);
    const sentences = model.tokenSentences.map((s) => text.slice(model.tokens[s.first].start, model.tokens[s.last - 1].end));
    assert.deepStrictEqual(sentences, ['“We are done.”', 'Ilse Varn left.', '\'\'Not yet,\'\' she said.', 'The team flew to the U.S.', 'He stayed.']);
  });

  it('asks its grammar whether words after a quotation attribute it', () => {
    const text = '“The gates are shut.” Ansel Moor said so.';
    assert.equal(readParagraph(text, PLAIN).sentences.length, 2);
    assert.equal(readParagraph(text, SPEECH_GRAMMAR).sentences.length, 1);
  });

  it('joins a word broken by a line break only when the grammar knows the joined word', () => {
    const text = 'The mayor an\nnounced a plan.';
    const lowers = (grammar: ParagraphGrammar): string[] => readParagraph(text, grammar).clauses.tokens.map((t) => t.lower);
    assert.deepStrictEqual(lowers(PLAIN).slice(0, 4), ['the', 'mayor', 'an', 'nounced']);
    assert.deepStrictEqual(lowers({ ...PLAIN, isKnownWord: (w) => w === 'announced' }).slice(0, 3), ['the', 'mayor', 'announced']);
  });

  it('places paragraphs at their offsets in the exact text and builds each model once it is met again', () => {
    const reader = new ArticleReader(PLAIN);
    const text = '  First line here.\n\nSecond one “quoted” too.\n';
    const paragraphs = reader.paragraphs(text);
    assert.deepStrictEqual(paragraphs.map((p) => [p.start, p.end, p.text]), [[2, 18, 'First line here.'], [20, 44, 'Second one “quoted” too.']]);
    assert.equal(paragraphs[1].model(), paragraphs[1].model());
    const kept = reader.model('Second one “quoted” too.');
    assert.equal(reader.model('Second one “quoted” too.'), kept);
  });
});
