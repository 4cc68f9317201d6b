import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openDb, type Db } from '../../src/store/index.ts';
import { BIN, nasij } from './helpers.ts';
import { generatedJsonl } from './ingest-corpus.ts';

const ARTICLES = 400;
/** Articles committed before the kill: enough to be sure some were, few enough to be mid-run. */
const KILL_AFTER = 20;

function articleCount(file: string): number {
  if (!existsSync(file)) return 0;
  const db = openDb(file);
  try {
    return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  } finally {
    db.close();
  }
}

/** Everything stored, in a form independent of row ids and insertion times. */
function contents(file: string): Record<string, unknown[]> {
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
    integrity: all('PRAGMA integrity_check'),
  };
  db.close();
  return out;
}

test('ingest: killed with SIGKILL mid-run and run again, the database holds every article once with all its events, as a clean run does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nasij-crash-'));
  const input = join(dir, 'news.jsonl');
  writeFileSync(input, generatedJsonl(ARTICLES));

  const clean = join(dir, 'clean.db');
  const once = nasij(['ingest', input, '--db', clean, '--quiet']);
  assert.equal(once.status, 0, once.stderr);

  const crashed = join(dir, 'crashed.db');
  const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', crashed, '--quiet'], { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let committed = 0;
  while (committed < KILL_AFTER && child.exitCode === null) {
    await sleep(5);
    committed = articleCount(crashed);
  }
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL', 'the ingest was still running when it was killed');
  const atKill = articleCount(crashed);
  assert.ok(atKill >= KILL_AFTER && atKill < ARTICLES, `killed mid-run: ${atKill} of ${ARTICLES} articles stored`);

  const rerun = nasij(['ingest', input, '--db', crashed]);
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.match(rerun.stderr, new RegExp(`${ARTICLES - atKill} articles added .* ${atKill} already stored`));

  const expected = contents(clean);
  const got = contents(crashed);
  assert.equal((got.articles ?? []).length, ARTICLES);
  assert.ok((expected.mentions ?? []).length > ARTICLES, 'the articles hold events');
  assert.deepEqual(got.integrity, [['ok']]);
  for (const key of Object.keys(expected)) assert.deepEqual(got[key], expected[key], key);
});
