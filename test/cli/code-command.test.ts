import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nasij, jsonLines } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'nasij-code-'));
const lines = [
  ...Array.from({ length: 80 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: 'شنت إسرائيل غارات على مواقع في سوريا. هاجمت القوات الروسية مواقع أوكرانية.', date: '2024-03-07' })),
  '{not json',
  JSON.stringify({ id: 'no-text' }),
  JSON.stringify({ id: 'last', text: 'Russia attacked Ukraine.', date: '2024-03-07', lang: 'en' }),
];
const jsonl = join(dir, 'news.jsonl');
writeFileSync(jsonl, lines.join('\n') + '\n');

test('code: JSON Lines input carries each line id as doc_id; bad lines are named and the rest coded', () => {
  const r = nasij(['code', '--input', 'jsonl', jsonl]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /news\.jsonl:81: not JSON/);
  assert.match(r.stderr, /news\.jsonl:82: field "text"/);
  const records = jsonLines(r.stdout);
  const ids = new Set(records.map((x) => x.doc_id));
  assert.ok(ids.has('doc-0') && ids.has('doc-79') && ids.has('last'));
  assert.ok(records.every((x) => typeof x.id === 'string' && typeof x.kind === 'string' && typeof x.sentence === 'object'));
});

test('code: --strict stops at the first bad line', () => {
  const r = nasij(['code', '--input', 'jsonl', '--strict', jsonl]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('code: --threads 2 and 3 give output identical to one thread', () => {
  const one = nasij(['code', '--input', 'jsonl', '--quiet', jsonl]);
  assert.ok(one.stdout.length > 0);
  for (const threads of ['2', '3']) assert.equal(nasij(['code', '--input', 'jsonl', '--quiet', '--threads', threads, jsonl]).stdout, one.stdout);
});

test('code: a plain file is one document named by its file, dated by --date', () => {
  const file = join(dir, 'story.txt');
  writeFileSync(file, 'شنت إسرائيل أمس غارات على مواقع في سوريا.');
  const [event] = jsonLines(nasij(['code', file, '--date', '2024-03-07']).stdout);
  assert.equal(event?.doc_id, 'story.txt');
  assert.equal(event?.date, '2024-03-06');
});

test('code: --explain shows tokens, mentions, triggers and role reasons', () => {
  const file = join(dir, 'explain.txt');
  writeFileSync(file, 'شنت إسرائيل غارات على مواقع في سوريا.');
  const r = nasij(['code', file, '--date', '2024-03-07', '--explain']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /mentions: .*إسرائيل → ISR/);
  // شنت … غارات is one phrase split by its subject: the verb is its span, the subject its source
  assert.match(r.stdout, /trigger "شنت" → rule ar\.assault\./);
  assert.match(r.stdout, /source إسرائيل\(ISR\): subject after the verb \(VSO\)/);
  assert.doesNotMatch(r.stdout, /trigger "غارات"/);
});

test('code: a bad --threads value is a usage error', () => {
  assert.equal(nasij(['code', '--threads', 'many', jsonl]).status, 2);
});
