import { strict as assert } from 'node:assert';
import { balanceChildren, balanceRoots, balanceRow, balancesOf } from '../../../src/features/balance/model';
import { statementAt } from '../../../src/features/compare/atCursor';
import { compareViewOf } from '../../../src/features/compare/model';
import { highlightsFor, planHighlights, shownKinds, type HighlightSettings } from '../../../src/features/highlights/model';
import { articleCards, cardAt } from '../../../src/features/hover/model';
import { targetAt } from '../../../src/features/hover/target';
import { speakerChildren } from '../../../src/features/speakers/model';
import { speakerIdAt, speakerPicks, speakerQuotePicks } from '../../../src/features/speakers/quotePicks';
import { statementChildren } from '../../../src/features/statements/model';
import { A, B, offsetOf, TEXTS, workspaceOfThree } from './workspaceOfThree';

const ALL_ON: HighlightSettings = { enabled: true, speakers: true, quotations: true, unattributed: true, cueVerbs: true, roles: true, overviewRuler: true };
const PIER = 'the pier will reopen';

describe('view models: hover cards', () => {
  const state = workspaceOfThree();
  const hoverAt = (key: string, offset: number) => {
    const cards = articleCards(state, key);
    return cards && cardAt(cards, offset);
  };

  it('a speaker card gives the roles here and in the other articles, and her quotes as reveal links', () => {
    const card = hoverAt(A, offsetOf(A, 'Mira Talbot') + 2);
    assert.ok(card);
    assert.deepEqual(card.span, { start: offsetOf(A, 'Mira Talbot'), end: offsetOf(A, 'Mira Talbot') + 'Mira Talbot'.length });
    assert.match(card.markdown, /\*\*Mira Talbot\*\* · person/);
    assert.match(card.markdown, /\*\*Here:\*\* \*Harbour Council spokeswoman\* · 2 quotes/);
    assert.match(card.markdown, /b\\\.txt: \*spokeswoman for the Harbour Council\* · 1 quote/);
    assert.match(card.markdown, /\*\*Workspace:\*\* 4 quotes in 3 articles/);
    assert.match(card.markdown, /\]\(command:sourceLens\.revealSpan\?/);
  });

  it('a quotation card names the speaker and cue, and how the other article reports it', () => {
    const card = hoverAt(A, offsetOf(A, PIER) + 4);
    assert.ok(card);
    assert.match(card.markdown, /\*\*Direct quotation\*\* by \*\*Mira Talbot\*\*/);
    assert.match(card.markdown, /\*\*Cue:\*\* \*said\*/);
    assert.match(card.markdown, /\*\*Same statement:\*\* 2 reports in 2 articles/);
    assert.match(card.markdown, /verbatim in b\\\.txt/);
    assert.match(card.markdown, /left out by c\\\.txt/);
    assert.match(card.markdown, /command:sourceLens\.showStatement\?/);
  });

  it('has nothing to say off a speaker or quotation, or about an article it does not hold', () => {
    assert.equal(hoverAt(A, offsetOf(A, 'storm')), undefined);
    assert.equal(hoverAt('file:///ws/unknown.txt', 0), undefined);
  });

  it("an article's card set answers every offset as the analysis itself would: same span, same kind of card", () => {
    for (const key of [A, B]) {
      const analysis = state.article(key)!.analysis;
      const cards = articleCards(state, key)!;
      let cardsSeen = 0;
      for (let offset = 0; offset <= TEXTS[key].length; offset++) {
        const expected = targetAt(analysis, offset);
        const card = cardAt(cards, offset);
        if (!expected) {
          assert.equal(card, undefined, `offset ${offset}`);
          continue;
        }
        cardsSeen++;
        assert.deepEqual(card?.span, { start: expected.span.start, end: expected.span.end }, `offset ${offset}`);
        const id = expected.kind === 'speaker' ? expected.speaker.id : expected.quote.id;
        assert.equal(card?.markdown, expected.kind === 'speaker' ? cards.speakerCards[id] : cards.quoteCards[id]);
        assert.match(card!.markdown, expected.kind === 'speaker' ? /^\*\*/ : /\*\*(Direct|Indirect|Mixed)/);
      }
      assert.ok(cardsSeen > 50, `${key}: only ${cardsSeen} offsets have a card`);
    }
  });
});

