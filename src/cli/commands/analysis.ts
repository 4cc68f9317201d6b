import type { Command } from 'commander';
import { ActorProfiles, AlignmentNetwork, DIRECTIONS, DyadSeries, FormatsAnalysis, HedgingAnalysis, PERIODS, SETTINGS, type Direction, type Period } from '../../analysis/index.ts';
import { openDb, type Db } from '../../store/index.ts';
import { makeContext, UsageError } from '../context.ts';
import { parseCode, parseCount, parseRange } from '../output.ts';
import { renderTable } from '../table.ts';

/**
 * The analyses on the command line: `nasij series A B`, `profile CODE`, `network`, `hedging`,
 * `formats`. Each prints a table for people, or with --format json the whole result as one JSON line.
 */

interface Common {
  from?: string;
  to?: string;
  format: string;
  db: string;
}

const OUTPUTS = ['table', 'json'];

function choice<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

/** Opens the database, computes, prints the JSON or the tables. */
function run<T>(program: Command, options: Common, compute: (db: Db, window: { from?: string; to?: string }) => T, tables: (result: T) => [string, string[], string[][]][]): void {
  const ctx = makeContext(Boolean(program.opts().quiet));
  const json = choice(options.format, OUTPUTS, '--format') === 'json';
  const window = parseRange(options.from, options.to);
  const db = openDb(options.db, { mustExist: true });
  try {
    const result = compute(db, window);
    if (json) return ctx.emit(result);
    const out = tables(result).filter(([, , rows]) => rows.length > 0);
    if (out.length === 0) ctx.log('nasij: nothing found');
    process.stdout.write(out.map(([title, header, rows]) => (title ? `${title}\n` : '') + renderTable(header, rows)).join('\n\n') + (out.length ? '\n' : ''));
  } finally {
    db.close();
  }
}

function withCommon(cmd: Command): Command {
  return cmd
    .option('--from <YYYY-MM-DD>', 'events on or after this day')
    .option('--to <YYYY-MM-DD>', 'events on or before this day')
    .option('--format <table|json>', 'output format', 'table')
    .option('--db <file>', 'the database file', 'nasij.db');
}

const n = (x: number | null): string => (x === null ? '' : String(x));

export function registerAnalysis(program: Command): void {
  withCommon(program.command('series').description('two actors over time: events per quad class, net cooperation (cooperative − conflictual events), mean Goldstein, zero-filled'))
    .argument('<a>', 'one actor (USA …)')
    .argument('<b>', 'the other (RUS …)')
    .option('--by <day|week|month>', 'period (weeks are ISO weeks)', 'month')
    .option('--direction <both|a_to_b|b_to_a>', 'which events count', 'both')
    .option('--smooth <N>', 'trailing moving average over N periods', '1')
    .action((a: string, b: string, o: Common & { by: string; direction: string; smooth: string }) => {
      const q = { a: parseCode(a, 'the first actor'), b: parseCode(b, 'the second actor'), by: choice<Period>(o.by, PERIODS, '--by'), direction: choice<Direction>(o.direction, DIRECTIONS, '--direction'), smooth: parseCount(o.smooth, '--smooth') };
      run(program, o, (db, w) => new DyadSeries(db).series({ ...q, ...w }), (series) => [
        ['', ['period', 'verbal_coop', 'material_coop', 'verbal_conflict', 'material_conflict', 'events', 'net_coop', 'mean_goldstein', 'smoothed_net'],
          series.map((p) => [p.period, ...p.quad.map(String), String(p.events), String(p.net_cooperation), n(p.mean_goldstein), n(p.smoothed?.net_cooperation ?? null)])],
      ]);
    });

  withCommon(program.command('profile').description("an actor's partners and adversaries, event mix and membership changes"))
    .argument('<code>', 'the actor (USA, NATO …)')
    .option('--limit <N>', 'partners and adversaries shown', '10')
    .action((code: string, o: Common & { limit: string }) => {
      const q = { code: parseCode(code, 'the actor'), limit: parseCount(o.limit, '--limit') };
      const counterparts = (list: { code: string; cooperation: number; conflict: number; net_cooperation: number; mean_goldstein: number }[]): string[][] =>
        list.map((c) => [c.code, String(c.cooperation), String(c.conflict), String(c.net_cooperation), String(c.mean_goldstein)]);
      const head = ['code', 'cooperation', 'conflict', 'net', 'mean_goldstein'];
      run(program, o, (db, w) => new ActorProfiles(db).profile({ ...q, ...w }), (p) => [
        ['partners', head, counterparts(p.partners)],
        ['adversaries', head, counterparts(p.adversaries)],
        ['event types', ['type', 'as_source', 'as_target'], p.types.map((t) => [t.type, String(t.as_source), String(t.as_target)])],
        ['memberships', ['date', 'grouping', 'change', 'negated'], p.memberships.map((m) => [m.date, m.grouping, m.change, m.negated ? 'yes' : ''])],
      ]);
    });

  withCommon(program.command('network').description('alignment network of a window: blocs (Louvain on net cooperation), degree and PageRank'))
    .option('--groupings', 'include groupings as nodes')
    .action((o: Common & { groupings?: boolean }) => {
      run(program, o, (db, w) => new AlignmentNetwork(db).network({ ...w, groupings: Boolean(o.groupings) }), (net) => [
        ['', ['actor', 'kind', 'bloc', 'degree', 'strength', 'pagerank'], net.nodes.map((x) => [x.id, x.kind, String(x.bloc), String(x.degree), String(x.strength), x.centrality.toFixed(4)])],
        ['blocs at odds', ['bloc_a', 'bloc_b', 'cooperation', 'conflict', 'net'], net.bloc_relations.filter((r) => r.net < 0).map((r) => [r.a, r.b, r.cooperation, r.conflict, r.net].map(String))],
      ]);
    });

  withCommon(program.command('hedging').description('per state: how evenly its cooperation and club memberships spread over blocs at odds (0 one side … 1 even)'))
    .option('--groupings', 'include groupings in the network the blocs come from')
    .action((o: Common & { groupings?: boolean }) => {
      const shares = (s: { bloc: number; share: number }[]): string => s.map((x) => `${x.bloc}:${x.share}`).join(' ');
      run(program, o, (db, w) => new HedgingAnalysis(db).hedging({ ...w, groupings: Boolean(o.groupings) }), (h) => [
        ['', ['state', 'bloc', 'hedging', 'cooperation_shares', 'membership_hedging', 'membership_shares'], h.states.map((s) => [s.id, String(s.bloc), String(s.hedging), shares(s.cooperation_shares), String(s.membership_hedging), shares(s.membership_shares)])],
      ]);
    });

  withCommon(program.command('formats').description('events in bilateral, minilateral and multilateral settings over time; joins and withdrawals per actor'))
    .option('--by <day|week|month>', 'period (weeks are ISO weeks)', 'month')
    .action((o: Common & { by: string }) => {
      const by = choice<Period>(o.by, PERIODS, '--by');
      run(program, o, (db, w) => new FormatsAnalysis(db).formats({ by, ...w }), (f) => [
        ['', ['period', 'unilateral', 'bilateral', 'minilateral', 'multilateral', 'multilateral_share'], f.series.map((p) => [p.period, ...SETTINGS.map((k) => String(p.events[k])), n(p.shares?.multilateral ?? null)])],
        ['membership changes', ['actor', 'period', 'found', 'join', 'seek', 'withdraw', 'suspend', 'expel'], f.memberships.map((m) => [m.actor, m.period, m.found, m.join, m.seek, m.withdraw, m.suspend, m.expel].map(String))],
      ]);
    });
}
