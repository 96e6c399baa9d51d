import { strict as assert } from 'node:assert';
import { articleSourceBalance, workspaceSourceBalance, wordCount } from '../../../src/core/balance/sourceBalance';
import { affiliationOfSpeaker, bodyNamedBy } from '../../../src/core/balance/affiliation';
import { kindOfRole, sourceKindOf } from '../../../src/core/balance/sourceKind';
import type { ArticleAnalysis, Quote, Speaker, SpeakerKind } from '../../../src/core/types';

// Invented speakers and roles: none of them is from an article.
function speaker(id: string, kind: SpeakerKind, roles: string[] = [], affiliation?: string, name = id): Speaker {
  return { id, name, aliases: [name], kind, roles: roles.map((text) => ({ text, start: 0, end: text.length })), affiliation, mentions: [] };
}

function quote(id: string, speakerId: string | null, text: string, partOf?: string): Quote {
  return { id, type: 'direct', text, start: 0, end: text.length, speakerId, partOf };
}

describe('source kinds', () => {
  it('reads the kind of source from the head of the role', () => {
    assert.equal(kindOfRole('Harbour Council spokeswoman'), 'official');
    assert.equal(kindOfRole('deputy head of the regional water authority'), 'official');
    assert.equal(kindOfRole('Valdorian foreign minister'), 'official');
    assert.equal(kindOfRole('an economist at the Institute of Tides'), 'expert');
    assert.equal(kindOfRole('professor of marine law'), 'expert');
    assert.equal(kindOfRole('Gazette reporter'), 'expert');
    assert.equal(kindOfRole('owner of a bakery'), undefined);
  });

  it('goes by the head, not by a noun that only modifies it or follows "of"', () => {
    // "minister" names whose adviser this is; the speaker is the adviser, still an official.
    assert.equal(kindOfRole('the minister’s economic adviser'), 'official');
    // The head is "lawyer": the president is whom the lawyer works for.
    assert.equal(kindOfRole('lawyer for the president'), 'expert');
  });

  it('classifies speakers by kind first, then by role, and a named person without a role as an ordinary person', () => {
    assert.equal(sourceKindOf(speaker('a', 'anonymous', ['official familiar with the talks'])), 'anonymous');
    assert.equal(sourceKindOf(speaker('b', 'organization')), 'organisation');
    assert.equal(sourceKindOf(speaker('c', 'person', ['Harbour Council spokeswoman'])), 'official');
    assert.equal(sourceKindOf(speaker('d', 'person', ['retired fisherman', 'a climate scientist'])), 'expert');
    assert.equal(sourceKindOf(speaker('e', 'person')), 'ordinary');
    assert.equal(sourceKindOf(speaker('f', 'group', [], undefined, 'Valdorian officials')), 'official');
    assert.equal(sourceKindOf(speaker('g', 'group', [], undefined, 'analysts')), 'expert');
    assert.equal(sourceKindOf(speaker('h', 'group', [], undefined, 'residents')), 'ordinary');
  });
});

describe('affiliations named by roles', () => {
  it('takes the body a role names after its head', () => {
    assert.equal(bodyNamedBy('a spokesperson for the ministry'), 'ministry');
    assert.equal(bodyNamedBy('an economist at the Institute of Tides'), 'Institute of Tides');
    assert.equal(bodyNamedBy('deputy head of the regional water authority in Valdor'), 'regional water authority');
    assert.equal(bodyNamedBy('spokesman for the Ministry of the Interior, who spoke on Monday'), 'Ministry of the Interior');
    assert.equal(bodyNamedBy('member of the Harbour Council'), 'Harbour Council');
  });

  it('takes a name printed before the head, past ranks like "former" and "senior"', () => {
    assert.equal(bodyNamedBy('Harbour Council spokeswoman'), 'Harbour Council');
    assert.equal(bodyNamedBy('Former Gazette Senior Editor'), 'Gazette');
  });

  it('names no body for a field of study, an attitude, or a role without one', () => {
    assert.equal(bodyNamedBy('professor of marine law'), undefined);
    assert.equal(bodyNamedBy('a person familiar with the talks'), undefined);
    assert.equal(bodyNamedBy('official familiar with the talks'), undefined);
    assert.equal(bodyNamedBy('retired fisherman'), undefined);
  });

  it('prefers the side the analysis found, then the first role that names a body', () => {
    const roles = (...texts: string[]) => texts.map((text) => ({ text, start: 0, end: text.length }));
    assert.equal(affiliationOfSpeaker({ affiliation: 'Valdoria', roles: roles('a spokesperson for the ministry') }), 'Valdoria');
    assert.equal(affiliationOfSpeaker({ roles: roles('retired fisherman', 'a spokesperson for the ministry') }), 'ministry');
    assert.equal(affiliationOfSpeaker({ roles: [] }), undefined);
  });
});

