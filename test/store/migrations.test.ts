import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { MIGRATIONS, migrate, openDb, schemaVersion, StoreError } from '../../src/store/index.ts';
import { tempDb } from './helpers.ts';

const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

test('store: a new file is migrated from empty to the latest version, in WAL mode', () => {
  const { db } = tempDb();
  assert.equal(schemaVersion(db), LATEST);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  for (const t of ['articles', 'article_sources', 'sentences', 'events', 'event_mentions', 'event_actors', 'event_parties', 'event_dyads', 'dyad_days', 'memberships', 'groupings', 'grouping_members', 'articles_fts']) {
    assert.ok(tables.includes(t), `table ${t}`);
  }
});

test('store: migrations are ordered, numbered from 1 without gaps', () => {
  MIGRATIONS.forEach((m, i) => assert.equal(m.version, i + 1));
});

test('store: reopening a migrated file changes nothing and keeps its data', () => {
  const { db, file } = tempDb();
  db.prepare("INSERT INTO groupings (code, name, format, issues, discovered) VALUES ('X', 'x', 'bilateral', '[]', 0)").run();
  db.close();
  const again = openDb(file);
  assert.equal(schemaVersion(again), LATEST);
  assert.equal(again.prepare('SELECT count(*) FROM groupings').pluck().get(), 1);
});

test('store: a failing migration is rolled back whole and the version stays', () => {
  const { db } = tempDb();
  const bad = [...MIGRATIONS, { version: LATEST + 1, name: 'broken', sql: 'CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);' }];
  assert.throws(() => migrate(db, bad), /no_such_table/);
  assert.equal(schemaVersion(db), LATEST);
  assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get(), 0);
});

test('store: a database newer than this code, or a file that is no database, is refused by name', () => {
  const { db, file } = tempDb();
  db.pragma(`user_version = ${LATEST + 5}`);
  db.close();
  assert.throws(() => openDb(file), (err: unknown) => err instanceof StoreError && err.message.includes(file) && /newer/.test(err.message));
  const notDb = `${file}.txt`;
  const text = 'استقبل الرئيس المصري نظيره الفرنسي في القاهرة أمس. '.repeat(100);
  writeFileSync(notDb, text);
  assert.throws(() => openDb(notDb), (err: unknown) => err instanceof StoreError && err.message.includes(notDb));
  assert.equal(readFileSync(notDb, 'utf8'), text); // left as it was
});

test('store: a query on a missing database says to ingest first', () => {
  assert.throws(() => openDb('/nonexistent-dir/none.db', { mustExist: true }), /no such database/);
});
