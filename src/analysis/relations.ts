import type { Db } from '../store/index.ts';
import { FIRST_DAY, LAST_DAY } from './periods.ts';

/**
 * How each pair of actors related in a time window, both directions together: cooperative events
 * (quad classes 1–2) and conflictual ones (3–4) between them. One pass over `event_dyads`, grouped
 * in its key order (source, target), so no sort.
 */

export interface PairRelation {
  /** The pair in code order: a < b. */
  a: string;
  b: string;
  cooperation: number;
  conflict: number;
}

export interface Window {
  from?: string;
  to?: string;
}

export class PairRelations {
  private readonly directed;

  constructor(db: Db) {
    this.directed = db.prepare<{ from: string; to: string }, [string, string, number, number]>(
      `SELECT source, target, sum(quad_class <= 2), sum(quad_class >= 3)
       FROM event_dyads WHERE date BETWEEN @from AND @to GROUP BY source, target`,
    ).raw();
  }

  /** Pairs of two different actors that `keep` accepts. */
  pairs(window: Window, keep: (code: string) => boolean): PairRelation[] {
    const pairs = new Map<string, PairRelation>();
    for (const [source, target, cooperation, conflict] of this.directed.iterate({ from: window.from ?? FIRST_DAY, to: window.to ?? LAST_DAY })) {
      if (source === target || !keep(source) || !keep(target)) continue;
      const [a, b] = source < target ? [source, target] : [target, source];
      const key = `${a}\t${b}`;
      const p = pairs.get(key);
      if (p) {
        p.cooperation += cooperation;
        p.conflict += conflict;
      } else pairs.set(key, { a, b, cooperation, conflict });
    }
    return [...pairs.values()];
  }
}
