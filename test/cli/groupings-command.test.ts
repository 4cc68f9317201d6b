import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonLines, nasij } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'nasij-groupings-'));
const db = join(dir, 'news.db');

before(() => {
  const articles = [
    { id: 'a', date: '2024-01-02', text: 'أعلنت مصر انضمامها إلى مجموعة بريكس في مطلع العام.' },
    { id: 'b', date: '2024-02-10', text: 'طلبت الجزائر رسمياً الانضمام إلى مجموعة بريكس.' },
    { id: 'c', date: '2024-03-05', text: 'انسحبت بوركينا فاسو من المجموعة الاقتصادية لدول غرب أفريقيا.' },
  ];
  writeFileSync(join(dir, 'news.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const r = nasij(['ingest', join(dir, 'news.jsonl'), '--db', db]);
  assert.equal(r.status, 0, r.stderr);
});

test('groupings: the stored groupings with their members and changes', () => {
  const rows = jsonLines(nasij(['groupings', '--db', db, '--format', 'jsonl']).stdout);
  const brics = rows.find((g) => g.code === 'BRICS');
  assert.ok(brics, JSON.stringify(rows.map((g) => g.code)));
  assert.equal(brics.changes, 2);
  assert.equal(brics.format, 'multilateral');
});

test('groupings CODE: the membership timeline in date order, and unknown codes said so', () => {
  const [brics] = jsonLines(nasij(['groupings', 'brics', '--db', db, '--format', 'jsonl']).stdout);
  const timeline = (brics?.timeline ?? []) as { actor: string; change: string; date: string }[];
  assert.deepEqual(timeline.map((t) => [t.date, t.actor, t.change]), [['2024-01-01', 'EGY', 'join'], ['2024-02-10', 'DZA', 'seek']]);
  const csv = nasij(['groupings', 'ECOWAS', '--db', db, '--format', 'csv']).stdout.trim().split(/\r?\n/);
  assert.equal(csv[0], 'date,actor,change,negated,article,sentence');
  assert.match(csv[1] ?? '', /^2024-03-05,BFA,withdraw,/);
  const missing = nasij(['groupings', 'NOPE', '--db', db]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no grouping "NOPE"/);
  assert.match(nasij(['groupings', '--kind', 'huge', '--db', db]).stderr, /--kind must be one of/);
});
