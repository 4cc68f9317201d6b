import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField } from '../../src/export/table.ts';
import { jsonLines, nasij } from './helpers.ts';

// our own sentences; three articles about the United States and Russia, one about Egypt and France
const ARTICLES = [
  { id: 'a', title: 'اتهام', date: '2021-06-10', text: 'اتهمت الولايات المتحدة روسيا بشن هجمات إلكترونية على مؤسساتها. التقى وزير الخارجية الأمريكي نظيره الروسي في جنيف.' },
  { id: 'b', title: 'عقوبات, جديدة', date: '2021-06-10', text: 'فرضت الولايات المتحدة عقوبات جديدة على روسيا يوم 15 مارس 2021.' },
  { id: 'c', title: 'لقاء جنيف', date: '2021-06-11', text: 'وفي جنيف، التقى وزير الخارجية الأمريكي نظيره الروسي لبحث الأزمة.' },
  { id: 'd', title: 'زيارة', date: '2022-01-05', text: 'استقبل الرئيس المصري نظيره الفرنسي في القاهرة أمس.' },
];

const dir = mkdtempSync(join(tmpdir(), 'nasij-query-'));
const db = join(dir, 'nasij.db');
const input = join(dir, 'news.jsonl');
writeFileSync(input, ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
const ingested = nasij(['ingest', input, '--db', db]);

test('events: filters by actor, target, type and dates; JSON Lines carry every mention as evidence', () => {
  assert.equal(ingested.status, 0, ingested.stderr);
  const r = nasij(['events', '--actor', 'USA', '--target', 'rus', '--type', 'consult', '--from', '2021-01-01', '--to', '2021-12-31', '--format', 'jsonl', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  const events = jsonLines(r.stdout);
  // the meeting reported by two articles a day apart is one event
  assert.equal(events.length, 1);
  const [consult] = events as { type: string; sources: string[]; targets: string[]; num_articles: number; evidence: { article_title: string; trigger: { text: string } }[] }[];
  assert.deepEqual([consult?.type, consult?.sources, consult?.targets, consult?.num_articles], ['CONSULT', ['USA'], ['RUS'], 2]);
  assert.deepEqual(consult?.evidence.map((e) => [e.article_title, e.trigger.text]), [['اتهام', 'التقى'], ['لقاء جنيف', 'التقى']]);
  const all = jsonLines(nasij(['events', '--actor', 'USA', '--format', 'jsonl', '--db', db]).stdout).map((e) => e.type);
  assert.deepEqual(all, ['SANCTION', 'ACCUSE', 'CONSULT']); // by date
  assert.deepEqual(jsonLines(nasij(['events', '--to', '2021-05-01', '--format', 'jsonl', '--db', db]).stdout).map((e) => e.type), ['SANCTION']);
  assert.deepEqual(jsonLines(nasij(['events', '--from', '2022-01-01', '--format', 'jsonl', '--db', db]).stdout).map((e) => e.sources), [['FRA']]);
});

test('events: CSV has a header and one line per event; a table is drawn for people', () => {
  const csv = nasij(['events', '--actor', 'USA', '--format', 'csv', '--db', db]).stdout.trimEnd().split('\r\n');
  assert.equal(csv[0], 'date,type,cameo,sources,targets,goldstein,negated,mentions,articles,sources_n,id');
  assert.equal(csv.length, 4);
  assert.match(csv[1] ?? '', /^2021-03-15,SANCTION,\d+,USA,RUS,/);
  const table = nasij(['events', '--type', 'SANCTION', '--db', db]).stdout;
  assert.match(table, /^date +type +cameo/);
  assert.match(table, /2021-03-15 +SANCTION/);
});

test('csv: a field with a comma, quote or line break is quoted', () => {
  assert.deepEqual(['a', 'عقوبات, جديدة', 'say "no"', 'two\nlines'].map(csvField), ['a', '"عقوبات, جديدة"', '"say ""no"""', '"two\nlines"']);
});

test('dyad: counts per quad class and mean Goldstein per month, directed', () => {
  const r = nasij(['dyad', 'USA', 'RUS', '--by', 'month', '--format', 'jsonl', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  const points = jsonLines(r.stdout) as { period: string; quad: number[]; events: number }[];
  assert.deepEqual(points.map((p) => [p.period, p.quad, p.events]), [['2021-03', [0, 0, 0, 1], 1], ['2021-06', [1, 0, 1, 0], 2]]);
  assert.equal(nasij(['dyad', 'RUS', 'USA', '--format', 'jsonl', '--db', db]).stdout, '');
});

test('search: spelling variants of the query find the article', () => {
  const r = nasij(['search', 'الكترونيه', '--format', 'jsonl', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(jsonLines(r.stdout).map((h) => h.title), ['اتهام']);
  assert.deepEqual(jsonLines(nasij(['search', 'جنيف', '--format', 'jsonl', '--db', db]).stdout).map((h) => h.title).sort(), ['اتهام', 'لقاء جنيف']);
});

test('queries: bad options are usage errors (exit 2); a missing database is a failure that says so', () => {
  for (const args of [['events', '--type', 'FOO'], ['events', '--from', '2021-02-01', '--to', '2021-01-01'], ['events', '--format', 'xml'], ['dyad', 'USA', 'RUS', '--by', 'year'], ['search', '؟!'], ['events', '--actor', 'U S']]) {
    const r = nasij([...args, '--db', db]);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^nasij: /);
  }
  const missing = nasij(['events', '--db', join(dir, 'none.db')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /none\.db: no such database/);
});
