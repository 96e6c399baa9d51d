import { strict as assert } from 'node:assert';
import type { Attribution } from '../../../src/core/attribution';
import { findSpeech } from '../../../src/core/quotes';
import { resolveSpeakers } from '../../../src/core/speakers';
import { findNameCandidates, lowerCaseWordsOf } from '../../../src/core/speakers/candidates';
import { ArticleReader } from '../../../src/core/article/reader';
import { readParagraph } from '../../../src/core/article/model';
import { paragraphSpans } from '../../../src/core/article/paragraphs';
import type { Sentence } from '../../../src/core/article/sentences';
import { tokenize } from '../../../src/core/article/tokens';
import { SPEECH_GRAMMAR } from '../../../src/core/quotes';
import { ParagraphScanCache, scanArticle, type ArticleScan } from '../../../src/core/speakers/scan';
import { readWords } from '../../../src/core/speakers/words';
import { mulberry32 } from '../../../scripts/lib/random';

const ARTICLE = [
  'HARBOUR CITY — Port Authority spokesman Tomas Varga said on Monday that the ferries would run again.',
  '',
  '“We are ready,” Varga told reporters. He added that Mr. Okafor, a senior engineer, had checked the hulls.',
  'Nora Quist (D-Ore.), chair of the transport committee, said the U.S. money was late.',
  'Quist said a price cap was not enough. Price is not the only problem, she said.',
  '',
  'According to a report by the Harbour Workers Union, the repairs cost more than planned.',
  'Another engineer at the yard, Lena Brandt, said the union’s members',
  'had worked through the night. Brandt’s crew was tired, the hunter of good news wrote.',
  '• Hunter said nothing.',
  'The minister, who is the city’s top transport official, declined to comment, officials said.',
].join('\n');

/** What the whole-text scan finds: the reference the paragraph-by-paragraph cached scan must reproduce exactly. */
function wholeTextScan(text: string): ArticleScan {
  const tokens = tokenize(text, 0, text.length, []);
  const sentences: Sentence[] = [];
  for (const { start, end } of paragraphSpans(text)) {
    const offset = tokens.findIndex((t) => t.start >= start);
    for (const s of readParagraph(text.slice(start, end), SPEECH_GRAMMAR).tokenSentences) sentences.push({ first: s.first + offset, last: s.last + offset });
  }
  const article = readWords(text, tokens, sentences);
  return { article, candidates: findNameCandidates(article, lowerCaseWordsOf(article.words)) };
}


/** Edits that move lines, join and split them, and change what sentence breaks and lower-case words the text has. */
const SAME_LENGTH = [' ', '.', ',', 'x', '\n'];
const INSERTS = ['a', 'Q', 'h', 'H', 'p', 'P', ' ', '\n', '\n\n', '.', '. ', ',', '’s', '“', 'Mr. ', 'price ', 'Hunter '];

function edit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const choice = random();
  if (choice < 0.35) return text.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)] + text.slice(at);
  if (choice < 0.6) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
  if (choice < 0.7) {
    const c = text.charAt(at);
    const flipped = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
    return text.slice(0, at) + flipped + text.slice(at + 1);
  }
  // Same length, so the lines after it stay where they were while their words are renumbered.
  if (choice < 0.8) return text.slice(0, at) + SAME_LENGTH[Math.floor(random() * SAME_LENGTH.length)] + text.slice(at + 1);
  const lines = text.split('\n');
  const i = Math.floor(random() * lines.length);
  const j = Math.floor(random() * lines.length);
  // Moving or duplicating a whole line: cached scans must serve wherever the line lands, twice in one text included.
  if (choice < 0.9) [lines[i], lines[j]] = [lines[j], lines[i]];
  else lines.splice(j, 0, lines[i]);
  return lines.join('\n');
}

describe('speaker resolution on re-analysis (paragraph scans cached by content)', () => {
  let scans: ParagraphScanCache;
  let reader: ArticleReader;
  beforeEach(() => {
    scans = new ParagraphScanCache();
    reader = new ArticleReader(SPEECH_GRAMMAR);
  });
  const scan = (text: string): ArticleScan => scanArticle(text, reader.paragraphs(text), scans);

  it('assembles from cached paragraphs exactly the words, sentences and name candidates of a whole-text scan', () => {
    const random = mulberry32(11);
    let text = ARTICLE;
    for (let step = 0; step < 400; step++) {
      assert.deepStrictEqual(scan(text), wholeTextScan(text), `after edit ${step}:\n${text}`);
      text = edit(text, random);
    }
  });

  it('re-reads a cached paragraph when a word it took for a name is printed in lower case elsewhere, and back', () => {
    const named = 'Officials met Varnell on Monday.\nThe talks went well.';
    const common = 'Officials met Varnell on Monday.\nThe varnell was closed.';
    const varnell = (scan: ArticleScan): boolean => scan.candidates.some((c) => c.text === 'Varnell');
    for (const text of [named, common, named]) assert.deepStrictEqual(scan(text), wholeTextScan(text));
    assert.equal(varnell(scan(named)), true);
    assert.equal(varnell(scan(common)), false);
  });

  it('opens a sentence at each paragraph and numbers the rest as the article model splits them', () => {
    const text = 'The strike ended when\nreporters asked Varga about pay. “Stop. Now,” he said.\nHunter left.';
    for (let k = 0; k < 2; k++) assert.deepStrictEqual(scan(text), wholeTextScan(text));
    const sentenceOf = (word: string): number => scan(text).article.words.find((w) => w.text === word)!.sentence;
    assert.deepStrictEqual(['reporters', 'pay', 'Stop', 'Now', 'he', 'Hunter'].map(sentenceOf), [0, 0, 1, 2, 2, 3]);
  });

  it('resolves speakers after a sequence of edits exactly as a resolver with empty caches does', () => {
    const random = mulberry32(5);
    let text = ARTICLE;
    const texts: { text: string; attributions: Attribution[]; warm: ReturnType<typeof resolveSpeakers> }[] = [];
    for (let step = 0; step < 60; step++) {
      const { attributions } = findSpeech(text);
      texts.push({ text, attributions, warm: resolveSpeakers(text, attributions, reader.paragraphs(text), scans) });
      text = edit(text, random);
    }
    assert.ok(texts.some(({ warm }) => warm.resolved.some((r) => r !== null)), 'the edited texts attribute speech to someone');
    for (const { text: edited, attributions, warm } of texts) {
      assert.deepStrictEqual(resolveSpeakers(edited, attributions), warm, edited);
    }
  });
});
