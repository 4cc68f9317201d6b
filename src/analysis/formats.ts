import type { Db } from '../store/index.ts';
import { AnalysisError, MAX_PERIODS } from './errors.ts';
import { FIRST_DAY, LAST_DAY, PERIOD_FORMAT, periodOf, periodsBetween, round, type Period } from './periods.ts';

/**
 * Formats: in what settings events happen over time, and how often each actor joins and leaves
 * groupings — whether minilateral clubs are replacing multilateral institutions.
 *
 * An event's setting comes from its distinct actor codes, sources and targets together, with the
 * coder's grouping thresholds (`src/coder/groupings.ts`): 2 bilateral, 3–9 minilateral, 10 or
 * more multilateral. When a grouping is among its actors, the grouping's own format counts too,
 * and the larger setting wins (NATO against Russia is multilateral; the Quad's four is
 * minilateral). An event with fewer than two actors (a protest at home; none named) is unilateral:
 * counted, but not in the shares.
 */

export const MINILATERAL_MIN = 3;
export const MULTILATERAL_MIN = 10;

export const SETTINGS = ['unilateral', 'bilateral', 'minilateral', 'multilateral'] as const;
export type Setting = (typeof SETTINGS)[number];

export interface FormatPoint {
  period: string;
  events: Record<Setting, number>;
  /** Shares of bilateral, minilateral and multilateral events (unilateral ones left out), null when none. */
  shares: { bilateral: number; minilateral: number; multilateral: number } | null;
}

export const CHANGES = ['found', 'join', 'seek', 'withdraw', 'suspend', 'expel'] as const;
export type Change = (typeof CHANGES)[number];

/** Reported membership changes of one actor in one period (negated reports left out). */
export type MembershipCounts = { actor: string; period: string } & Record<Change, number>;

export interface Formats {
  by: Period;
  series: FormatPoint[];
  memberships: MembershipCounts[];
}

export interface FormatsQuery {
  by: Period;
  from?: string;
  to?: string;
}

const RANK_OF_FORMAT = "CASE format WHEN 'multilateral' THEN 3 WHEN 'minilateral' THEN 2 ELSE 1 END";

/** Setting rank by distinct actors: 0 unilateral … 3 multilateral, the index in SETTINGS. */
type Rank = 0 | 1 | 2 | 3;

function rankOf(actors: number): Rank {
  if (actors >= MULTILATERAL_MIN) return 3;
  if (actors >= MINILATERAL_MIN) return 2;
  return actors === 2 ? 1 : 0;
}

type DayCounts = Map<string, [number, number, number, number]>;

/**
 * Most events have one source and one target, so the settings are counted without visiting each
 * event: all events per day (from `events`), less those without actors (the store keys them
 * `single:…`), less those whose actor count is not two (one pass over event_parties in event
 * order, which keeps only those); events with a grouping among their actors are then moved up to
 * the grouping's format where it is larger.
 */
export class FormatsAnalysis {
  private readonly stmts;

  constructor(db: Db) {
    type Bounds = { from: string; to: string };
    this.stmts = {
      all: db.prepare<Bounds, [string, number]>('SELECT date, count(*) FROM events WHERE date BETWEEN @from AND @to GROUP BY date').raw(),
      actorless: db.prepare<Bounds, [string, number]>(
        "SELECT date, count(*) FROM events WHERE dedup_key >= 'single:' AND dedup_key < 'single;' AND date BETWEEN @from AND @to GROUP BY date",
      ).raw(),
      notTwo: db.prepare<Bounds, [string, number, number]>(
        `SELECT date, actors, count(*) FROM (
           SELECT date, count(DISTINCT code) AS actors FROM event_parties INDEXED BY event_parties_by_event
           WHERE date BETWEEN @from AND @to GROUP BY event_id HAVING actors <> 2)
         GROUP BY date, actors`,
      ).raw(),
      // grouping ranks come from RANK_OF_FORMAT: 1–3; CROSS JOINs keep the few groupings and two roles as
      // the outer loops, each a range of event_parties' key, also in a database never ANALYZEd
      withGrouping: db.prepare<Bounds, [string, number, Rank, number]>(
        `SELECT date, actors, grouping_rank, count(*) FROM (
           SELECT q.date, max(g.rank) AS grouping_rank,
             (SELECT count(DISTINCT p.code) FROM event_parties p INDEXED BY event_parties_by_event WHERE p.event_id = q.event_id) AS actors
           FROM (SELECT code, ${RANK_OF_FORMAT} AS rank FROM groupings) g CROSS JOIN (SELECT 'source' AS role UNION ALL SELECT 'target') r
             CROSS JOIN event_parties q ON q.role = r.role AND q.code = g.code AND q.date BETWEEN @from AND @to
           GROUP BY q.event_id)
         GROUP BY date, actors, grouping_rank`,
      ).raw(),
      changes: db.prepare<{ format: string; from: string; to: string }, { actor: string; period: string; change: string; n: number }>(
        `SELECT actor_code AS actor, strftime(@format, date) AS period, change, count(*) AS n FROM memberships
         WHERE negated = 0 AND date BETWEEN @from AND @to GROUP BY actor_code, period, change ORDER BY actor_code, period`,
      ),
    };
  }

