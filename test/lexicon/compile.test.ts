import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFileError } from '../../src/datafile/tsv.ts';
import { Lexicon } from '../../src/lexicon/index.ts';
import { analyseText } from '../../src/text/index.ts';

/** Loading, layering and refusing malformed data, on small folders made here. */

const MINI = fileURLToPath(new URL('./fixtures/mini/', import.meta.url));

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nasij-lex-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function failsWith(files: Record<string, string>, where: RegExp, reason: RegExp): void {
  const dir = folder(files);
  assert.throws(() => Lexicon.fromDirs([dir]), (err: unknown) => err instanceof DataFileError && where.test(err.message) && reason.test(err.message));
}

const STATE = (code: string, name: string): string => `${code}:\n  ar: [${name}]\n  en: [${code} land]\n`;

test('compile: two states claiming one phrase fail with file and line', () => {
  failsWith({ 'states/a.yaml': STATE('AAA', 'بلاد') + STATE('BBB', 'بلاد') }, /states\/a\.yaml:5:/, /also claimed by .*a\.yaml:2/);
});

test('compile: a phrase listed in ambiguous.tsv may be shared', () => {
  const dir = folder({ 'states/a.yaml': STATE('AAA', 'بلاد') + STATE('BBB', 'بلاد'), 'ambiguous.tsv': 'ar\tبلاد\tBBB\tAAA,BBB\n' });
  const lex = Lexicon.fromDirs([dir]);
  const [m] = lex.mentions(analyseText('بلاد', { published: '2024-01-01' }));
  assert.equal(m?.code, 'BBB');
});

test('compile: hamza spelling variants count as the same phrase', () => {
  failsWith({ 'states/a.yaml': STATE('AAA', 'أرض') + STATE('BBB', 'ارض') }, /a\.yaml:5/, /also claimed/);
});

test('compile: broken YAML names the line', () => {
  failsWith({ 'states/a.yaml': 'AAA:\n  ar: [x\n  en: y\n' }, /a\.yaml:\d+:/, /./);
});

test('compile: a bad state code is refused', () => {
  failsWith({ 'states/a.yaml': STATE('Egypt', 'مصر') }, /a\.yaml:1:/, /not an ISO 3166-1 alpha-3 code/);
});

test('compile: a state without English names is refused', () => {
  failsWith({ 'states/a.yaml': 'EGY:\n  ar: [مصر]\n' }, /a\.yaml:1:/, /needs Arabic and English names/);
});

test('compile: a bad membership date is refused with its line', () => {
  const org = 'XORG:\n  ar: [منظمة]\n  en: [Org]\n  type: alliance\n  format: minilateral\n  formality: informal\n  members:\n    - USA 2020-01-01\n    - FRA 20-1-1\n';
  failsWith({ 'organisations/o.yaml': org }, /o\.yaml:9:/, /not a date/);
});

test('compile: an unknown organisation type is refused', () => {
  const org = 'XORG:\n  ar: [منظمة]\n  en: [Org]\n  type: club\n  format: minilateral\n  formality: informal\n';
  failsWith({ 'organisations/o.yaml': org }, /o\.yaml:4:/, /"club" is not one of/);
});

test('compile: a tenure that ends before it starts is refused', () => {
  failsWith({ 'people/p.yaml': '- ar: [فلان]\n  en: [X]\n  roles:\n    - USA GOV 2020-01-01..2019-01-01 president\n' }, /p\.yaml:4:/, /ends .* before it starts/);
});

test('compile: a TSV line with a bad sector is refused', () => {
  failsWith({ 'agents.tsv': 'ar\tجيش\tMIL\nar\tشرطة\tpolice\n' }, /agents\.tsv:2:/, /not a sector code/);
});

test('compile: two people of different states in office at once may not share a name', () => {
  const people = '- ar: [أحمد]\n  en: [Ahmad]\n  roles:\n    - EGY GOV 2010..2015 minister\n- ar: [أحمد]\n  en: [Ahmed]\n  roles:\n    - JOR GOV 2012..2020 minister\n';
  failsWith({ 'people/p.yaml': people }, /p\.yaml:5:/, /different states in office at the same time/);
});

test('layering: a user folder adds entries and replaces one by code', () => {
  const user = folder({ 'states/mine.yaml': 'MAR:\n  ar: [المملكة الشريفة]\n  en: [Sharifian Kingdom]\nXYZ:\n  ar: [أرض الأحلام]\n  en: [Dreamland]\n' });
  const base = Lexicon.fromDirs([MINI]);
  const layered = Lexicon.fromDirs([MINI, user]);
  const code = (lex: Lexicon, text: string): string | null => lex.mentions(analyseText(text, { published: '2024-01-01' }))[0]?.code ?? null;
  assert.equal(code(base, 'أرض الأحلام'), null);
  assert.equal(code(layered, 'أرض الأحلام'), 'XYZ');
  assert.equal(code(layered, 'المملكة الشريفة'), 'MAR');
  assert.equal(code(layered, 'المغرب'), null, 'the replaced entry loses its old names');
  assert.notEqual(base.version, layered.version);
});

