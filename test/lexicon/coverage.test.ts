import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readTsv } from '../../src/datafile/tsv.ts';
import { dataPath } from '../../src/datafile/paths.ts';
import { Lexicon, BUNDLED_LEXICON } from '../../src/lexicon/index.ts';
import { readStates } from '../../src/lexicon/sources/states.ts';
import type { RawPhrase } from '../../src/lexicon/sources/common.ts';

/** The bundled lexicon covers every state and keeps its groupings' facts sane. */

const lexicon = Lexicon.load();
const required = readTsv(dataPath('lexicon', 'un-members.tsv'), 2).map((r) => (r.fields[0] ?? '').trim());
const statePhrases: RawPhrase[] = readdirSync(join(BUNDLED_LEXICON, 'states'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => readStates(join(BUNDLED_LEXICON, 'states', f)).phrases);

function phrasesOf(code: string): RawPhrase[] {
  return statePhrases.filter((p) => p.entry.kind === 'state' && p.entry.code === code);
}

test('coverage: 193 UN members, 2 observers and 3 others are required', () => {
  assert.equal(required.length, 198);
  assert.equal(new Set(required).size, 198);
});

for (const code of required) {
  test(`coverage: ${code} has names, demonyms and a seat of government`, () => {
    const state = lexicon.compiled.states.get(code);
    assert.ok(state, `${code} is missing`);
    assert.ok(state.names.ar.length > 0 && state.names.en.length > 0, 'Arabic and English names');
    const phrases = phrasesOf(code);
    const arabic = phrases.filter((p) => p.lang === 'ar');
    const adjectives = arabic.filter((p) => p.form === 'adjective').map((p) => p.text);
    assert.ok(adjectives.some((a) => !a.endsWith('ة')), 'an Arabic masculine singular adjective');
    assert.ok(adjectives.some((a) => a.endsWith('ة')), 'an Arabic feminine singular adjective');
    assert.ok(arabic.some((p) => p.form === 'people'), 'an Arabic plural for the people');
    assert.ok(phrases.some((p) => p.lang === 'en' && p.form === 'adjective'), 'an English adjective');
    const seat = phrases.some((p) => p.form === 'capital' || (p.form === 'metonym' && p.sector === 'GOV'));
    assert.ok(seat, 'a capital (or, where the capital is disputed, a seat-of-government metonym)');
  });
}

test('coverage: at least 150 organisations, groupings and treaties', () => {
  assert.ok(lexicon.compiled.organisations.size >= 150, `${lexicon.compiled.organisations.size}`);
});

test('coverage: every grouping member is a known state or organisation, with sane dates', () => {
  const known = new Set([...lexicon.compiled.states.keys(), ...lexicon.compiled.organisations.keys()]);
  for (const org of lexicon.compiled.organisations.values()) {
    for (const m of org.members ?? []) {
      assert.ok(known.has(m.code), `${org.code}: unknown member ${m.code} (${org.where})`);
      if (m.from) assert.ok(m.from >= '1800' && m.from <= '2027', `${org.code}: ${m.code} joins ${m.from}`);
      if (m.from && org.founded) assert.ok(m.from.slice(0, 4) >= org.founded.slice(0, 4), `${org.code}: ${m.code} joins before founding`);
    }
    if (org.parent) assert.ok(lexicon.compiled.organisations.has(org.parent), `${org.code}: unknown parent ${org.parent}`);
  }
});

test('coverage: NATO enlargements and BRICS 2024/2025 are dated', () => {
  const member = (org: string, code: string): string | null | undefined => lexicon.compiled.organisations.get(org)?.members?.find((m) => m.code === code)?.from;
  assert.equal(member('NATO', 'FIN'), '2023-04-04');
  assert.equal(member('NATO', 'SWE'), '2024-03-07');
  assert.equal(member('BRICS', 'EGY')?.slice(0, 4), '2024');
  assert.equal(member('BRICS', 'IDN')?.slice(0, 4), '2025');
});
