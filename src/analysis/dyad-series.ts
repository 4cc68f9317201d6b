import type { Db } from '../store/index.ts';
import { AnalysisError, MAX_PERIODS } from './errors.ts';
import { FIRST_DAY, LAST_DAY, movingAverage, PERIOD_FORMAT, periodsBetween, round, type Period } from './periods.ts';

/**
 * A dyad's series between two actors (states or organisations) per day, ISO week or month, in one
 * direction or both: events per quad class, mean Goldstein, and net cooperation, every period of
 * the range present (zeros where nothing happened), optionally smoothed.
 *
 * Net cooperation = cooperative events (quad classes 1–2) − conflictual ones (3–4): counts, so
 * that a period's figure reads "three more cooperative events than conflictual ones".
 * In both directions an event naming each side as source and target counts once.
 */

export type Direction = 'both' | 'a_to_b' | 'b_to_a';
export const DIRECTIONS: readonly Direction[] = ['both', 'a_to_b', 'b_to_a'];

export interface DyadSeriesQuery {
  a: string;
  b: string;
  by: Period;
  direction: Direction;
  from?: string;
  to?: string;
  /** Trailing moving average over this many periods; 1 or absent: none. */
  smooth?: number;
}

export interface Smoothed {
  events: number;
  net_cooperation: number;
  /** Over the window's events together (weighted by events), null when it has none. */
  mean_goldstein: number | null;
}

export interface SeriesPoint {
  period: string;
  /** Events per quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: [number, number, number, number];
  events: number;
  net_cooperation: number;
  mean_goldstein: number | null;
  smoothed?: Smoothed;
}

interface Row {
  period: string;
  quad_class: number;
  n: number;
  goldstein: number;
  first: string;
  last: string;
}

export class DyadSeries {
  private readonly rows;

  constructor(db: Db) {
    // UNION (not UNION ALL) keeps an event once when both directions name it; with one direction
    // both halves are the same pair
    this.rows = db.prepare<{ s1: string; t1: string; s2: string; t2: string; format: string; from: string; to: string }, Row>(
      `SELECT strftime(@format, date) AS period, quad_class, count(*) AS n, sum(goldstein) AS goldstein, min(date) AS first, max(date) AS last
       FROM (SELECT event_id, date, quad_class, goldstein FROM event_dyads WHERE source = @s1 AND target = @t1 AND date BETWEEN @from AND @to
             UNION
             SELECT event_id, date, quad_class, goldstein FROM event_dyads WHERE source = @s2 AND target = @t2 AND date BETWEEN @from AND @to)
       GROUP BY period, quad_class ORDER BY period, quad_class`,
    );
  }

  series(q: DyadSeriesQuery): SeriesPoint[] {
    const [s1, t1] = q.direction === 'b_to_a' ? [q.b, q.a] : [q.a, q.b];
    const [s2, t2] = q.direction === 'both' ? [q.b, q.a] : [s1, t1];
    const rows = this.rows.all({ s1, t1, s2, t2, format: PERIOD_FORMAT[q.by], from: q.from ?? FIRST_DAY, to: q.to ?? LAST_DAY });
    const from = q.from ?? rows[0]?.first;
    const to = q.to ?? rows.reduce((last, r) => (r.last > last ? r.last : last), '');
    if (!from || !to) return [];
    const sums = new Map<string, { quad: [number, number, number, number]; goldstein: number }>();
    for (const r of rows) {
      const s = sums.get(r.period) ?? { quad: [0, 0, 0, 0], goldstein: 0 };
      s.quad[r.quad_class - 1] = r.n;
      s.goldstein += r.goldstein;
      sums.set(r.period, s);
    }
    const periods = periodsBetween(from, to, q.by);
    if (periods.length > MAX_PERIODS) throw new AnalysisError(`${periods.length} ${q.by}s from ${from} to ${to}: at most ${MAX_PERIODS} periods; choose a longer period or a shorter range`);
    const points = periods.map((period): SeriesPoint & { goldstein: number } => {
      const { quad, goldstein } = sums.get(period) ?? { quad: [0, 0, 0, 0], goldstein: 0 };
      const events = quad[0] + quad[1] + quad[2] + quad[3];
      return { period, quad, events, net_cooperation: quad[0] + quad[1] - quad[2] - quad[3], mean_goldstein: events ? round(goldstein / events, 2) : null, goldstein };
    });
    if (q.smooth && q.smooth > 1) smooth(points, q.smooth);
    return points.map(({ goldstein: _sum, ...p }) => p);
  }
}

function smooth(points: (SeriesPoint & { goldstein: number })[], window: number): void {
  const events = movingAverage(points.map((p) => p.events), window);
  const net = movingAverage(points.map((p) => p.net_cooperation), window);
  const goldstein = movingAverage(points.map((p) => p.goldstein), window);
  points.forEach((p, i) => {
    const n = events[i] ?? 0;
    p.smoothed = { events: round(n), net_cooperation: round(net[i] ?? 0), mean_goldstein: n > 0 ? round((goldstein[i] ?? 0) / n, 2) : null };
  });
}
