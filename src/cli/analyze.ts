import { analyzeArticle } from '../core';
import type { AnalysisOptions } from '../core/analyze';
import { commandLineOrUsage } from './args';
import { decodeText } from './decode';
import { readInput } from './input';
import { runJsonl } from './jsonl';
import { reportError, writeOut } from './stdout';

// scripts/eval-analysis.ts scores predictions in the shape of `analyze --jsonl`, taken from here.
export { prediction, type PredictedQuote } from './prediction';

const USAGE = 'usage: source-lens analyze [--attitudes] [--max-size=MB] FILE...  |  source-lens analyze --jsonl IN.jsonl [--out OUT.jsonl] [--attribution-units] [--attitudes] [--max-size=MB]';

const OPTIONS = {
  jsonl: { type: 'string' },
  out: { type: 'string' },
  'attribution-units': { type: 'boolean' },
  // Also attributed stances ("wants to …", "backed the bill"), PolNeAR's scope of attribution.
  attitudes: { type: 'boolean' },
} as const;

/** One JSON analysis line per file; a file that cannot be read is named on stderr and the others still run. */
async function runFiles(files: string[], options: AnalysisOptions, maxSizeMb: number): Promise<number> {
  let failed = false;
  for (const file of files) {
    let line: string;
    try {
      const text = decodeText(readInput(file, maxSizeMb).bytes, file);
      line = JSON.stringify({ file, ...analyzeArticle(text, options) }) + '\n';
    } catch (error) {
      reportError(error);
      failed = true;
      continue;
    }
    await writeOut(line);
  }
  return failed ? 1 : 0;
}

export async function runAnalyze(args: string[]): Promise<number> {
  const commandLine = commandLineOrUsage(args, OPTIONS, USAGE);
  if (!commandLine) return 2;
  const { values, positionals, maxSizeMb } = commandLine;
  const analysis: AnalysisOptions = { attitudes: values.attitudes === true };
  const input = values.jsonl;
  if (typeof input !== 'string') {
    if (positionals.length === 0 || values.out !== undefined || values['attribution-units'] !== undefined) {
      process.stderr.write(`source-lens: ${USAGE}\n`);
      return 2;
    }
    return runFiles(positionals, analysis, maxSizeMb);
  }
  if (positionals.length > 0) {
    process.stderr.write(`source-lens: unexpected ${positionals.join(' ')} with --jsonl\n${USAGE}\n`);
    return 2;
  }
  const output = typeof values.out === 'string' ? values.out : undefined;
  try {
    return await runJsonl({ input, output, attributionUnits: values['attribution-units'] === true, analysis, maxSizeMb });
  } catch (error) {
    reportError(error);
    return 1;
  }
}
