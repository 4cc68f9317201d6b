import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nasij, jsonLines } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'nasij-actors-'));
const story = join(dir, 'story.txt');
writeFileSync(story, 'أعلنت الحكومة المغربية أن الجيش الإسرائيلي قصف مواقع، وخرج متظاهرون لبنانيون إلى الشوارع.\n');

test('actors: every mention with its span, code, sector and the data-file line that matched', () => {
  const r = nasij(['actors', story, '--date', '2024-03-07']);
  assert.equal(r.status, 0, r.stderr);
  const found = jsonLines(r.stdout).map((m) => [m.text, m.code, m.agent]);
  assert.deepEqual(found, [['الحكومة المغربية', 'MAR', 'GOV'], ['الجيش الإسرائيلي', 'ISR', 'MIL'], ['متظاهرون لبنانيون', 'LBN', 'CVL']]);
  const [first] = jsonLines(r.stdout);
  assert.match(String(first?.entry), /data\/lexicon\/agents\.tsv:\d+$/);
  assert.equal(typeof first?.start, 'number');
});

test('actors: --lexicon layers a user folder over the bundled data', () => {
  const mine = join(dir, 'mine');
  mkdirSync(join(mine, 'states'), { recursive: true });
  writeFileSync(join(mine, 'states', 'extra.yaml'), 'XYZ:\n  ar: [جمهورية الخيال]\n  en: [Fantasia]\n');
  const file = join(dir, 'fantasy.txt');
  writeFileSync(file, 'زار الوفد جمهورية الخيال.\n');
  const without = jsonLines(nasij(['actors', file, '--date', '2024-03-07']).stdout).map((m) => m.code);
  const withIt = jsonLines(nasij(['actors', file, '--date', '2024-03-07', '--lexicon', mine]).stdout).map((m) => m.code);
  assert.ok(!without.includes('XYZ'));
  assert.ok(withIt.includes('XYZ'));
});

test('actors: a malformed user data file fails loudly with file, line and reason', () => {
  const bad = join(dir, 'bad');
  mkdirSync(join(bad, 'people'), { recursive: true });
  writeFileSync(join(bad, 'people', 'p.yaml'), '- ar: [فلان]\n  en: [Someone]\n  roles:\n    - USA GOV yesterday..today president\n');
  const r = nasij(['actors', story, '--lexicon', bad]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /people\/p\.yaml:4: .*not a date/);
});
