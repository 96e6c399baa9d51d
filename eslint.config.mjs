import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** An import a layer must not make, with the reason ESLint prints. */
const forbid = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const vscodeImport = { group: ['vscode'], message: 'Only the VS Code adapters import vscode: this layer is pure and unit-tested in plain mocha.' };
const upward = (layers) => ({
  group: layers.map((layer) => `**/${layer}/**`),
  message: 'Layers import downward only: core ← features ← worker ← extension.',
});

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'media/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Small files with one job and functions a reader takes in at once; test suites are long lists of cases and are exempt.
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The layers of README's Architecture section, held by the linter rather than by habit.
    files: ['src/core/**/*.ts'],
    rules: forbid([vscodeImport, upward(['features', 'worker', 'extension', 'cli']), { group: ['node:*'], message: 'The core runs in the browser too.' }]),
  },
  {
    files: ['src/features/**/*.ts'],
    ignores: ['src/features/**/*Provider.ts', 'src/features/highlights/highlighter.ts', 'src/features/highlights/decorationTypes.ts', 'src/features/shared/treeItem.ts'],
    rules: forbid([vscodeImport, upward(['worker', 'extension', 'cli'])]),
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: forbid([vscodeImport, upward(['extension', 'cli'])]),
  },
  {
    // The engine client and the workspace logic reach the editor through workspace/seams.ts only.
    files: ['src/extension/engine/**/*.ts', 'src/extension/workspace/**/*.ts', 'src/extension/shared/**/*.ts'],
    ignores: ['src/extension/engine/channel.ts', 'src/extension/workspace/vscodeWorkspace.ts'],
    rules: forbid([vscodeImport]),
  },
);
