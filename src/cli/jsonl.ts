/**
 * `analyze --jsonl`: one output line per record (non-blank input line), in input order — a prediction, or
 * `{"id", "line", "error"}` for a record that cannot be analyzed — so output line k answers record k.
 */
import { analyzeArticle } from '../core';
import type { AnalysisOptions } from '../core/analyze';
import { decodeText, encodingOf } from './decode';
import { readInput } from './input';
import { openOutput, type OutputFile } from './output';
import { prediction } from './prediction';
import { writeOut } from './stdout';

export interface JsonlRun {
  input: string;
  output?: string;
  attributionUnits: boolean;
  analysis: AnalysisOptions;
  maxSizeMb: number;
}

/** A line's text, or undefined when its bytes are not valid UTF-8. */
type Line = string | undefined;

interface Tally {
  predicted: number;
  failed: number;
}

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

/** UTF-8 is decoded line by line, so one bad line spoils only itself; UTF-16 (known by its mark) as a whole. */
function inputLines(bytes: Uint8Array, file: string): Line[] {
  const encoding = encodingOf(bytes, file);
  if (encoding.label !== 'utf-8') return decodeText(bytes, file).split('\n');
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return byteLines(bytes.subarray(encoding.markLength)).map((line) => {
    try {
      return decoder.decode(line);
    } catch {
      return undefined;
    }
  });
}

/** The output line for one record, and what is wrong with the record when it cannot be analyzed. */
function answer(line: Line, lineNumber: number, run: JsonlRun): { text: string; problem?: string } {
  const failure = (problem: string, id: unknown = null) => ({ text: JSON.stringify({ id, line: lineNumber, error: problem }), problem });
  if (line === undefined) return failure('not valid UTF-8');
  let record: { id?: unknown; text?: unknown } | null;
  try {
    record = JSON.parse(line) as { id?: unknown; text?: unknown } | null;
  } catch {
    return failure('not valid JSON');
  }
  if (!record || typeof record !== 'object') return failure('expected {"id", "text"} with a string text');
  if (typeof record.text !== 'string' || record.id === undefined) return failure('expected {"id", "text"} with a string text', record.id ?? null);
  try {
    return { text: JSON.stringify(prediction(record.id, record.text, analyzeArticle(record.text, run.analysis), run.attributionUnits)) };
  } catch (error) {
    return failure(`analysis failed: ${error instanceof Error ? error.message : String(error)}`, record.id);
  }
}

async function writeAnswers(lines: Line[], run: JsonlRun, file: OutputFile | undefined): Promise<Tally> {
  const tally: Tally = { predicted: 0, failed: 0 };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line !== undefined && !line.trim()) continue;
    const { text, problem } = answer(line?.trim(), index + 1, run);
    if (problem) process.stderr.write(`source-lens: ${run.input}:${index + 1}: ${problem}\n`);
    tally[problem ? 'failed' : 'predicted']++;
    if (file) file.write(text + '\n');
    else await writeOut(text + '\n');
  }
  return tally;
}

function exitCode(run: JsonlRun, tally: Tally): number {
  if (tally.predicted + tally.failed === 0) {
    process.stderr.write(`source-lens: ${run.input}: no records (expected one {"id", "text"} object per line)\n`);
    return 1;
  }
  if (tally.predicted === 0 && run.output) process.stderr.write(`source-lens: ${run.output}: left unchanged, since no record was valid\n`);
  return tally.failed > 0 ? 1 : 0;
}

export async function runJsonl(run: JsonlRun): Promise<number> {
  const { bytes, identity } = readInput(run.input, run.maxSizeMb);
  const lines = inputLines(bytes, run.input);
  const file = run.output ? openOutput(run.output, [identity]) : undefined;
  let tally: Tally | undefined;
  try {
    tally = await writeAnswers(lines, run, file);
  } finally {
    if (file && tally && tally.predicted > 0) file.commit();
    else file?.discard();
  }
  return exitCode(run, tally);
}
