import { strict as assert } from 'node:assert';
import type { Quote, Speaker } from '../../../src/core/types';
import { summarize } from '../../../src/features/shared/articleSummary';
import { articleStatus, savedPageStatus, skipStatus } from '../../../src/extension/status/statusText';

// Invented speakers and quotations.
const quote = (id: string, speakerId: string | null): Quote => ({ id, type: 'direct', text: 'a few words', start: 0, end: 11, speakerId });
const speaker = (id: string): Speaker => ({ id, name: id, aliases: [id], kind: 'person', roles: [], mentions: [] });

describe('status bar text', () => {
  it('says a file over the size limit is over it, names the setting and offers the click', () => {
    const status = skipStatus({ analyze: false, reason: 'too-large' });
    assert.equal(status?.text, '$(circle-slash) Over the size limit');
    assert.match(status!.tooltip, /"sourceLens\.maxFileSize"/);
    assert.match(status!.tooltip, /Click to analyze it anyway/);
  });

  it('says a text that does not read like an article is not read as one, and what about it', () => {
    const status = skipStatus({ analyze: false, reason: 'not-an-article', detail: 'a list, not paragraphs of prose' });
    assert.equal(status?.text, '$(circle-slash) Not read as an article');
    assert.match(status!.tooltip, /\(a list, not paragraphs of prose\)/);
    assert.match(status!.tooltip, /"sourceLens\.detectArticles"/);
  });

  it('names the include or exclude setting that turned a file down', () => {
    assert.match(skipStatus({ analyze: false, reason: 'excluded' })!.tooltip, /"sourceLens\.exclude"/);
    assert.match(skipStatus({ analyze: false, reason: 'not-included' })!.tooltip, /"sourceLens\.include"/);
    assert.equal(skipStatus({ analyze: false, reason: 'excluded' })!.text, '$(circle-slash) Not read as an article');
  });

  it('names a saved page that holds an article and the Markdown file a click writes beside it', () => {
    const status = savedPageStatus('River Plan.HTM');
    assert.equal(status.text, '$(book) Saved page: Read as Article');
    assert.match(status.tooltip, /write its text to River Plan\.md beside the page/);
    assert.match(savedPageStatus('.html').tooltip, /to article\.md/);
  });

  it('says nothing of binary files, other languages, or a document never looked at', () => {
    assert.equal(skipStatus({ analyze: false, reason: 'binary' }), undefined);
    assert.equal(skipStatus({ analyze: false, reason: 'not-prose' }), undefined);
    assert.equal(skipStatus(undefined), undefined);
  });

  it('counts quoted speakers, quotations and unattributed quotations of an analyzed article', () => {
    const status = articleStatus(summarize({ speakers: [speaker('a'), speaker('b'), speaker('c')], quotes: [quote('1', 'a'), quote('2', 'a'), quote('3', 'b'), quote('4', null)] }));
    assert.equal(status.text, '$(quote) 2 speakers · 4 quotes · $(warning) 1 unattributed');
    assert.match(status.tooltip, /4 quotations by 2 speakers \(3 people or bodies named\), 1 without a speaker/);
    assert.equal(articleStatus(summarize({ speakers: [speaker('a')], quotes: [quote('1', 'a')] })).text, '$(quote) 1 speaker · 1 quote');
  });
});
