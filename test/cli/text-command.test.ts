import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nasij, jsonLines } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'nasij-cli-'));
const good = join(dir, 'good.txt');
writeFileSync(good, 'اجتمع وزراء الخارجية أمس في الرياض. وبحثوا الأزمة.\n');
const binary = join(dir, 'image.png');
writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
const latin1 = join(dir, 'latin1.txt');
writeFileSync(latin1, new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]));
const empty = join(dir, 'empty.txt');
writeFileSync(empty, '');

test('cli: --version prints the package version', () => {
  const r = nasij(['--version']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/);
});

test('cli: --help lists the text subcommand', () => {
  const r = nasij(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /text \[options\] \[files\.\.\.\]/);
});

test('cli: an unknown subcommand is a usage error (exit 2)', () => {
  const r = nasij(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command/);
});

test('cli: a bad --date is a usage error (exit 2)', () => {
  const r = nasij(['text', good, '--date', '2023-02-30']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--date must be a day as YYYY-MM-DD/);
});

test('cli: text prints one JSON record per sentence with tokens and resolved dates', () => {
  const r = nasij(['text', good, '--date', '2024-03-07']);
  assert.equal(r.status, 0, r.stderr);
  const records = jsonLines(r.stdout);
  assert.equal(records.length, 2);
  const [first] = records;
  assert.equal(first?.doc_id, 'good.txt');
  assert.equal(first?.lang, 'ar');
  const tokens = first?.tokens as { text: string; analyses: unknown[] }[];
  assert.equal(tokens[0]?.text, 'اجتمع');
  const dates = first?.dates as { text: string; date: string }[];
  assert.deepEqual(dates.map((d) => [d.text, d.date]), [['أمس', '2024-03-06']]);
});

test('cli: text reads standard input given -', () => {
  const r = nasij(['text', '-', '--date', '2024-03-07'], 'The ministers met in Doha yesterday.');
  assert.equal(r.status, 0, r.stderr);
  const [record] = jsonLines(r.stdout);
  assert.equal(record?.doc_id, 'stdin');
  assert.equal(record?.lang, 'en');
});

test('cli: bad inputs are reported one line each by name, exit 1, the good file is still processed', () => {
  const r = nasij(['text', binary, good, latin1, empty, join(dir, 'missing.txt'), '--date', '2024-03-07']);
  assert.equal(r.status, 1);
  const errors = r.stderr.trim().split('\n');
  assert.equal(errors.length, 4);
  assert.match(errors[0] ?? '', /image\.png: binary data/);
  assert.match(errors[1] ?? '', /latin1\.txt: invalid UTF-8 at byte 3/);
  assert.match(errors[2] ?? '', /empty\.txt: empty input/);
  assert.match(errors[3] ?? '', /missing\.txt: no such file/);
  assert.equal(jsonLines(r.stdout).length, 2, 'the good file still yields its sentences');
});

test('cli: a front-matter date anchors relative dates when --date is absent', () => {
  const md = join(dir, 'article.md');
  writeFileSync(md, '---\ndate: 2022-06-15\n---\n\nعقد الاجتماع أمس.\n');
  const [record] = jsonLines(nasij(['text', md]).stdout);
  const dates = record?.dates as { date: string }[];
  assert.equal(dates[0]?.date, '2022-06-14');
});

test('cli: a bad front-matter date fails that file only', () => {
  const md = join(dir, 'bad-date.md');
  writeFileSync(md, '---\ndate: yesterday\n---\n\nنص.\n');
  const r = nasij(['text', md, good, '--quiet']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /bad-date\.md: front matter date "yesterday"/);
  assert.equal(jsonLines(r.stdout).length, 2);
});
