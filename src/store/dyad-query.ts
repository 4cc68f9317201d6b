import type { Db } from './db.ts';

/**
 * A dyad's series: events from one actor to another per day, ISO week or month, counted per quad
 * class with their mean Goldstein score. Read from `dyad_days`, the pair's events summed per day.
 */

export type Period = 'day' | 'week' | 'month';

/** strftime formats, bound as values: 2021-03-07, 2021-W09, 2021-03. */
const PERIOD_FORMAT: Record<Period, string> = { day: '%Y-%m-%d', week: '%G-W%V', month: '%Y-%m' };

export interface DyadPoint {
  period: string;
  /** Events per quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: [number, number, number, number];
  events: number;
  mean_goldstein: number;
}

export interface DyadQuery {
  source: string;
  target: string;
  by: Period;
  from?: string;
  to?: string;
}

export class DyadQueries {
  private readonly series;

  constructor(db: Db) {
    this.series = db.prepare<{ source: string; target: string; format: string; from: string; to: string }, { period: string; quad_class: number; n: number; goldstein: number }>(
      `SELECT strftime(@format, date) AS period, quad_class, sum(events) AS n, sum(goldstein_sum) AS goldstein
       FROM dyad_days WHERE source = @source AND target = @target AND date BETWEEN @from AND @to
       GROUP BY period, quad_class ORDER BY period, quad_class`,
    );
  }

  dyad(q: DyadQuery): DyadPoint[] {
    const rows = this.series.all({ source: q.source, target: q.target, format: PERIOD_FORMAT[q.by], from: q.from ?? '0000-00-00', to: q.to ?? '9999-99-99' });
    const points = new Map<string, DyadPoint & { sum: number }>();
    for (const r of rows) {
      let p = points.get(r.period);
      if (!p) {
        p = { period: r.period, quad: [0, 0, 0, 0], events: 0, mean_goldstein: 0, sum: 0 };
        points.set(r.period, p);
      }
      p.quad[r.quad_class - 1] = r.n;
      p.events += r.n;
      p.sum += r.goldstein;
    }
    return [...points.values()].map(({ sum, ...p }) => ({ ...p, mean_goldstein: Math.round((sum / p.events) * 100) / 100 }));
  }
}
