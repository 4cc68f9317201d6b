import { createWriteStream, type WriteStream } from 'node:fs';
import type { Command } from 'commander';
import { exportEvents, TEXT_FORMATS, type ExportEvent, type TextFormat } from '../../export/index.ts';
import { loadCodeBook } from '../../export/codebook.ts';
import { exportParquet } from '../../export/parquet.ts';
import { openDb, ReportedEvents, type EventFilter } from '../../store/index.ts';
import { isCalendarDay, makeContext, UsageError } from '../context.ts';

/** `nasij export`: stored events in GDELT, ICEWS, Phoenix, PLOVER, CSV or Parquet form. */

const FORMATS = [...TEXT_FORMATS, 'parquet'] as const;

interface ExportOptions {
  format: string;
  db: string;
  out?: string;
  actor?: string;
  target?: string;
  type?: string;
  from?: string;
  to?: string;
}

function filterOf(o: ExportOptions): EventFilter {
  for (const [flag, value] of [['--from', o.from], ['--to', o.to]] as const) {
    if (value !== undefined && !isCalendarDay(value)) throw new UsageError(`${flag} must be a date YYYY-MM-DD, got "${value}"`);
  }
  return { actor: o.actor, target: o.target, type: o.type?.toUpperCase(), from: o.from, to: o.to };
}

async function writeText(format: TextFormat, events: Iterable<ExportEvent>, out: string | undefined): Promise<number> {
  const stream: WriteStream | NodeJS.WriteStream = out ? createWriteStream(out) : process.stdout;
  const count = exportEvents(format, events, loadCodeBook(), (line) => stream.write(line));
  if (out) await new Promise<void>((resolve, reject) => (stream as WriteStream).end((err?: Error | null) => (err ? reject(err) : resolve())));
  return count;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export stored events: gdelt (61 columns), icews, phoenix, plover (JSON Lines), csv, parquet')
    .requiredOption('--format <format>', FORMATS.join('|'))
    .option('--db <file>', 'the database', 'nasij.db')
    .option('--out <file>', 'write here instead of stdout (needed for parquet)')
    .option('--actor <code>', 'source actor code')
    .option('--target <code>', 'target actor code')
    .option('--type <PLOVER type>', 'event type')
    .option('--from <YYYY-MM-DD>', 'first event date')
    .option('--to <YYYY-MM-DD>', 'last event date')
    .action(async (options: ExportOptions) => {
      const ctx = makeContext(Boolean(program.opts().quiet));
      const format = options.format.toLowerCase();
      if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${options.format}"`);
      if (format === 'parquet' && !options.out) throw new UsageError('--format parquet needs --out FILE');
      const filter = filterOf(options);
      const db = openDb(options.db, { mustExist: true });
      try {
        const events = new ReportedEvents(db).reported(filter);
        const count = format === 'parquet' ? await exportParquet(events, options.out as string) : await writeText(format as TextFormat, events, options.out);
        ctx.log(`nasij: exported ${count} events as ${format}${options.out ? ` to ${options.out}` : ''}`);
      } finally {
        db.close();
      }
    });
}
