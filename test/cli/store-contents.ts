import { openDb, type Db } from '../../src/store/index.ts';

/** Everything stored, in a form independent of row ids and insertion times. */
export function contents(file: string): Record<string, unknown[]> {
  const db: Db = openDb(file);
  const all = (sql: string): unknown[] => db.prepare(sql).raw().all();
  const out = {
    articles: all('SELECT id, title, date, lang, text, lexicon_version FROM articles ORDER BY id'),
    sources: all('SELECT article_id, source, url FROM article_sources ORDER BY article_id, source'),
    sentences: all('SELECT * FROM sentences ORDER BY article_id, idx'),
    events: all('SELECT dedup_key, type, cameo, date, negated, num_mentions, num_articles, num_sources FROM events ORDER BY dedup_key, date'),
    mentions: all(`SELECT m.article_id, m.record_id, e.dedup_key, e.date, m.trigger_start, m.rule FROM event_mentions m JOIN events e ON e.id = m.event_id
      ORDER BY m.article_id, m.record_id`),
    actors: all(`SELECT m.article_id, m.record_id, a.role, a.position, a.code, a.start FROM event_actors a JOIN event_mentions m ON m.id = a.mention_id
      ORDER BY 1, 2, 3, 4`),
    search: all("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"عقوبات\"'"),
    dyadDays: all('SELECT * FROM dyad_days ORDER BY 1, 2, 3, 4'),
    memberships: all('SELECT article_id, record_id, actor_code, grouping_code, change FROM memberships ORDER BY 1, 2'),
    integrity: all('PRAGMA integrity_check'),
  };
  db.close();
  return out;
}
