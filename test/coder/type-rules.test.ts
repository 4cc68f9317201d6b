import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTypeRules } from '../../src/coder/type-rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'nasij-rules-'));

test('type rules: the bundled conventions read as sets of PLOVER types', () => {
  const rules = readTypeRules();
  assert.ok(rules.domestic.has('PROTEST'));
  assert.ok(!rules.governs.has('ACCUSE'), 'what is condemned has happened');
});

test('type rules: an unknown type or rule names the file and line', () => {
  const bad = join(dir, 'rules.tsv');
  writeFileSync(bad, 'domestic\tPROTEST\ngoverns\tREQUEST,PLEAD\n');
  assert.throws(() => readTypeRules(bad), /rules\.tsv:2: "PLEAD" is not a PLOVER type/);
  writeFileSync(bad, 'sometimes\tPROTEST\n');
  assert.throws(() => readTypeRules(bad), /rules\.tsv:1: unknown rule "sometimes"/);
});
