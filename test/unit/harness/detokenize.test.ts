import { strict as assert } from 'node:assert';
import { detokenize } from '../../../scripts/lib/detokenize';

const printed = (tokens: string) => detokenize(tokens.split(' ')).text;

describe('detokenize (treebank tokens back to print)', () => {
  it('joins hyphenated compounds, number runs and prefixes but spaces a dash before a new phrase', () => {
    assert.equal(printed('a nine - year - old co - pilot signed a 3 - 2 deal - and the crowd left'), 'a nine-year-old co-pilot signed a 3-2 deal - and the crowd left');
    assert.equal(printed('a grab - and - go stand , probably - luckily - closed'), 'a grab-and-go stand, probably - luckily - closed');
  });

  it('prints a hyphen left where an apostrophe was as an apostrophe', () => {
    assert.equal(printed('Okafor - s lawyer said they - ve agreed'), "Okafor's lawyer said they've agreed");
  });

  it('joins times, decimals, thousands, initials and domain names, and keeps the dot of a calibre', () => {
    assert.equal(printed('at 7 : 15 a . m . the U . N . paid $3 . 5 million to 450 , 000 people , example . org said'),
      'at 7:15 a.m. the U.N. paid $3.5 million to 450,000 people, example.org said');
    assert.equal(printed('armed with a . 38 revolver'), 'armed with a .38 revolver');
    assert.equal(printed("the farmers ' union"), "the farmers' union");
  });

  it('gives every token its own span in the text', () => {
    const tokens = 'Okafor - s 7 : 15 `` quote \'\' .'.split(' ');
    const { text, spans } = detokenize(tokens);
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Okafor', "'", 's', '7', ':', '15', '"', 'quote', '"', '.']);
  });
});