describe('source balance', () => {
  const analysis: ArticleAnalysis = {
    speakers: [
      speaker('mira', 'person', ['Valdorian foreign minister'], 'Valdoria'),
      speaker('tomas', 'person', ['Ostrian envoy'], 'Ostria'),
      speaker('ana', 'person', ['an economist at the Institute of Tides']),
      speaker('source', 'anonymous', ['a person familiar with the talks']),
      speaker('gazette', 'organization'),
      speaker('joe', 'person'),
      speaker('silent', 'person', ['Ostrian premier'], 'Ostria'),
    ],
    quotes: [
      quote('q1', 'mira', 'We will not sign this treaty'),
      quote('q2', 'mira', 'not this year,', 'q2'),
      quote('q3', 'mira', 'and not the next', 'q2'),
      quote('q4', 'tomas', 'talks go on'),
      quote('q5', 'ana', 'Prices of fish will rise by a fifth'),
      quote('q6', 'source', 'the draft is dead'),
      quote('q7', 'gazette', 'a deal is close'),
      quote('q8', 'joe', 'nobody asked us'),
      quote('q9', null, 'historic'),
    ],
    scareQuotes: [],
  };

  it('counts quotations and words per kind, a split quotation once, and by affiliation within a kind', () => {
    const balance = articleSourceBalance(analysis);
    const of = (kind: string) => balance.kinds.find((tally) => tally.kind === kind)!;
    assert.deepEqual(
      balance.kinds.map((tally) => [tally.kind, tally.quotes, tally.words, tally.speakers]),
      [['official', 3, 16, 2], ['expert', 1, 8, 1], ['anonymous', 1, 4, 1], ['organisation', 1, 4, 1], ['ordinary', 1, 3, 1]],
    );
    assert.deepEqual(of('official').byAffiliation, [
      { affiliation: 'Valdoria', quotes: 2, words: 13 },
      { affiliation: 'Ostria', quotes: 1, words: 3 },
    ]);
    assert.deepEqual(of('expert').byAffiliation, [{ affiliation: 'Institute of Tides', quotes: 1, words: 8 }]);
    assert.deepEqual(of('ordinary').byAffiliation, [{ affiliation: undefined, quotes: 1, words: 3 }]);
    assert.deepEqual(balance.unattributed, { quotes: 1, words: 1 });
    assert.deepEqual({ quotes: balance.quotes, words: balance.words }, { quotes: 8, words: 36 });
  });

  it('lists every kind even when nobody of that kind is quoted', () => {
    const balance = articleSourceBalance({ speakers: [speaker('joe', 'person')], quotes: [quote('q1', 'joe', 'it rained all week')], scareQuotes: [] });
    assert.deepEqual(balance.kinds.map((tally) => [tally.kind, tally.quotes]), [['official', 0], ['expert', 0], ['anonymous', 0], ['organisation', 0], ['ordinary', 1]]);
  });

  it('adds the articles up over the workspace, affiliations merged', () => {
    const one = articleSourceBalance(analysis);
    const other = articleSourceBalance({
      speakers: [speaker('lea', 'person', ['Ostrian premier'], 'Ostria')],
      quotes: [quote('q1', 'lea', 'we are ready to sign today')],
      scareQuotes: [],
    });
    const workspace = workspaceSourceBalance([one, other]);
    const official = workspace.kinds.find((tally) => tally.kind === 'official')!;
    assert.deepEqual([official.quotes, official.words, official.speakers], [4, 22, 3]);
    assert.deepEqual(official.byAffiliation, [
      { affiliation: 'Valdoria', quotes: 2, words: 13 },
      { affiliation: 'Ostria', quotes: 2, words: 9 },
    ]);
    assert.deepEqual({ quotes: workspace.quotes, words: workspace.words }, { quotes: 9, words: 42 });
    assert.deepEqual(workspaceSourceBalance([]).kinds.map((tally) => tally.quotes), [0, 0, 0, 0, 0]);
  });

  it('counts a body once however an article capitalises it, named as most quotations write it', () => {
    const quotedBy = (affiliation: string, id: string) => speaker(id, 'person', [`a spokesperson for the ${affiliation}`]);
    const one = articleSourceBalance({
      speakers: [quotedBy('ministry', 'ann'), quotedBy('Ministry', 'ben')],
      quotes: [quote('q1', 'ann', 'we will look at it'), quote('q2', 'ben', 'no comment'), quote('q3', 'ben', 'later')],
      scareQuotes: [],
    });
    const official = one.kinds.find((tally) => tally.kind === 'official')!;
    assert.deepEqual(official.byAffiliation, [{ affiliation: 'Ministry', quotes: 3, words: 8 }]);
    const other = articleSourceBalance({ speakers: [quotedBy('ministry', 'cy')], quotes: ['yes', 'no', 'maybe', 'soon'].map((text, i) => quote(`q${i}`, 'cy', text)), scareQuotes: [] });
    const merged = workspaceSourceBalance([one, other]).kinds.find((tally) => tally.kind === 'official')!;
    assert.deepEqual(merged.byAffiliation, [{ affiliation: 'ministry', quotes: 7, words: 12 }]);
  });

  it('counts words with apostrophes, hyphens and digits as one each', () => {
    assert.equal(wordCount('It’s a well-known fact: 42 boats, not 41.'), 8);
    assert.equal(wordCount(' — … '), 0);
  });
});