  formats(q: FormatsQuery): Formats {
    const bounds = { from: q.from ?? FIRST_DAY, to: q.to ?? LAST_DAY };
    const days = this.settingsByDay(bounds);
    const dates = [...days.keys()].sort();
    const from = q.from ?? dates[0];
    const to = q.to ?? dates.at(-1);
    const periods = from && to ? periodsBetween(from, to, q.by) : [];
    if (periods.length > MAX_PERIODS) throw new AnalysisError(`${periods.length} ${q.by}s from ${from} to ${to}: at most ${MAX_PERIODS} periods`);
    const counts = new Map(periods.map((p) => [p, [0, 0, 0, 0]]));
    for (const [day, c] of days) {
      const sum = counts.get(periodOf(day, q.by));
      if (sum) c.forEach((n, i) => (sum[i] = (sum[i] ?? 0) + n));
    }
    const series = periods.map((period): FormatPoint => {
      const [unilateral = 0, bilateral = 0, minilateral = 0, multilateral = 0] = counts.get(period) ?? [];
      const n = bilateral + minilateral + multilateral;
      const shares = n ? { bilateral: round(bilateral / n, 4), minilateral: round(minilateral / n, 4), multilateral: round(multilateral / n, 4) } : null;
      return { period, events: { unilateral, bilateral, minilateral, multilateral }, shares };
    });
    return { by: q.by, series, memberships: this.memberships({ ...bounds, format: PERIOD_FORMAT[q.by] }) };
  }

  /** Events per day in each setting, by SETTINGS index. */
  private settingsByDay(bounds: { from: string; to: string }): DayCounts {
    const days: DayCounts = new Map();
    const at = (day: string): [number, number, number, number] => days.get(day) ?? days.set(day, [0, 0, 0, 0]).get(day) ?? [0, 0, 0, 0];
    // every event bilateral to begin with, then the others taken out to their own setting
    for (const [day, n] of this.stmts.all.iterate(bounds)) at(day)[1] += n;
    for (const [day, n] of this.stmts.actorless.iterate(bounds)) {
      at(day)[1] -= n;
      at(day)[0] += n;
    }
    for (const [day, actors, n] of this.stmts.notTwo.iterate(bounds)) {
      at(day)[1] -= n;
      at(day)[rankOf(actors)] += n;
    }
    for (const [day, actors, groupingRank, n] of this.stmts.withGrouping.iterate(bounds)) {
      const rank = rankOf(actors);
      if (groupingRank <= rank) continue;
      at(day)[rank] -= n;
      at(day)[groupingRank] += n;
    }
    return days;
  }

  private memberships(bounds: { format: string; from: string; to: string }): MembershipCounts[] {
    const out = new Map<string, MembershipCounts>();
    for (const r of this.stmts.changes.iterate(bounds)) {
      if (!(CHANGES as readonly string[]).includes(r.change)) continue;
      const key = `${r.actor}\t${r.period}`;
      const m = out.get(key) ?? { actor: r.actor, period: r.period, found: 0, join: 0, seek: 0, withdraw: 0, suspend: 0, expel: 0 };
      m[r.change as Change] += r.n;
      out.set(key, m);
    }
    return [...out.values()];
  }
}
