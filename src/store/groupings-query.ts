import type { Db } from './db.ts';

/**
 * Groupings as stored: lexicon ones and those discovered in text, with their members and the
 * membership changes reported over time (joins, bids, withdrawals, foundings, suspensions).
 */

export interface GroupingSummary {
  code: string;
  name: string;
  format: string;
  issues: string[];
  discovered: boolean;
  members: number;
  /** Membership changes reported for it. */
  changes: number;
}

export interface MembershipChange {
  actor: string;
  change: string;
  date: string;
  negated: boolean;
  article_id: string;
  sentence: number;
}

export interface GroupingDetail extends GroupingSummary {
  member_codes: string[];
  timeline: MembershipChange[];
}

interface GroupingRow {
  code: string;
  name: string;
  format: string;
  issues: string;
  discovered: number;
  members: number;
  changes: number;
}

const SUMMARY = `SELECT g.code, g.name, g.format, g.issues, g.discovered,
    (SELECT count(*) FROM grouping_members m WHERE m.grouping_code = g.code) AS members,
    (SELECT count(*) FROM memberships s WHERE s.grouping_code = g.code) AS changes
  FROM groupings g`;

export class GroupingQueries {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      all: db.prepare<{ format: string | null }, GroupingRow>(`${SUMMARY} WHERE @format IS NULL OR g.format = @format ORDER BY g.code`),
      one: db.prepare<[string], GroupingRow>(`${SUMMARY} WHERE g.code = ?`),
      members: db.prepare<[string], { member_code: string }>('SELECT member_code FROM grouping_members WHERE grouping_code = ? ORDER BY member_code'),
      timeline: db.prepare<[string], { actor_code: string; change: string; date: string; negated: number; article_id: string; sentence_idx: number }>(
        'SELECT actor_code, change, date, negated, article_id, sentence_idx FROM memberships WHERE grouping_code = ? ORDER BY date, id',
      ),
    };
  }

  list(format?: string): GroupingSummary[] {
    return this.stmts.all.all({ format: format ?? null }).map(summary);
  }

  grouping(code: string): GroupingDetail | null {
    const row = this.stmts.one.get(code);
    if (!row) return null;
    return {
      ...summary(row),
      member_codes: this.stmts.members.all(code).map((m) => m.member_code),
      timeline: this.stmts.timeline.all(code).map((t) => ({ actor: t.actor_code, change: t.change, date: t.date, negated: t.negated === 1, article_id: t.article_id, sentence: t.sentence_idx })),
    };
  }
}

function summary(r: GroupingRow): GroupingSummary {
  return { code: r.code, name: r.name, format: r.format, issues: JSON.parse(r.issues) as string[], discovered: r.discovered === 1, members: r.members, changes: r.changes };
}
