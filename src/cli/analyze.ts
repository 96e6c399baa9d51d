import { closeSync, openSync, writeSync } from 'node:fs';
import { analyzeArticle, type ArticleAnalysis } from '../core';
import type { AnalysisOptions } from '../core/analyze';
import { readBytes, readText } from './files';

const USAGE = 'usage: source-lens analyze [--attitudes] FILE...  |  source-lens analyze --jsonl IN.jsonl [--out OUT.jsonl] [--attribution-units] [--attitudes]';

export interface PredictedQuote {
  start: number;
  end: number;
  type: string;
  speaker: string | null;
  speakerSpans: number[][];
  cue: string | null;
  cueSpans: number[][];
  partOf?: string;
}

/** "that " right before a content span: PolNeAR counts the complementizer as content, the seeds gold does not. */
function withComplementizer(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 5), start);
  return /^that\s$/i.test(before) ? start - 5 : start;
}

/**
 * The prediction line of ../shared/tools/score.py, plus `type` and `partOf` (ignored by the scorer).
 * Source Lens reports a quotation interrupted by its attribution as one quote per part, without a leading "that"
 * (the seeds' conventions); `attributionUnits` follows PolNeAR's instead: one prediction per attribution, spanning its
 * parts, with the complementizer.
 */
export function prediction(id: unknown, text: string, analysis: ArticleAnalysis, attributionUnits = false): { id: unknown; quotes: PredictedQuote[]; speakers: object[] } {
  const byId = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker]));
  const quotes: PredictedQuote[] = [];
  const groups = new Map<string, PredictedQuote>();
  for (const quote of analysis.quotes) {
    const group = attributionUnits && quote.partOf ? groups.get(quote.partOf) : undefined;
    if (group) {
      group.end = Math.max(group.end, quote.end);
      if (group.type !== quote.type) group.type = 'mixed';
      continue;
    }
    const speaker = quote.speakerId ? byId.get(quote.speakerId) : undefined;
    const mention = quote.speakerSpan ? text.slice(quote.speakerSpan.start, quote.speakerSpan.end) : null;
    const predicted: PredictedQuote = {
      start: attributionUnits && quote.type !== 'direct' ? withComplementizer(text, quote.start) : quote.start,
      end: quote.end,
      type: quote.type,
      speaker: speaker ? speaker.name : mention,
      speakerSpans: quote.speakerSpan ? [[quote.speakerSpan.start, quote.speakerSpan.end]] : [],
      cue: quote.cue ? quote.cue.text : null,
      cueSpans: quote.cue ? [[quote.cue.start, quote.cue.end]] : [],
    };
    if (quote.partOf) {
      predicted.partOf = quote.partOf;
      if (attributionUnits) groups.set(quote.partOf, predicted);
    }
    quotes.push(predicted);
  }
  return {
    id,
    quotes,
    speakers: analysis.speakers.map((speaker) => ({
      name: speaker.name,
      aliases: speaker.aliases,
      kind: speaker.kind,
      roles: speaker.roles.map((role) => ({ text: role.text, start: role.start, end: role.end })),
      affiliation: speaker.affiliation ?? null,
    })),
  };
}

function writeToStdout(line: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(line)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

/** The lines of a JSONL file as bytes, so that one line of invalid UTF-8 spoils only itself. */
function byteLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return lines;
}

async function runJsonl(input: string, output: string | undefined, attributionUnits: boolean, options: AnalysisOptions): Promise<number> {
  const lines = byteLines(readBytes(input));
  let fd: number | undefined;
  if (output) {
    try {
      fd = openSync(output, 'w');
    } catch {
      throw new Error(`${output}: cannot be written`);
    }
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let failed = false;
  let records = 0;
  const fail = (line: number, problem: string): void => {
    process.stderr.write(`source-lens: ${input}:${line}: ${problem}\n`);
    failed = true;
  };
  try {
    for (let index = 0; index < lines.length; index++) {
      let line: string;
      try {
        line = decoder.decode(lines[index]).trim();
      } catch {
        fail(index + 1, 'not valid UTF-8');
        continue;
      }
      if (!line) continue;
      let record: { id?: unknown; text?: unknown };
      try {
        record = JSON.parse(line) as { id?: unknown; text?: unknown };
      } catch {
        fail(index + 1, 'not valid JSON');
        continue;
      }
      if (!record || typeof record !== 'object' || typeof record.text !== 'string' || record.id === undefined) {
        fail(index + 1, 'expected {"id", "text"} with a string text');
        continue;
      }
      records++;
      const out = JSON.stringify(prediction(record.id, record.text, analyzeArticle(record.text, options), attributionUnits)) + '\n';
      if (fd === undefined) await writeToStdout(out);
      else writeSync(fd, out);
    }
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (records === 0 && !failed) {
    process.stderr.write(`source-lens: ${input}: no records (expected one {"id", "text"} object per line)\n`);
    return 1;
  }
  return failed ? 1 : 0;
}

export async function runAnalyze(allArgs: string[]): Promise<number> {
  // "--attitudes": also attributed stances ("wants to …", "backed the bill"), PolNeAR's scope of attribution.
  const options: AnalysisOptions = { attitudes: allArgs.includes('--attitudes') };
  const args = allArgs.filter((arg) => arg !== '--attitudes');
  if (args.includes('--jsonl')) {
    const at = args.indexOf('--jsonl');
    const input = args[at + 1];
    const outAt = args.indexOf('--out');
    const output = outAt >= 0 ? args[outAt + 1] : undefined;
    const unitsAt = args.indexOf('--attribution-units');
    const extra = args.filter((_arg, i) => i !== at && i !== at + 1 && i !== unitsAt && (outAt < 0 || (i !== outAt && i !== outAt + 1)));
    if (!input || input.startsWith('--') || (outAt >= 0 && (!output || output.startsWith('--'))) || extra.length > 0) {
      process.stderr.write(`source-lens: ${USAGE}\n`);
      return 2;
    }
    try {
      return await runJsonl(input, output, unitsAt >= 0, options);
    } catch (error) {
      process.stderr.write(`source-lens: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  if (args.length === 0 || args.some((arg) => arg.startsWith('--'))) {
    process.stderr.write(`source-lens: ${USAGE}\n`);
    return 2;
  }
  let failed = false;
  for (const file of args) {
    try {
      const text = readText(file);
      process.stdout.write(JSON.stringify({ file, ...analyzeArticle(text, options) }) + '\n');
    } catch (error) {
      process.stderr.write(`source-lens: ${error instanceof Error ? error.message : String(error)}\n`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}
