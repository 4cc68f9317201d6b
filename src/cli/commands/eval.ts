import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Coder } from '../../coder/index.ts';
import { type Disagreement, evaluate, f1, formatDisagreements, formatReport, GoldError, type GoldSentence, parseGoldJsonl, parsePetrarchXml } from '../../evaluate/index.ts';
import { EXIT_FAILURE, UsageError } from '../context.ts';

/** `nasij eval GOLD`: codes a gold set and prints precision, recall, F1 and accuracies. */

interface EvalOptions {
  format?: string;
  json?: boolean;
  errors?: boolean;
  lexicon: string[];
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function readGold(path: string, format: string | undefined): GoldSentence[] {
  const content = readFileSync(path, 'utf8');
  const kind = format ?? (/\.xml$/i.test(path) ? 'petrarch-xml' : 'jsonl');
  if (kind === 'jsonl') return parseGoldJsonl(path, content);
  if (kind === 'petrarch-xml') return parsePetrarchXml(path, content);
  throw new UsageError(`--format must be jsonl or petrarch-xml, got "${kind}"`);
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('code a gold set and print P/R/F1 per PLOVER type, actor and date accuracy, confusion')
    .argument('<gold...>', 'gold files: our JSONL format or PETRARCH validation XML')
    .option('--format <jsonl|petrarch-xml>', 'gold format (default: by file extension)')
    .option('--json', 'print the figures as one JSON object')
    .option('--errors', 'also list every sentence where the coded events differ from the gold (for data editors)')
    .option('--lexicon <dir>', 'a folder of data files layered over the bundled lexicon (repeatable)', collect, [])
    .action((files: string[], options: EvalOptions) => {
      let gold: GoldSentence[];
      try {
        gold = files.flatMap((f) => readGold(f, options.format));
      } catch (err) {
        if (!(err instanceof GoldError) && (err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        process.stderr.write(`nasij: ${(err as Error).message}\n`);
        process.exitCode = EXIT_FAILURE;
        return;
      }
      const disagreements: Disagreement[] | undefined = options.errors ? [] : undefined;
      const scores = evaluate(Coder.load(options.lexicon), gold, disagreements);
      if (!options.json) {
        process.stdout.write(formatReport(scores) + '\n');
        if (disagreements) process.stdout.write(`\ndisagreements (${disagreements.length}):\n${formatDisagreements(disagreements)}\n`);
        return;
      }
      const ratio = (r: { correct: number; total: number }): number | null => (r.total ? r.correct / r.total : null);
      process.stdout.write(JSON.stringify({
        sentences: scores.sentences,
        micro: f1(scores.micro),
        by_type: Object.fromEntries([...scores.byType].map(([t, c]) => [t, { ...c, ...f1(c) }])),
        source_accuracy: ratio(scores.source),
        target_accuracy: ratio(scores.target),
        date_accuracy: ratio(scores.date),
        negation_accuracy: ratio(scores.negation),
        memberships: f1(scores.memberships),
        groupings: f1(scores.groupings),
      }) + '\n');
    });
}
