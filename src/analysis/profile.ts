import type { Db } from '../store/index.ts';
import { FIRST_DAY, LAST_DAY, round } from './periods.ts';
import type { Window } from './relations.ts';
import { CHANGES, type Change } from './formats.ts';

/**
 * An actor's profile for a date window: its partners (most net cooperation: cooperative events,
 * quad classes 1–2, minus conflictual ones, 3–4, both directions) and adversaries (most net
 * conflict), its event mix by PLOVER type and quad class as source and as target, and the
 * membership changes reported for it (foundings, joins, bids, withdrawals, suspensions).
 */

export interface Counterpart {
  code: string;
  cooperation: number;
  conflict: number;
  net_cooperation: number;
  events: number;
  mean_goldstein: number;
}

export interface TypeCount {
  type: string;
  as_source: number;
  as_target: number;
}

export interface ProfileMembership {
  grouping: string;
  change: string;
  date: string;
  negated: boolean;
  article_id: string;
  sentence: number;
}

export interface ActorProfile {
  code: string;
  from: string | null;
  to: string | null;
  events: { as_source: number; as_target: number };
  partners: Counterpart[];
  adversaries: Counterpart[];
  types: TypeCount[];
  /** Events per quad class (1 verbal cooperation … 4 material conflict). */
  quad: { as_source: [number, number, number, number]; as_target: [number, number, number, number] };
  memberships: ProfileMembership[];
  /** Reported changes, negated ones left out. */
  membership_counts: Record<Change, number>;
}

export interface ProfileQuery extends Window {
  code: string;
  /** How many partners and adversaries. */
  limit: number;
}

type PairRow = [string, number, number, number, number];

export class ActorProfiles {
  private readonly stmts;

  constructor(db: Db) {
    const sums = 'sum(d.quad_class <= 2), sum(d.quad_class >= 3), sum(d.goldstein), count(*)';
    this.stmts = {
      // as source: a range of event_dyads' key
      outgoing: db.prepare<{ code: string; from: string; to: string }, PairRow>(
        `SELECT d.target, ${sums} FROM event_dyads d WHERE d.source = @code AND d.date BETWEEN @from AND @to GROUP BY d.target`,
      ).raw(),
      // as target: SQLite skips through the key's sources (a few hundred) to this target
      incoming: db.prepare<{ code: string; from: string; to: string }, PairRow>(
        `SELECT d.source, ${sums} FROM event_dyads d WHERE d.target = @code AND d.date BETWEEN @from AND @to GROUP BY d.source`,
      ).raw(),
      // the event ids from event_parties' key, looked up in id order (IN sorts them): the quad class is the event's
      mix: db.prepare<{ role: 'source' | 'target'; code: string; from: string; to: string }, { type: string; quad_class: number; n: number }>(
        `SELECT type, quad_class, count(*) AS n FROM events
         WHERE id IN (SELECT event_id FROM event_parties WHERE role = @role AND code = @code AND date BETWEEN @from AND @to) GROUP BY type, quad_class`,
      ),
      memberships: db.prepare<{ code: string; from: string; to: string }, { grouping_code: string; change: string; date: string; negated: number; article_id: string; sentence_idx: number }>(
        `SELECT grouping_code, change, date, negated, article_id, sentence_idx FROM memberships
         WHERE actor_code = @code AND date BETWEEN @from AND @to ORDER BY date, id`,
      ),
    };
  }

  profile(q: ProfileQuery): ActorProfile {
    const bounds = { code: q.code, from: q.from ?? FIRST_DAY, to: q.to ?? LAST_DAY };
    const counterparts = this.counterparts(bounds);
    const partners = counterparts.filter((c) => c.net_cooperation > 0).sort((x, y) => y.net_cooperation - x.net_cooperation || x.code.localeCompare(y.code));
    const adversaries = counterparts.filter((c) => c.net_cooperation < 0).sort((x, y) => x.net_cooperation - y.net_cooperation || x.code.localeCompare(y.code));

    const types = new Map<string, TypeCount>();
    const quad = { as_source: [0, 0, 0, 0] as [number, number, number, number], as_target: [0, 0, 0, 0] as [number, number, number, number] };
    for (const role of ['source', 'target'] as const) {
      for (const r of this.stmts.mix.all({ ...bounds, role })) {
        const t = types.get(r.type) ?? { type: r.type, as_source: 0, as_target: 0 };
        t[`as_${role}`] += r.n;
        types.set(r.type, t);
        const q = quad[`as_${role}`];
        q[r.quad_class - 1] = (q[r.quad_class - 1] ?? 0) + r.n;
      }
    }
    const memberships = this.stmts.memberships.all(bounds).map((m) => ({ grouping: m.grouping_code, change: m.change, date: m.date, negated: m.negated === 1, article_id: m.article_id, sentence: m.sentence_idx }));
    const membershipCounts = Object.fromEntries(CHANGES.map((c) => [c, memberships.filter((m) => m.change === c && !m.negated).length])) as Record<Change, number>;
    const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
    return {
      code: q.code,
      from: q.from ?? null,
      to: q.to ?? null,
      events: { as_source: sum(quad.as_source), as_target: sum(quad.as_target) },
      partners: partners.slice(0, q.limit),
      adversaries: adversaries.slice(0, q.limit),
      types: [...types.values()].sort((x, y) => y.as_source + y.as_target - (x.as_source + x.as_target) || x.type.localeCompare(y.type)),
      quad,
      memberships,
      membership_counts: membershipCounts,
    };
  }

  /** Everyone it acted on or was acted on by, both directions summed. */
  private counterparts(bounds: { code: string; from: string; to: string }): Counterpart[] {
    const byCode = new Map<string, { cooperation: number; conflict: number; goldstein: number; events: number }>();
    for (const rows of [this.stmts.outgoing.all(bounds), this.stmts.incoming.all(bounds)]) {
      for (const [code, cooperation, conflict, goldstein, events] of rows) {
        if (code === bounds.code) continue;
        const c = byCode.get(code) ?? { cooperation: 0, conflict: 0, goldstein: 0, events: 0 };
        c.cooperation += cooperation;
        c.conflict += conflict;
        c.goldstein += goldstein;
        c.events += events;
        byCode.set(code, c);
      }
    }
    return [...byCode].map(([code, c]) => ({ code, cooperation: c.cooperation, conflict: c.conflict, net_cooperation: c.cooperation - c.conflict, events: c.events, mean_goldstein: round(c.goldstein / c.events, 2) }));
  }
}
