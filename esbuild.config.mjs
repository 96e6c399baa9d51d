// Builds the three bundles from one source tree: the Node extension host, the web extension host, and the CLI.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'info',
  legalComments: 'none',
};

const builds = [
  {
    ...common,
    entryPoints: ['src/extension/main.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    define: { WEB_BUNDLE: 'false' },
  },
  {
    ...common,
    entryPoints: ['src/extension/main.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    // Only reached in a Node extension host (see src/extension/engine/channel.ts).
    external: ['vscode', 'node:worker_threads'],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"', WEB_BUNDLE: 'true' },
  },
  {
    ...common,
    entryPoints: ['src/worker/node.ts'],
    outfile: 'dist/worker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
  },
  {
    ...common,
    entryPoints: ['src/worker/web.ts'],
    outfile: 'dist/web/worker.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  {
    ...common,
    // Readability and its DOM, loaded by the Node extension only when a page is read (see src/extension/import/pageReader.ts).
    entryPoints: ['src/core/import/readPage.ts'],
    outfile: 'dist/reader.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    banner: { js: '#!/usr/bin/env node' },
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('[watch] watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
