import { runAnalyze } from './analyze';
import { runCompare } from './compare';

const USAGE = `Source Lens: who said what in news articles.

Usage:
  source-lens analyze FILE...                      one JSON analysis per file
  source-lens analyze --jsonl IN.jsonl [--out OUT] one prediction line per {"id","text"} record
  source-lens compare FILE... [--json]             statements reported across the articles
  source-lens --help
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`source-lens: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
