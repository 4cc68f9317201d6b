import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCameo } from '../../src/coder/cameo.ts';
import { readPatterns } from '../../src/coder/patterns.ts';
import { triggerWords } from '../../src/coder/triggers.ts';

/** Pattern files written for these tests: frames (`objects`) and their errors. */

const cameo = readCameo();

function patternsDir(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'nasij-patterns-'));
  mkdirSync(join(dir, 'ar'));
  writeFileSync(join(dir, 'ar', 'mobilize.yaml'), yaml);
  return join(dir, 'ar');
}

test('patterns: a frame joins every verb form to every object, and the bare verb is no trigger', () => {
  const dir = patternsDir('- id: t.dispatch\n  type: MOBILIZE\n  cameo: "154"\n  verbs: [أرسل | يرسل]\n  objects: [قوات, جنود]\n');
  const { forms } = readPatterns('ar', cameo, triggerWords('ar'), dir);
  const phrases = new Set(forms.map((f) => f.words.join(' ')));
  assert.ok(phrases.has('ارسلت قوات') && phrases.has('يرسلون جنود'), 'inflected verb + object');
  assert.ok(!phrases.has('ارسلت'), 'the verb alone');
  assert.equal(forms.length % 2, 0, 'each verb form once per object');
});

test('patterns: objects without verbs name the file and the pattern', () => {
  const dir = patternsDir('- id: t.broken\n  type: MOBILIZE\n  cameo: "154"\n  nouns: [حشد]\n  objects: [قوات]\n');
  assert.throws(() => readPatterns('ar', cameo, triggerWords('ar'), dir), /mobilize\.yaml.*t\.broken: objects without verbs/);
});