describe('view models: highlights', () => {
  const state = workspaceOfThree();

  it("paints a speaker's name and her quotation in one palette slot, and the cue", () => {
    const spans = highlightsFor(state, A)!;
    const slotOf = (prefix: string, start: number) =>
      Object.entries(spans).find(([key, list]) => key.startsWith(prefix) && list.some((span) => span.start <= start && start < span.end))?.[0].split('-')[1];
    const nameSlot = slotOf('speaker-', offsetOf(A, 'Mira Talbot'));
    assert.ok(nameSlot !== undefined, 'the name is not painted');
    assert.equal(slotOf('direct-', offsetOf(A, PIER)), nameSlot);
    assert.ok(spans.cue?.some((span) => TEXTS[A]!.slice(span.start, span.end) === 'said'));
  });

  it('gives the speaker the same slot in every article', () => {
    const slots = [A, B].map((key) => Object.keys(highlightsFor(state, key)!).find((key) => key.startsWith('direct-')));
    assert.equal(slots[0], slots[1]);
  });

  it('shows what the settings show, as planHighlights does with them', () => {
    const article = state.article(A)!;
    const plan = highlightsFor(state, A)!;
    for (const off of ['enabled', 'speakers', 'quotations', 'unattributed', 'cueVerbs', 'roles'] as const) {
      const settings = { ...ALL_ON, [off]: false };
      const planned = Object.fromEntries(planHighlights(article.analysis, settings, (id) => state.slotFor(A, id)));
      assert.deepEqual(shownKinds(plan, settings), planned, `with ${off} off`);
    }
    assert.equal(highlightsFor(state, 'file:///ws/unknown.txt'), undefined);
  });
});

describe('view models: sidebar trees', () => {
  const state = workspaceOfThree();

  it('Speakers: the most quoted first, then her articles with their roles, then her quotes as reveal rows', () => {
    const [talbot] = speakerChildren(state);
    assert.ok(talbot?.kind === 'speaker');
    assert.equal(talbot.speaker.name, 'Mira Talbot');
    assert.equal(talbot.row.description, '4 quotes · 3 articles');
    assert.deepEqual(talbot.row.icon !== 'file' && talbot.row.icon?.codicon, 'person');
    const articles = speakerChildren(state, { kind: 'speaker', speakerId: talbot.speaker.id });
    assert.deepEqual(articles.map((node) => node.row.label), ['a.txt', 'b.txt', 'c.txt']);
    const inA = articles[0]!;
    assert.ok(inA.kind === 'article');
    assert.equal(inA.row.description, 'Harbour Council spokeswoman · 2 quotes');
    assert.deepEqual(inA.row.command?.arguments, [A, offsetOf(A, 'Mira Talbot'), offsetOf(A, 'Mira Talbot') + 11]);
    const quotes = speakerChildren(state, { kind: 'article', speakerId: talbot.speaker.id, file: A });
    assert.equal(quotes.length, 2);
    assert.equal(quotes[0]!.row.command?.command, 'sourceLens.revealSpan');
  });

  it('Statements: the statement two articles report first, its reports with their forms, then who leaves it out', () => {
    const [first] = statementChildren(state);
    assert.ok(first?.kind === 'group');
    assert.match(first.row.label, /^Mira Talbot: “the pier will reopen/);
    assert.equal(first.row.description, '2 articles · 1 omit');
    const children = statementChildren(state, first.groupId);
    assert.deepEqual(children.map((node) => [node.kind, node.row.label]), [['report', 'a.txt'], ['report', 'b.txt'], ['omission', 'c.txt']]);
    assert.deepEqual(children[0]!.row.icon, { codicon: 'quote' });
    assert.equal(children[2]!.row.description, 'leaves this statement out');
  });

  it('Source Balance: the workspace row, then one per article, then kinds of source', () => {
    const roots = balanceRoots(balancesOf(state));
    assert.deepEqual(roots.map((node) => node.kind === 'scope' && node.label), ['Workspace', 'a.txt', 'b.txt', 'c.txt']);
    const kinds = balanceChildren(roots[0]!);
    assert.equal(balanceRow(kinds[0]!, (file) => file).label, 'Officials');
    assert.match(balanceRow(roots[0]!, (file) => file).description ?? '', /^3 articles · 5 quotes · \d+ words$/);
  });
});

describe('view models: Compare view and commands', () => {
  const state = workspaceOfThree();

  it('puts the fullest wording first, and leads each entry to its report', () => {
    const [group] = statementChildren(state);
    assert.ok(group?.kind === 'group');
    const view = compareViewOf(state, group.groupId);
    assert.ok(view);
    assert.equal(view.speakerName, 'Mira Talbot');
    assert.deepEqual(view.omittedBy, ['c.txt']);
    assert.deepEqual(view.reports.map((report) => report.label), view.targets.reports.map(({ file }) => file.slice(file.lastIndexOf('/') + 1)));
    for (const target of view.targets.reports) assert.match(TEXTS[target.file]!.slice(target.start, target.end), /pier will reopen/i);
    assert.equal(compareViewOf(state, 'no such statement'), undefined);
  });

  it('finds the statement at the cursor, and says why there is none', () => {
    assert.equal(statementAt(state, A, offsetOf(A, PIER) + 2).found, 'statement');
    assert.equal(statementAt(state, A, 2).found, 'no-quotation');
    assert.equal(statementAt(state, 'file:///ws/unknown.txt', 0).found, 'not-analyzed');
  });

  it("lists a speaker's quotes across articles and finds the speaker under the cursor", () => {
    const id = speakerIdAt(state, B, offsetOf(B, 'Mira Talbot') + 1);
    assert.ok(id);
    assert.deepEqual(speakerQuotePicks(state, id)?.picks.map((pick) => pick.description), ['a.txt', 'a.txt', 'b.txt', 'c.txt']);
    assert.equal(speakerPicks(state)[0]?.speakerId, id);
  });
});
