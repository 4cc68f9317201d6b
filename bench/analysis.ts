import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActorProfiles, AlignmentNetwork, DyadSeries, FormatsAnalysis, HedgingAnalysis, stateCodes } from '../src/analysis/index.ts';
import { openDb, type Db } from '../src/store/db.ts';
import { addDays } from '../src/store/event-writer.ts';
import { report, timed } from './report.ts';

/**
 * The analyses' time on a generated database (NASIJ_BENCH_ANALYSIS_EVENTS, default 1 M events):
 * events written straight into the tables the analyses read. Actors are the real state codes, a
 * few in most events (a steep power law, as in news), each in one of three camps that cooperate
 * inside and clash across, so the network has blocs to find; 5% of events have a grouping as an
 * actor and 15% of sides are two actors. Forty groupings, 5,000 membership changes, ten years.
 */

const TYPES: [string, number][] = [['AGREE', 1], ['CONSULT', 1], ['SUPPORT', 1], ['CONCEDE', 1], ['COOPERATE', 2], ['AID', 2], ['RETREAT', 2], ['REQUEST', 3], ['ACCUSE', 3], ['REJECT', 3], ['THREATEN', 3], ['SANCTION', 3], ['PROTEST', 4], ['MOBILIZE', 4], ['COERCE', 4], ['ASSAULT', 4]];
const COOPERATIVE = TYPES.filter(([, q]) => q <= 2);
const CONFLICTUAL = TYPES.filter(([, q]) => q >= 3);
const FIRST_DAY = '2015-01-01';
const DAYS = 3653;
const RUNS = 5;
const CHANGES = ['found', 'join', 'seek', 'withdraw', 'suspend', 'expel'];

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const random = seeded(11);
const STATES = [...stateCodes()].sort();
const GROUPINGS = Array.from({ length: 40 }, (_, i) => ({ code: `G${String(i).padStart(2, '0')}`, format: i < 10 ? 'multilateral' : 'minilateral' }));
const DATES = Array.from({ length: DAYS }, (_, i) => addDays(FIRST_DAY, i));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const state = (): string => STATES[Math.floor(STATES.length * random() ** 3)] as string;
const camp = (code: string): number => (code.charCodeAt(0) + code.charCodeAt(1)) % 3;

function side(): string[] {
  if (random() < 0.05) return [pick(GROUPINGS).code];
  const first = state();
  if (random() > 0.15) return [first];
  const second = state();
  return second === first ? [first] : [first, second];
}

