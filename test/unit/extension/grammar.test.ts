import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.join(__dirname, '..', '..', '..');

interface Token {
  text: string;
  scopes: string[];
}

let grammar: textmate.IGrammar;

/** Tokenises lines the way the editor does, continuing the rule stack from line to line. */
function tokenize(text: string): Token[][] {
  let stack = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}

/** The text of every stretch of tokens carrying a scope that starts with `prefix`. */
function scoped(lines: Token[][], prefix: string): string[] {
  const runs: string[] = [];
  for (const line of lines) {
    let run = '';
    for (const token of line) {
      if (token.scopes.some((scope) => scope.startsWith(prefix))) run += token.text;
      else if (run) {
        runs.push(run);
        run = '';
      }
    }
    if (run) runs.push(run);
  }
  return runs;
}

describe('article TextMate grammar', () => {
  before(async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async () => textmate.parseRawGrammar(readFileSync(path.join(root, 'syntaxes', 'article.tmLanguage.json'), 'utf8'), 'article.tmLanguage.json'),
    });
    grammar = (await registry.loadGrammar('text.article'))!;
    assert.ok(grammar);
  });

  it('marks quotations in every quote style', () => {
    const lines = tokenize(
      [
        'She said “curly double” and ‘curly single’ and "straight double" today.',
        'Il a dit « guillemets » et „low double“ and ‹single guillemets› and 「corner」.',
        "He called it 'straight single' in passing, though Russia's talks' end was near.",
      ].join('\n'),
    );
    const quoted = scoped(lines, 'string.quoted');
    for (const expected of ['“curly double”', '‘curly single’', '"straight double"', '« guillemets »', '„low double“', '‹single guillemets›', '「corner」', "'straight single'"]) {
      assert.ok(quoted.includes(expected), `${expected} not marked; marked: ${quoted.join(' | ')}`);
    }
    assert.ok(!quoted.some((text) => text.includes("Russia's")), 'an apostrophe opened a quotation');
  });

  it('nests single quotes inside double quotes', () => {
    const [line] = tokenize('Peskov said, “Moscow considered it ‘positive’ that Kyiv had started.”');
    const positive = line!.find((token) => token.text === 'positive');
    assert.ok(positive?.scopes.some((scope) => scope.startsWith('string.quoted.single')));
    assert.ok(positive?.scopes.some((scope) => scope.startsWith('string.quoted.double')));
  });

  it('ends an unbalanced quotation at the end of its paragraph', () => {
    const lines = tokenize('He said “this never closes.\n\nThe next paragraph is plain prose, like this one.');
    assert.ok(lines[2]!.every((token) => !token.scopes.some((scope) => scope.startsWith('string.quoted'))));
  });

  it('marks headlines, bylines, datelines and bullets', () => {
    const lines = tokenize(
      [
        'Russia, Ukraine Signal Progress Being Made in Negotiations',
        'By Jane Doe and John Roe',
        'KYIV, Ukraine (AP) — Talks resumed on Tuesday, officials said.',
        ' date 2022-03-30 Moscow plays down hopes',
        '• Officials said that talks were making progress.',
        'A sentence of the body that ends like a sentence does.',
      ].join('\n'),
    );
    assert.deepEqual(scoped([lines[0]!], 'markup.heading'), ['Russia, Ukraine Signal Progress Being Made in Negotiations']);
    assert.deepEqual(scoped([lines[1]!], 'markup.italic.byline'), ['By Jane Doe and John Roe']);
    assert.deepEqual(scoped([lines[2]!], 'markup.bold.dateline'), ['KYIV, Ukraine (AP)']);
    assert.deepEqual(scoped([lines[3]!], 'constant.numeric.date'), ['2022-03-30']);
    assert.deepEqual(scoped([lines[3]!], 'markup.heading'), ['Moscow plays down hopes']);
    assert.ok(scoped([lines[4]!], 'markup.list').length > 0);
    assert.deepEqual(scoped([lines[5]!], 'markup'), []);
  });

  it('tokenises every seed article without a rule running away', () => {
    for (const seed of ['000_a99b1a2a1513b8db.txt', '001_2035d72cd5e1f419.txt', '002_86ced2f2eda6ba96.txt', '003_50467d28ef8d0e76.txt', '004_1160814364ef8c10.txt']) {
      const lines = tokenize(readFileSync(path.join(root, 'seeds', seed), 'utf8'));
      const quoted = scoped(lines, 'string.quoted');
      assert.ok(quoted.length > 0, `${seed}: no quotation marked`);
      assert.ok(quoted.every((text) => text.length < 600), `${seed}: a quotation swallowed a paragraph`);
    }
  });
});
