import type { Command } from 'commander';
import { DyadQueries, openDb, type DyadPoint, type Period } from '../../store/index.ts';
import { makeContext, UsageError } from '../context.ts';
import { parseCode, parseFormat, parseRange, writeRows } from '../output.ts';

/** `nasij dyad A B`: events from A to B per day, week or month, by quad class, with mean Goldstein. */

interface DyadOptions {
  by: string;
  from?: string;
  to?: string;
  format: string;
  db: string;
}

const PERIODS: Period[] = ['day', 'week', 'month'];
const HEADER = ['period', 'verbal_coop', 'material_coop', 'verbal_conflict', 'material_conflict', 'events', 'mean_goldstein'];

function row(p: DyadPoint): string[] {
  return [p.period, ...p.quad.map(String), String(p.events), p.mean_goldstein.toFixed(2)];
}

export function registerDyad(program: Command): void {
  program
    .command('dyad')
    .description('events from one actor to another over time: counts per quad class and mean Goldstein score')
    .argument('<source>', 'the acting side (USA …)')
    .argument('<target>', 'the side acted on (RUS …)')
    .option('--by <day|week|month>', 'period (weeks are ISO weeks)', 'month')
    .option('--from <YYYY-MM-DD>', 'events on or after this day')
    .option('--to <YYYY-MM-DD>', 'events on or before this day')
    .option('--format <table|jsonl|csv>', 'output format', 'table')
    .option('--db <file>', 'the database file', 'nasij.db')
    .action((source: string, target: string, options: DyadOptions) => {
      const ctx = makeContext(Boolean(program.opts().quiet));
      const format = parseFormat(options.format);
      if (!(PERIODS as string[]).includes(options.by)) throw new UsageError(`--by must be one of ${PERIODS.join(', ')}, got "${options.by}"`);
      const query = { source: parseCode(source, 'the source'), target: parseCode(target, 'the target'), by: options.by as Period, ...parseRange(options.from, options.to) };
      const db = openDb(options.db, { mustExist: true });
      try {
        const points = new DyadQueries(db).dyad(query);
        writeRows(ctx, format, HEADER, points, row, (p) => ({ source: query.source, target: query.target, ...p }));
      } finally {
        db.close();
      }
    });
}
