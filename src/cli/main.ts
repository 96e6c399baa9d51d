import { runAnalyze } from './analyze';
import { runCompare } from './compare';
import { DEFAULT_MAX_SIZE_MB } from './input';
import { StdoutClosed, tolerateClosedPipes, writeOut } from './stdout';

const USAGE = `Source Lens: who said what in news articles.

Usage:
  source-lens analyze FILE...                      one JSON analysis per file
  source-lens analyze --jsonl IN.jsonl [--out OUT] one line per {"id","text"} record: its prediction,
                                                   or {"id","line","error"} when it cannot be analyzed
  source-lens compare FILE... [--json]             statements reported across the articles
  source-lens --help

Inputs are regular files of at most ${DEFAULT_MAX_SIZE_MB} MB (--max-size=MB raises the limit), in UTF-8, or in
UTF-16 with a byte-order mark. Offsets are UTF-16 indices into the text after any byte-order mark, as VS Code
shows it. --out is written under a temporary name and renamed when done; it may not be the input.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    await writeOut(USAGE);
    return command ? 0 : 2;
  }
  switch (command) {
    case 'analyze':
      return runAnalyze(rest);
    case 'compare':
      return runCompare(rest);
    default:
      process.stderr.write(`source-lens: unknown command "${command}" (try --help)\n`);
      return 2;
  }
}

tolerateClosedPipes();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // The reader wanted no more (`| head`): as for any Unix filter, that is not a failure.
    if (error instanceof StdoutClosed) return;
    process.stderr.write(`source-lens: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
