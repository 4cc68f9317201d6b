import type { Db } from '../store/index.ts';
import { AnalysisError, MAX_PERIODS } from './errors.ts';
import { FIRST_DAY, LAST_DAY, PERIOD_FORMAT, periodsBetween, round, type Period } from './periods.ts';

/**
 * Formats: in what settings events happen over time, and how often each actor joins and leaves
 * groupings — whether minilateral clubs are replacing multilateral institutions.
 *
 * An event's setting comes from its distinct actor codes, sources and targets together, with the
 * coder's grouping thresholds (`src/coder/groupings.ts`): 2 bilateral, 3–9 minilateral, 10 or
 * more multilateral. When a grouping is among its actors, the grouping's own format counts too,
 * and the larger setting wins (NATO against Russia is multilateral; the Quad's four is
 * minilateral). An event with one actor (a protest, a strike at home) is unilateral: counted, but
 * not in the shares.
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

/** Setting ranks: 0 unilateral … 3 multilateral, the index in SETTINGS (thresholds are our own constants). */
const SETTING_SQL = `max(
    CASE WHEN count(DISTINCT p.code) >= ${MULTILATERAL_MIN} THEN 3 WHEN count(DISTINCT p.code) >= ${MINILATERAL_MIN} THEN 2 WHEN count(DISTINCT p.code) = 2 THEN 1 ELSE 0 END,
    coalesce(max(CASE g.format WHEN 'multilateral' THEN 3 WHEN 'minilateral' THEN 2 WHEN 'bilateral' THEN 1 END), 0))`;

export class FormatsAnalysis {
  private readonly settings;
  private readonly changes;

  constructor(db: Db) {
    // event_parties_by_event covers (event_id, role, code, date): one pass in event order, no sort
    this.settings = db.prepare<{ format: string; from: string; to: string }, { period: string; setting: number; n: number; first: string; last: string }>(
      `SELECT period, setting, count(*) AS n, min(day) AS first, max(day) AS last FROM (
         SELECT min(p.date) AS day, strftime(@format, min(p.date)) AS period, ${SETTING_SQL} AS setting
         FROM event_parties p INDEXED BY event_parties_by_event LEFT JOIN groupings g ON g.code = p.code
         WHERE p.date BETWEEN @from AND @to GROUP BY p.event_id)
       GROUP BY period, setting ORDER BY period`,
    );
    this.changes = db.prepare<{ format: string; from: string; to: string }, { actor: string; period: string; change: string; n: number }>(
      `SELECT actor_code AS actor, strftime(@format, date) AS period, change, count(*) AS n FROM memberships
       WHERE negated = 0 AND date BETWEEN @from AND @to GROUP BY actor_code, period, change ORDER BY actor_code, period`,
    );
  }

  formats(q: FormatsQuery): Formats {
    const bounds = { format: PERIOD_FORMAT[q.by], from: q.from ?? FIRST_DAY, to: q.to ?? LAST_DAY };
    const rows = this.settings.all(bounds);
    const counts = new Map<string, Record<Setting, number>>();
    for (const r of rows) {
      const c = counts.get(r.period) ?? { unilateral: 0, bilateral: 0, minilateral: 0, multilateral: 0 };
      c[SETTINGS[r.setting] ?? 'unilateral'] += r.n;
      counts.set(r.period, c);
    }
    const from = q.from ?? rows.reduce((f, r) => (f === '' || r.first < f ? r.first : f), '');
    const to = q.to ?? rows.reduce((l, r) => (r.last > l ? r.last : l), '');
    const periods = from && to ? periodsBetween(from, to, q.by) : [];
    if (periods.length > MAX_PERIODS) throw new AnalysisError(`${periods.length} ${q.by}s from ${from} to ${to}: at most ${MAX_PERIODS} periods`);
    const series = periods.map((period): FormatPoint => {
      const events = counts.get(period) ?? { unilateral: 0, bilateral: 0, minilateral: 0, multilateral: 0 };
      const n = events.bilateral + events.minilateral + events.multilateral;
      const shares = n ? { bilateral: round(events.bilateral / n, 4), minilateral: round(events.minilateral / n, 4), multilateral: round(events.multilateral / n, 4) } : null;
      return { period, events, shares };
    });
    return { by: q.by, series, memberships: this.memberships(bounds) };
  }

  private memberships(bounds: { format: string; from: string; to: string }): MembershipCounts[] {
    const out = new Map<string, MembershipCounts>();
    for (const r of this.changes.iterate(bounds)) {
      if (!(CHANGES as readonly string[]).includes(r.change)) continue;
      const key = `${r.actor}\t${r.period}`;
      const m = out.get(key) ?? { actor: r.actor, period: r.period, found: 0, join: 0, seek: 0, withdraw: 0, suspend: 0, expel: 0 };
      m[r.change as Change] += r.n;
      out.set(key, m);
    }
    return [...out.values()];
  }
}
