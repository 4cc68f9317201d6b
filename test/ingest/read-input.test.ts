import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText, InputError, readTextInput } from '../../src/ingest/read-input.ts';
import { splitFrontMatter } from '../../src/ingest/front-matter.ts';

const dir = mkdtempSync(join(tmpdir(), 'nasij-input-'));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function rejects(path: string, reason: RegExp): void {
  assert.throws(() => readTextInput(path), (err: unknown) => err instanceof InputError && err.message.startsWith(path) && reason.test(err.message));
}

test('input: a UTF-8 Arabic file is read with its base name', () => {
  const input = readTextInput(file('a.txt', 'اجتمع الوزراء.'));
  assert.deepEqual(input, { name: 'a.txt', text: 'اجتمع الوزراء.' });
});

test('input: a byte-order mark is dropped', () => {
  assert.equal(decodeText('x', new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), 'a');
});

test('input: binary file is refused by name', () => rejects(file('b.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])), /binary/));
test('input: invalid UTF-8 is refused with the byte offset', () => rejects(file('c.txt', new Uint8Array([0x61, 0x62, 0xff, 0x63])), /invalid UTF-8 at byte 2/));
test('input: Windows-1256 Arabic is invalid UTF-8', () => rejects(file('d.txt', new Uint8Array([0xe3, 0xd5, 0xd1, 0x20, 0xe3, 0xd5, 0xd1])), /invalid UTF-8/));
test('input: empty file is refused', () => rejects(file('e.txt', ''), /empty/));
test('input: white-space-only file is refused', () => rejects(file('f.txt', ' \n\n '), /empty/));
test('input: missing file is refused', () => rejects(join(dir, 'missing.txt'), /no such file/));

test('input: a folder is refused', () => {
  const sub = join(dir, 'folder');
  mkdirSync(sub);
  rejects(sub, /folder/);
});

test('front matter: fields are read and the body starts after it', () => {
  const doc = splitFrontMatter('x.md', '---\ntitle: قمة\ndate: 2024-03-07\nlang: ar\n---\n\nالنص هنا.\n');
  assert.deepEqual(doc.meta, { title: 'قمة', date: '2024-03-07', lang: 'ar' });
  assert.equal(doc.text, 'النص هنا.\n');
});

test('front matter: the body may start right after the closing fence; its first line is kept', () => {
  const doc = splitFrontMatter('x.md', '---\ndate: 2024-03-07\n---\nالسطر الأول.\nالسطر الثاني.\n');
  assert.deepEqual([doc.meta, doc.text], [{ date: '2024-03-07' }, 'السطر الأول.\nالسطر الثاني.\n']);
  const crlf = splitFrontMatter('x.md', '---\r\ndate: 2024-03-07\r\n---\r\nالسطر الأول.\r\n');
  assert.deepEqual([crlf.meta, crlf.text], [{ date: '2024-03-07' }, 'السطر الأول.\r\n']);
});

test('front matter: a file without it is all body', () => {
  const doc = splitFrontMatter('x.txt', 'النص فقط.');
  assert.deepEqual([doc.meta, doc.text], [{}, 'النص فقط.']);
});

test('front matter: an unclosed fence is body text', () => {
  const doc = splitFrontMatter('x.md', '---\ntitle: x\nno end');
  assert.equal(doc.text, '---\ntitle: x\nno end');
});
