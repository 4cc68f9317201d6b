import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../src/store/index.ts';
import { nasij } from './helpers.ts';
import { generatedJsonl } from './ingest-corpus.ts';
import { contents } from './store-contents.ts';

const VISIT = 'استقبل الرئيس المصري نظيره الفرنسي في القاهرة أمس.';
const ACCUSE = 'اتهمت الولايات المتحدة روسيا بشن هجمات إلكترونية على مؤسساتها.';
const MEET = 'التقى وزير الخارجية الأمريكي نظيره الروسي في جنيف.';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'nasij-ingest-'));
}

function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function rows(db: Db, sql: string): unknown[] {
  return db.prepare(sql).raw().all();
}

test('ingest: folders (recursive), Markdown with front matter, text and JSON Lines go into the database', () => {
  const dir = folder();
  write(dir, 'news/visit.md', `---\ntitle: زيارة رسمية\ndate: 2021-06-10\n---\n${VISIT}\n`);
  write(dir, 'news/deep/accuse.txt', ACCUSE);
  write(dir, 'news/notes.csv', 'not an article'); // not a text, Markdown or JSON Lines file
  write(dir, 'feed.jsonl', JSON.stringify({ id: 'm1', url: 'https://example.org/m1', title: 'لقاء', date: '2021-06-09', text: MEET }) + '\n');
  const db = join(dir, 'nasij.db');
  const r = nasij(['ingest', join(dir, 'news'), join(dir, 'feed.jsonl'), '--db', db, '--date', '2021-06-11']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /3 articles added/);
  const store = openDb(db);
  assert.deepEqual(rows(store, 'SELECT title, date FROM articles ORDER BY date'), [['لقاء', '2021-06-09'], ['زيارة رسمية', '2021-06-10'], [null, '2021-06-11']]);
  assert.deepEqual(rows(store, 'SELECT source, url FROM article_sources ORDER BY source').map((x) => (x as string[])[1]), [null, null, 'https://example.org/m1']);
  assert.deepEqual(rows(store, 'SELECT type FROM events ORDER BY type').flat(), ['ACCUSE', 'CONSULT', 'CONSULT']);
});

test('ingest: bad inputs are reported by name and reason, the rest is ingested, exit 1', () => {
  const dir = folder();
  write(dir, 'good.txt', ACCUSE);
  write(dir, 'binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  write(dir, 'latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
  write(dir, 'empty.md', '');
  write(dir, 'dated.md', '---\ndate: 2021-02-30\n---\nنص.\n');
  const lines = [
    JSON.stringify({ id: 'a', date: '2021-06-10', text: VISIT }),
    '{"id": "broken"',
    JSON.stringify({ id: 'b', text: MEET }),
    JSON.stringify({ id: 'c', date: '2021-06-10', text: '   ' }),
    JSON.stringify({ id: 'd', date: '2021-06-10', text: MEET }),
  ];
  write(dir, 'lines.jsonl', lines.join('\n'));
  const db = join(dir, 'nasij.db');
  const r = nasij(['ingest', dir, join(dir, 'missing.txt'), '--db', db, '--date', '2021-06-10']);
  assert.equal(r.status, 1);
  const errors = r.stderr.split('\n').filter((l) => l.startsWith('nasij:') && !l.includes('articles added'));
  const expected: [string, RegExp][] = [
    ['binary.txt', /binary/],
    ['latin1.txt', /invalid UTF-8 at byte 3/],
    ['empty.md', /empty/],
    ['dated.md', /2021-02-30/],
    ['lines.jsonl:2', /not JSON/],
    ['lines.jsonl:3', /field "date"/],
    ['lines.jsonl:4', /field "text": empty text/],
    ['missing.txt', /no such file/],
  ];
  for (const [name, reason] of expected) assert.ok(errors.some((l) => l.includes(name) && reason.test(l)), `${name}: ${r.stderr}`);
  assert.equal(errors.length, expected.length, r.stderr);
  assert.equal(rows(openDb(db), 'SELECT count(*) FROM articles')[0]?.toString(), '3'); // good.txt, lines a and d
});

test('ingest: the same text in two files is one article with both sources; a rerun duplicates nothing', () => {
  const dir = folder();
  write(dir, 'a/one.txt', `${ACCUSE} ${MEET}`);
  write(dir, 'b/two.txt', `${ACCUSE}\n${MEET}\n`); // other spacing: the same normalised text
  const db = join(dir, 'nasij.db');
  const first = nasij(['ingest', dir, '--db', db, '--date', '2021-06-10']);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stderr, /1 articles added .* 1 known articles from a new source/);
  const snapshot = (): unknown[] => {
    const store = openDb(db);
    const out = ['articles', 'article_sources', 'sentences', 'events', 'event_mentions', 'event_actors', 'event_dyads'].map((t) => rows(store, `SELECT count(*) FROM ${t}`));
    store.close();
    return out;
  };
  const before = snapshot();
  assert.deepEqual(before.slice(0, 2), [[[1]], [[2]]]);
  const again = nasij(['ingest', dir, '--db', db, '--date', '2021-06-10']);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, /0 articles added .* 2 already stored/);
  assert.deepEqual(snapshot(), before);
});

test('ingest: --threads 2 stores exactly what one thread does, repeated and known articles included', () => {
  const dir = folder();
  const lines = generatedJsonl(60).trimEnd().split('\n');
  // line 61 repeats line 3's text from another source; the second file's first article is the first file's
  write(dir, 'news.jsonl', [...lines, JSON.stringify({ id: 'again', date: '2021-03-05', text: (JSON.parse(lines[2] ?? '{}') as { text: string }).text })].join('\n'));
  write(dir, 'more.jsonl', [lines[0]?.replace('"art-0"', '"first-again"'), JSON.stringify({ id: 'x', date: '2021-04-01', text: ACCUSE })].join('\n'));
  const one = join(dir, 'one.db');
  const two = join(dir, 'two.db');
  for (const [db, threads] of [[one, '1'], [two, '2']]) {
    const r = nasij(['ingest', join(dir, 'news.jsonl'), join(dir, 'more.jsonl'), '--db', db ?? '', '--threads', threads ?? '']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /61 articles added .* 2 known articles from a new source/);
  }
  const [a, b] = [contents(one), contents(two)];
  for (const key of Object.keys(a)) assert.deepEqual(b[key], a[key], key);
});