function generate(db: Db, events: number): void {
  const event = db.prepare(`INSERT INTO events (id, dedup_key, type, mode, context, cameo, quad_class, goldstein, date, date_precision, negated, modality, num_mentions, num_articles, num_sources)
    VALUES (?, ?, ?, NULL, '[]', '040', ?, ?, ?, 'day', 0, NULL, 1, 1, 1)`);
  const party = db.prepare('INSERT OR IGNORE INTO event_parties (event_id, role, code, date, type) VALUES (?, ?, ?, ?, ?)');
  const dyad = db.prepare('INSERT OR IGNORE INTO event_dyads (event_id, source, target, date, quad_class, goldstein) VALUES (?, ?, ?, ?, ?, ?)');
  const grouping = db.prepare("INSERT INTO groupings (code, name, format, issues, discovered) VALUES (?, ?, ?, '[]', 0)");
  const member = db.prepare('INSERT OR IGNORE INTO grouping_members (grouping_code, member_code) VALUES (?, ?)');
  const membership = db.prepare(`INSERT INTO memberships (article_id, record_id, sentence_idx, actor_code, actor_text, actor_start, actor_end, grouping_code, grouping_text, grouping_start, grouping_end, change, date, date_precision, negated, rule, lexicon_version)
    VALUES ('bench', ?, 0, ?, '', 0, 0, ?, '', 0, 0, ?, ?, 'day', 0, 'bench', 'bench')`);
  db.transaction(() => {
    db.prepare("INSERT INTO articles (id, title, date, lang, text, lexicon_version, ingested_at, story_id) VALUES ('bench', NULL, ?, 'en', '', 'bench', ?, 'bench')").run(FIRST_DAY, FIRST_DAY);
    for (const g of GROUPINGS) {
      grouping.run(g.code, g.code, g.format);
      const size = g.format === 'multilateral' ? 30 : 3 + Math.floor(random() * 7);
      for (let i = 0; i < size; i++) member.run(g.code, pick(STATES));
    }
    for (let i = 0; i < 5000; i++) membership.run(`m${i}`, state(), pick(GROUPINGS).code, pick(CHANGES), pick(DATES));
    for (let id = 1; id <= events; id++) {
      const [sources, targets] = [side(), side()];
      const together = camp(sources[0] ?? '') === camp(targets[0] ?? '');
      const cooperative = random() < (together ? 0.8 : 0.3);
      const [type, quad] = pick(cooperative ? COOPERATIVE : CONFLICTUAL);
      const goldstein = Math.round((cooperative ? 1 : -1) * (1 + random() * 9) * 10) / 10;
      const date = pick(DATES);
      event.run(id, `bench:${id}`, type, quad, goldstein, date);
      for (const s of sources) party.run(id, 'source', s, date, type);
      for (const t of targets) party.run(id, 'target', t, date, type);
      for (const s of sources) for (const t of targets) if (s !== t) dyad.run(id, s, t, date, quad, goldstein);
    }
  })();
  db.exec('ANALYZE');
}

/** Median and slowest of RUNS runs, ms. */
function time(fn: () => unknown): string {
  const ms = Array.from({ length: RUNS }, () => timed(() => void fn()) * 1000).sort((a, b) => a - b);
  return `${(ms[Math.floor(RUNS / 2)] ?? 0).toFixed(0)} / ${(ms.at(-1) ?? 0).toFixed(0)}`;
}

function benchAnalysis(events: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'nasij-bench-analysis-'));
  const file = join(dir, 'bench.db');
  const db = openDb(file);
  try {
    const build = timed(() => generate(db, events));
    const busiest = db.prepare("SELECT code FROM event_parties WHERE role = 'source' GROUP BY code ORDER BY count(*) DESC LIMIT 2").pluck().all() as string[];
    const [a = '', b = ''] = busiest;
    const year = { from: '2020-01-01', to: '2020-12-31' };
    const series = new DyadSeries(db);
    const profiles = new ActorProfiles(db);
    const network = new AlignmentNetwork(db);
    const hedging = new HedgingAnalysis(db);
    const formats = new FormatsAnalysis(db);
    const net = network.network({});
    report(`analysis: time per analysis on a generated database, ms (median / slowest of ${RUNS})`, {
      events,
      'dyad rows': db.prepare('SELECT count(*) FROM event_dyads').pluck().get() as number,
      'generated in s': build.toFixed(0),
      'database MB': (statSync(file).size / (1024 * 1024)).toFixed(0),
      [`dyad series ${a}–${b}, weeks, smoothed`]: time(() => series.series({ a, b, by: 'week', direction: 'both', smooth: 4 })),
      [`profile of ${a}, all years`]: time(() => profiles.profile({ code: a, limit: 10 })),
      [`profile of ${a}, one year`]: time(() => profiles.profile({ code: a, limit: 10, ...year })),
      'network, all years': time(() => network.network({})),
      'network + groupings, one year': time(() => network.network({ ...year, groupings: true })),
      'hedging, all years': time(() => hedging.hedging({})),
      'formats per month, all years': time(() => formats.formats({ by: 'month' })),
      'network nodes / edges / blocs': `${net.nodes.length} / ${net.edges.length} / ${net.blocs.length}`,
    });
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

benchAnalysis(Number(process.env.NASIJ_BENCH_ANALYSIS_EVENTS ?? 1_000_000));
