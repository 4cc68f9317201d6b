import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../datafile/paths.ts';
import { Command, CommanderError } from 'commander';
import { DataFileError } from '../datafile/tsv.ts';
import { EXIT_FAILURE, EXIT_USAGE, UsageError } from './context.ts';
import { registerActors } from './commands/actors.ts';
import { registerCode } from './commands/code.ts';
import { registerEval } from './commands/eval.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerEvents } from './commands/events.ts';
import { registerDyad } from './commands/dyad.ts';
import { registerSearch } from './commands/search.ts';
import { registerDemo } from './commands/demo.ts';
import { registerText } from './commands/text.ts';
import { registerServe } from './commands/serve.ts';
import { registerExport } from './commands/export.ts';
import { registerRecode } from './commands/recode.ts';
import { registerGroupings } from './commands/groupings.ts';
import { registerAnalysis } from './commands/analysis.ts';

/**
 * The `nasij` command. Conventions shared by every subcommand: inputs are files or `-` (stdin),
 * records go to stdout as JSON Lines, logs and progress to stderr; exit 0 ok, 1 failure, 2 usage.
 */

const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };

function buildProgram(): Command {
  const program = new Command('nasij')
    .description('Nasij: Arabic-first political event data from news')
    .version(pkg.version, '-V, --version')
    .option('-q, --quiet', 'no logs or progress on stderr (errors still show)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerText(program);
  registerActors(program);
  registerCode(program);
  registerEval(program);
  registerIngest(program);
  registerEvents(program);
  registerDyad(program);
  registerSearch(program);
  registerDemo(program);
  registerServe(program);
  registerExport(program);
  registerRecode(program);
  registerGroupings(program);
  registerAnalysis(program);
  return program;
}

function exitCodeFor(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT_USAGE;
  if (err instanceof UsageError) {
    process.stderr.write(`nasij: ${err.message}\n`);
    return EXIT_USAGE;
  }
  const message = err instanceof DataFileError || err instanceof Error ? err.message : String(err);
  process.stderr.write(`nasij: ${message}\n`);
  return EXIT_FAILURE;
}

// A closed pipe (nasij … | head) is a normal end, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

try {
  await buildProgram().parseAsync(process.argv);
} catch (err) {
  process.exitCode = exitCodeFor(err);
}
