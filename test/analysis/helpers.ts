import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../src/store/index.ts';

/**
 * A real database file with events written straight into the tables the analyses read, so that
 * every expected figure can be counted by hand.
 */

export function tempDb(): { db: Db; file: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'nasij-analysis-')), 'test.db');
  return { db: openDb(file), file };
}

const QUAD: Record<string, 1 | 2 | 3 | 4> = { CONSULT: 1, AGREE: 1, COOPERATE: 2, AID: 2, ACCUSE: 3, THREATEN: 3, ASSAULT: 4, PROTEST: 4 };
const GOLDSTEIN: Record<string, number> = { CONSULT: 1, AGREE: 3, COOPERATE: 6, AID: 7, ACCUSE: -2, THREATEN: -4, ASSAULT: -10, PROTEST: -6.5 };

export interface TestEvent {
  date: string;
  type: keyof typeof QUAD;
  sources: string[];
  targets: string[];
}

export class Seeder {
  private id = 0;
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      event: db.prepare(`INSERT INTO events (id, dedup_key, type, mode, context, cameo, quad_class, goldstein, date, date_precision, negated, modality, num_mentions, num_articles, num_sources)
        VALUES (?, ?, ?, NULL, '[]', '040', ?, ?, ?, 'day', 0, NULL, 1, 1, 1)`),
      party: db.prepare('INSERT OR IGNORE INTO event_parties (event_id, role, code, date, type) VALUES (?, ?, ?, ?, ?)'),
      dyad: db.prepare('INSERT OR IGNORE INTO event_dyads (event_id, source, target, date, quad_class, goldstein) VALUES (?, ?, ?, ?, ?, ?)'),
      article: db.prepare(`INSERT OR IGNORE INTO articles (id, title, date, lang, text, lexicon_version, ingested_at, story_id) VALUES ('a1', NULL, '2020-01-01', 'en', 'x', 'test', '2020-01-01', 'a1')`),
      membership: db.prepare(`INSERT INTO memberships (article_id, record_id, sentence_idx, actor_code, actor_text, actor_start, actor_end, grouping_code, grouping_text, grouping_start, grouping_end, change, date, date_precision, negated, rule, lexicon_version)
        VALUES ('a1', ?, 0, ?, ?, 0, 1, ?, ?, 0, 1, ?, ?, 'day', ?, 'test', 'test')`),
      grouping: db.prepare(`INSERT INTO groupings (code, name, format, issues, discovered) VALUES (?, ?, ?, '[]', 0)`),
      member: db.prepare('INSERT INTO grouping_members (grouping_code, member_code) VALUES (?, ?)'),
    };
  }

  /** `times` copies of one event, each its own row. */
  event(e: TestEvent, times = 1): this {
    const quad = QUAD[e.type] ?? 1;
    const goldstein = GOLDSTEIN[e.type] ?? 0;
    for (let i = 0; i < times; i++) {
      const id = ++this.id;
      // the store keys an event without actors `single:…`
      const key = e.sources.length + e.targets.length === 0 ? `single:test:${id}` : `test:${id}`;
      this.stmts.event.run(id, key, e.type, quad, goldstein, e.date);
      for (const s of e.sources) this.stmts.party.run(id, 'source', s, e.date, e.type);
      for (const t of e.targets) this.stmts.party.run(id, 'target', t, e.date, e.type);
      for (const s of e.sources) for (const t of e.targets) this.stmts.dyad.run(id, s, t, e.date, quad, goldstein);
    }
    return this;
  }

  grouping(code: string, format: string, members: string[]): this {
    this.stmts.grouping.run(code, code, format);
    for (const m of members) this.stmts.member.run(code, m);
    return this;
  }

  membership(actor: string, grouping: string, change: string, date: string, negated = false): this {
    this.stmts.article.run();
    this.stmts.membership.run(`m${++this.id}`, actor, actor, grouping, grouping, change, date, negated ? 1 : 0);
    return this;
  }
}
