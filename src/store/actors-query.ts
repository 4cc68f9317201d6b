import type { Db } from './db.ts';

/** The actors events name: each code with how often it acts and is acted on, busiest first. */

export interface ActorCount {
  code: string;
  as_source: number;
  as_target: number;
}

export class ActorQueries {
  private readonly counts;

  constructor(db: Db) {
    this.counts = db.prepare<{ limit: number }, ActorCount>(
      `SELECT code, sum(role = 'source') AS as_source, sum(role = 'target') AS as_target
       FROM event_parties GROUP BY code ORDER BY count(*) DESC, code LIMIT @limit`,
    );
  }

  actors(limit: number): ActorCount[] {
    return this.counts.all({ limit });
  }
}