test('layering: a user phrase overrides a bundled claim on the same phrase', () => {
  const user = folder({ 'states/mine.yaml': 'XYZ:\n  ar: [بولندا]\n  en: [Other Poland]\n' });
  const lex = Lexicon.fromDirs([MINI, user]);
  assert.equal(lex.mentions(analyseText('بولندا', { published: '2024-01-01' }))[0]?.code, 'XYZ');
});

test('petrarch: actor and agent dictionaries are imported', () => {
  const user = folder({
    'Phoenix.actors.txt': '# test dictionary\nBARACK_OBAMA_\n+PRESIDENT_OBAMA\n\t[USAELI 19610804-20080103]\n\t[USAGOV 20090120-20170120]\nGONDOR [GON]\n',
    'Phoenix.agents.txt': 'RANGERS [~MIL]\nSTEWARD_ [~GOV]\n',
  });
  const lex = Lexicon.fromDirs([MINI, user]);
  const found = lex.mentions(analyseText('President Obama sent rangers to Gondor', { published: '2012-05-01' }));
  assert.deepEqual(found.map((m) => [m.text, m.code, m.agent]), [['President Obama', 'USA', 'GOV'], ['rangers', null, 'MIL'], ['Gondor', 'GON', null]]);
  const early = lex.mentions(analyseText('Barack Obama', { published: '2005-01-01' }));
  assert.deepEqual(early.map((m) => [m.code, m.agent]), [['USA', 'ELI']]);
});

test('petrarch: a malformed code line names the file and line', () => {
  failsWith({ 'bad.actors.txt': 'SOMEONE\n\t[USAGOV 20090120-20170120]\n\t[bad code]\n' }, /bad\.actors\.txt:3:/, /is not a \[CODE/);
});

test('layering: the mini lexicon copied as a user folder changes nothing but the version', () => {
  const copy = mkdtempSync(join(tmpdir(), 'nasij-copy-'));
  cpSync(MINI, copy, { recursive: true });
  const a = Lexicon.fromDirs([MINI]);
  const b = Lexicon.fromDirs([MINI, copy]);
  const text = analyseText('الرئيس الأمريكي جو بايدن في بولندا', { published: '2024-03-07' });
  assert.deepEqual(b.mentions(text).map((m) => [m.text, m.code, m.agent]), a.mentions(text).map((m) => [m.text, m.code, m.agent]));
});

test('snapshot: a cached load reads the same lexicon as a fresh compile', () => {
  const text = analyseText('الرئيس الأمريكي جو بايدن في بولندا وللناتو', { published: '2024-03-07' });
  const fresh = Lexicon.fromDirs([MINI], { cache: false });
  Lexicon.fromDirs([MINI], { cache: true }); // writes the snapshot
  const cached = Lexicon.fromDirs([MINI], { cache: true });
  assert.equal(cached.version, fresh.version);
  assert.equal(cached.compiled.phrases.length, fresh.compiled.phrases.length);
  assert.deepEqual(cached.mentions(text), fresh.mentions(text));
});

test('snapshot: an edited data file is compiled afresh, not read from the snapshot', () => {
  const dir = folder({ 'states/a.yaml': STATE('AAA', 'أرض') });
  const before = Lexicon.fromDirs([dir], { cache: true });
  writeFileSync(join(dir, 'states/a.yaml'), STATE('AAA', 'سماء'));
  const after = Lexicon.fromDirs([dir], { cache: true });
  assert.notEqual(after.version, before.version);
  assert.equal(after.mentions(analyseText('سماء', { published: '2024-01-01' }))[0]?.code, 'AAA');
  assert.equal(after.mentions(analyseText('أرض', { published: '2024-01-01' })).length, 0);
});

test('compile: the same code twice in one layer is refused', () => {
  failsWith({ 'states/a.yaml': STATE('AAA', 'أرض'), 'states/b.yaml': STATE('AAA', 'سماء') }, /b\.yaml:1:/, /already defined at .*a\.yaml:1/);
});

test('snapshot: two copies of the same data keep their own file names', () => {
  const copy = mkdtempSync(join(tmpdir(), 'nasij-copy2-'));
  cpSync(MINI, copy, { recursive: true });
  Lexicon.fromDirs([MINI], { cache: true });
  const fromCopy = Lexicon.fromDirs([copy], { cache: true });
  const [m] = fromCopy.mentions(analyseText('بولندا', { published: '2024-03-07' }));
  assert.ok(m?.entry.startsWith(copy), `${m?.entry} should name the copy`);
});
