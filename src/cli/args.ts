import { parseArgs } from 'node:util';
import { DEFAULT_MAX_SIZE_MB } from './input';

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

export interface CommandLine {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  maxSizeMb: number;
}

/** `--max-size=MB`, a limit every command that reads files accepts. */
const MAX_SIZE: OptionSpec = { 'max-size': { type: 'string' } };

/** Parses a command's arguments; a problem (unknown flag, missing value, bad size) is thrown as its message. */
export function parseCommandLine(args: string[], options: OptionSpec): CommandLine {
  const { values, positionals } = parseArgs({ args, options: { ...options, ...MAX_SIZE }, allowPositionals: true, strict: true });
  const size = values['max-size'];
  const maxSizeMb = size === undefined ? DEFAULT_MAX_SIZE_MB : Number(size);
  if (typeof size === 'string' && !(maxSizeMb > 0)) throw new Error(`--max-size expects a number of megabytes, not "${size}"`);
  return { values, positionals, maxSizeMb };
}

/** The parsed command line, or a usage message on stderr and undefined. */
export function commandLineOrUsage(args: string[], options: OptionSpec, usage: string): CommandLine | undefined {
  try {
    return parseCommandLine(args, options);
  } catch (error) {
    process.stderr.write(`source-lens: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n${usage}\n`);
    return undefined;
  }
}
