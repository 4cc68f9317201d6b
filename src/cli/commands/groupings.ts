import type { Command } from 'commander';
import { EventQueries, GroupingQueries, openDb, type Db, type GroupingDetail, type GroupingSummary, type StoredEvent } from '../../store/index.ts';
import { makeContext, UsageError, type CliContext } from '../context.ts';
import { parseFormat, writeRows, type Format } from '../output.ts';

/**
 * `nasij groupings [CODE]`: the stored groupings (lexicon and discovered), or one of them: its
 * members, the membership changes reported over time, and the events it takes part in.
 */

interface GroupingsOptions {
  format: string;
  kind?: string;
  db: string;
}

const KINDS = ['bilateral', 'minilateral', 'multilateral'];

function listRow(g: GroupingSummary): string[] {
  return [g.code, g.name, g.format, String(g.members), String(g.changes), g.issues.join(';'), g.discovered ? 'discovered' : 'lexicon'];
}

/** The events it takes part in, on either side, each once, by date. */
function events(db: Db, code: string): StoredEvent[] {
  const q = new EventQueries(db);
  const all = [...q.events({ actor: code }), ...q.events({ target: code })];
  return [...new Map(all.map((e) => [e.id, e])).values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
}

function showOne(ctx: CliContext, format: Format, g: GroupingDetail, acting: StoredEvent[]): void {
  if (format === 'jsonl') {
    ctx.emit({ ...g, events: acting });
    return;
  }
  if (format === 'table') process.stdout.write(`${g.code} — ${g.name} (${g.format}${g.issues.length ? `; ${g.issues.join(', ')}` : ''})\nmembers: ${g.member_codes.join(', ') || '—'}\n\n`);
  writeRows(ctx, format, ['date', 'actor', 'change', 'negated', 'article', 'sentence'], g.timeline, (t) => [t.date, t.actor, t.change, t.negated ? 'yes' : '', t.article_id, String(t.sentence)]);
  if (format === 'table') {
    process.stdout.write('\n');
    writeRows(ctx, format, ['date', 'type', 'sources', 'targets', 'articles', 'id'], acting, (e) => [e.date, e.type, e.sources.join(';'), e.targets.join(';'), String(e.num_articles), String(e.id)]);
  }
}

export function registerGroupings(program: Command): void {
  program
    .command('groupings')
    .description('stored groupings; with a code, its members over time and its events')
    .argument('[code]', 'a grouping code (BRICS, NATO, NEW-…)')
    .option('--kind <bilateral|minilateral|multilateral>', 'only groupings of this format')
    .option('--format <table|jsonl|csv>', 'output format (csv: the membership timeline)', 'table')
    .option('--db <file>', 'the database file', 'nasij.db')
    .action((code: string | undefined, options: GroupingsOptions) => {
      const ctx = makeContext(Boolean(program.opts().quiet));
      const format = parseFormat(options.format);
      if (options.kind !== undefined && !KINDS.includes(options.kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}, got "${options.kind}"`);
      const db = openDb(options.db, { mustExist: true });
      try {
        const groupings = new GroupingQueries(db);
        if (code === undefined) {
          writeRows(ctx, format, ['code', 'name', 'format', 'members', 'changes', 'issues', 'source'], groupings.list(options.kind), listRow);
          return;
        }
        const g = groupings.grouping(code.toUpperCase()) ?? groupings.grouping(code);
        if (!g) throw new UsageError(`no grouping "${code}" in ${options.db} (nasij groupings lists them)`);
        showOne(ctx, format, g, events(db, g.code));
      } finally {
        db.close();
      }
    });
}
