import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { Coder } from '../../src/coder/index.ts';
import { GDELT_COLUMNS } from '../../src/export/index.ts';
import { ingestArticle, openDb, StoreWriter } from '../../src/store/index.ts';
import { jsonLines, nasij } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'nasij-export-'));
const dbFile = join(dir, 'news.db');

before(() => {
  const coder = Coder.load();
  const db = openDb(dbFile);
  const writer = new StoreWriter(db);
  const articles = [
    { text: 'شنت إسرائيل أمس غارات على مواقع في سوريا ولبنان.', date: '2024-03-07', name: 'https://www.news.example/strike', url: 'https://www.news.example/strike' },
    { text: 'Israeli jets struck targets in Syria and Lebanon on Wednesday.', date: '2024-03-08', name: 'b.txt', url: null },
    { text: 'فرضت الولايات المتحدة عقوبات على شركات إيرانية في الخامس من أيار.', date: '2024-05-06', name: 'c.txt', url: null },
  ];
  for (const a of articles) ingestArticle(writer, coder, { text: a.text, date: a.date, title: null, source: { name: a.name, url: a.url } });
  db.close();
});

test('export gdelt: 61 tab-separated columns per source-target pair, with counts and the source URL', () => {
  const r = nasij(['export', '--format', 'gdelt', '--db', dbFile, '--type', 'ASSAULT']);
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.trim().split('\n').map((l) => l.split('\t'));
  assert.equal(rows.length, 2, r.stdout);
  const col = (row: string[] | undefined, name: (typeof GDELT_COLUMNS)[number]): string | undefined => row?.[GDELT_COLUMNS.indexOf(name)];
  for (const row of rows) {
    assert.equal(row.length, 61);
    assert.deepEqual([col(row, 'Day'), col(row, 'Actor1CountryCode'), col(row, 'EventRootCode'), col(row, 'NumArticles')], ['20240306', 'ISR', '19', '2']);
    assert.equal(col(row, 'SOURCEURL'), 'https://www.news.example/strike');
  }
  assert.deepEqual(rows.map((row) => col(row, 'Actor2Code')).sort(), ['LBN', 'SYR']);
  assert.match(r.stderr, /exported 1 events as gdelt/);
});

test('export plover: JSON Lines filtered by actor and dates', () => {
  const r = nasij(['export', '--format', 'plover', '--db', dbFile, '--actor', 'USA', '--from', '2024-05-01']);
  assert.equal(r.status, 0, r.stderr);
  const [sanction, ...rest] = jsonLines(r.stdout);
  assert.equal(rest.length, 0);
  assert.deepEqual([sanction?.event, sanction?.date, sanction?.actor, sanction?.recipient], ['SANCTION', '2024-05-05', ['USA'], ['IRN BUS']]);
});

test('export icews and phoenix: headers, then dyadic rows', () => {
  const icews = nasij(['export', '--format', 'icews', '--db', dbFile]).stdout.trim().split('\n');
  assert.equal(icews[0]?.split('\t').length, 20);
  assert.ok(icews.slice(1).some((l) => l.split('\t')[4] === 'ISR' && l.split('\t')[10] === 'LBN'));
  const phoenix = nasij(['export', '--format', 'phoenix', '--db', dbFile]).stdout.trim().split('\n');
  assert.equal(phoenix[0]?.split('\t').length, 26);
  assert.equal(phoenix.length, icews.length);
});

test('export parquet: typed columns DuckDB reads back', async () => {
  const out = join(dir, 'events.parquet');
  const r = nasij(['export', '--format', 'parquet', '--db', dbFile, '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(out).subarray(0, 4).toString(), 'PAR1');
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  const result = await c.runAndReadAll(`SELECT type, typeof(date), typeof(goldstein), num_articles FROM read_parquet('${out}') ORDER BY date`);
  assert.deepEqual(result.getRows().map((row) => row.map(String)), [['ASSAULT', 'DATE', 'DOUBLE', '2'], ['SANCTION', 'DATE', 'DOUBLE', '1']]);
  c.closeSync();
  instance.closeSync();
});

test('export: usage errors say what is wrong', () => {
  assert.match(nasij(['export', '--format', 'xml', '--db', dbFile]).stderr, /--format must be one of gdelt, icews, phoenix, plover, csv, parquet/);
  assert.match(nasij(['export', '--format', 'parquet', '--db', dbFile]).stderr, /needs --out/);
  assert.match(nasij(['export', '--format', 'csv', '--db', dbFile, '--from', '2024-02-30']).stderr, /--from must be a date/);
  const missing = nasij(['export', '--format', 'csv', '--db', join(dir, 'none.db')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /none\.db: no such database/);
});
