import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../src/store/db.ts';
import { DyadQueries, type Period } from '../src/store/dyad-query.ts';
import { EventQueries, type EventFilter } from '../src/store/events-query.ts';
import { addDays } from '../src/store/event-writer.ts';
import { report, timed } from './report.ts';

/**
 * Query latency on a generated database: events written straight into the tables the queries
 * read (events, event_parties, event_dyads, dyad_days), not coded from text. Actors follow a steep
 * power law, as in news (a few states in most events); dates span ten years.
 */

const ACTORS = 150;
const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const FIRST_DAY = '2015-01-01';
const DAYS = 3653;
const QUERIES = 300;
/** Events written per transaction while generating. */
const GENERATE_BATCH = 100_000;

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const random = seeded(7);
const actor = (): string => `A${String(Math.floor(ACTORS * random() ** 3)).padStart(3, '0')}`;
const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)] as T;
/** A day in the ten years, computed once per day. */
const DATES = Array.from({ length: DAYS }, (_, i) => addDays(FIRST_DAY, i));

function sides(): string[] {
  const first = actor();
  if (random() > 0.15) return [first];
  const second = actor();
  return second === first ? [first] : [first, second].sort();
}

function generate(db: Db, events: number): void {
  const event = db.prepare(`INSERT INTO events (id, dedup_key, type, mode, context, cameo, quad_class, goldstein, date, date_precision, negated, modality, num_mentions, num_articles, num_sources)
    VALUES (?, ?, ?, NULL, '[]', ?, ?, ?, ?, 'day', 0, NULL, 1, 1, 1)`);
  const party = db.prepare('INSERT OR IGNORE INTO event_parties (event_id, role, code, date, type) VALUES (?, ?, ?, ?, ?)');
  const dyad = db.prepare('INSERT OR IGNORE INTO event_dyads (event_id, source, target, date, quad_class, goldstein) VALUES (?, ?, ?, ?, ?, ?)');
  const insert = db.transaction((first: number, last: number) => {
    for (let id = first; id <= last; id++) {
      const t = Math.floor(random() * TYPES.length);
      const quad = 1 + Math.floor(t / 4);
      const goldstein = Math.round((quad <= 2 ? 1 : -1) * (1 + random() * 9) * 10) / 10;
      const date = pick(DATES);
      const [sources, targets] = [sides(), sides()];
      event.run(id, `bench:${id}`, TYPES[t], `0${t}`.slice(-2), quad, goldstein, date);
      for (const s of sources) party.run(id, 'source', s, date, TYPES[t]);
      for (const s of targets) party.run(id, 'target', s, date, TYPES[t]);
      for (const s of sources) for (const g of targets) dyad.run(id, s, g, date, quad, goldstein);
    }
  });
  // a page cache for the indexes' hot pages; commits of a bounded size, so no page spills to the log again and again
  db.pragma('cache_size = -524288');
  for (let first = 1; first <= events; first += GENERATE_BATCH) insert(first, Math.min(events, first + GENERATE_BATCH - 1));
  // the sums the writer keeps as it stores events, here made in one pass
  db.exec(`INSERT INTO dyad_days SELECT source, target, date, quad_class, count(*), sum(goldstein) FROM event_dyads GROUP BY source, target, date, quad_class`);
  db.pragma('cache_size = -2000');
  db.exec('ANALYZE');
}

function percentiles(ms: number[]): { p50: string; p99: string; max: string } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number): string => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2);
  return { p50: at(0.5), p99: at(0.99), max: at(1) };
}

function latencies(run: () => number): { ms: number[]; rows: number } {
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < QUERIES; i++) ms.push(timed(() => (rows += run())) * 1000);
  return { ms, rows };
}

const top = (n: number): string => `A${String(Math.floor(random() * n)).padStart(3, '0')}`;

function range(): { from: string; to: string } {
  const start = Math.floor(random() * (DAYS - 365));
  return { from: DATES[start] ?? FIRST_DAY, to: DATES[start + 30 + Math.floor(random() * 335)] ?? FIRST_DAY };
}

function benchQueries(events: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'nasij-bench-query-'));
  const file = join(dir, 'bench.db');
  const db = openDb(file);
  try {
    const build = timed(() => generate(db, events));
    const dyads = new DyadQueries(db);
    const lists = new EventQueries(db);
    const dyad = latencies(() => dyads.dyad({ source: top(10), target: top(10), by: pick<Period>(['day', 'week', 'month']) }).length);
    const filters: (() => EventFilter)[] = [
      () => ({ actor: top(20), type: pick(TYPES), ...range(), limit: 100 }),
      () => ({ actor: top(10), target: top(10), limit: 100 }),
      () => ({ type: pick(TYPES), ...range(), limit: 100 }),
      () => ({ target: top(ACTORS), from: pick(DATES), limit: 100 }),
    ];
    const list = latencies(() => [...lists.events(pick(filters)())].length);
    report('store: query latency on a generated database (ms)', {
      events,
      'dyad rows': db.prepare('SELECT count(*) FROM event_dyads').pluck().get() as number,
      'generated in s': build.toFixed(0),
      'database MB': (statSync(file).size / (1024 * 1024)).toFixed(0),
      'dyad series p50 / p99 / max': Object.values(percentiles(dyad.ms)).join(' / '),
      'event list (100) p50 / p99 / max': Object.values(percentiles(list.ms)).join(' / '),
      'queries of each': QUERIES,
    });
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

benchQueries(Number(process.env.NASIJ_BENCH_EVENTS ?? 5_000_000));
