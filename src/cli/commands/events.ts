import type { Command } from 'commander';
import { PloverType } from '../../model/index.ts';
import { EventQueries, openDb, type StoredEvent } from '../../store/index.ts';
import { makeContext, UsageError } from '../context.ts';
import { parseCode, parseCount, parseFormat, parseRange, writeRows } from '../output.ts';

/** `nasij events`: stored events filtered by actors, type and dates; JSON Lines carry their evidence. */

interface EventsOptions {
  actor?: string;
  target?: string;
  type?: string;
  from?: string;
  to?: string;
  limit?: string;
  format: string;
  db: string;
}

const HEADER = ['date', 'type', 'cameo', 'sources', 'targets', 'goldstein', 'negated', 'mentions', 'articles', 'sources_n', 'id'];

function row(e: StoredEvent): string[] {
  return [e.date, e.type, e.cameo, e.sources.join(';'), e.targets.join(';'), String(e.goldstein), e.negated ? 'yes' : '', String(e.num_mentions), String(e.num_articles), String(e.num_sources), String(e.id)];
}

function parseType(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = PloverType.safeParse(value.toUpperCase());
  if (!parsed.success) throw new UsageError(`--type must be a PLOVER type (${PloverType.options.join(', ')}), got "${value}"`);
  return parsed.data;
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('list stored events by actor, target, type and dates')
    .option('--actor <code>', 'a source actor code (USA, NATO …)')
    .option('--target <code>', 'a target actor code')
    .option('--type <type>', 'a PLOVER type (CONSULT, ASSAULT …)')
    .option('--from <YYYY-MM-DD>', 'events on or after this day')
    .option('--to <YYYY-MM-DD>', 'events on or before this day')
    .option('--limit <n>', 'at most this many events')
    .option('--format <table|jsonl|csv>', 'output format (JSON Lines include every mention as evidence)', 'table')
    .option('--db <file>', 'the database file', 'nasij.db')
    .action((options: EventsOptions) => {
      const ctx = makeContext(Boolean(program.opts().quiet));
      const format = parseFormat(options.format);
      const filter = {
        actor: options.actor === undefined ? undefined : parseCode(options.actor, '--actor'),
        target: options.target === undefined ? undefined : parseCode(options.target, '--target'),
        type: parseType(options.type),
        ...parseRange(options.from, options.to),
        limit: options.limit === undefined ? undefined : parseCount(options.limit, '--limit'),
      };
      const db = openDb(options.db, { mustExist: true });
      try {
        const q = new EventQueries(db);
        writeRows(ctx, format, HEADER, q.events(filter), row, (e) => ({ ...e, evidence: q.evidence(e.id) }));
      } finally {
        db.close();
      }
    });
}
