import type { PersonEntry, Tenure } from '../types.ts';
import { YamlSource } from '../../datafile/yaml.ts';
import type { Node } from 'yaml';
import { checkDate, phrasesOf, readNames, SECTOR, type RawPhrase, type SourceResult } from './common.ts';

/** `people/*.yaml`: people with their offices over time ("USA GOV 2021-01-20..2025-01-20 president"). */

const ROLE_LINE = /^([A-Z][A-Z0-9_+]{1,31})\s+([A-Z]{3})\s+(\S*)\.\.(\S*)(?:\s+(.*))?$/;

function parseTenure(src: YamlSource, node: Node, what: string): Tenure {
  const text = src.text(node, what);
  const m = ROLE_LINE.exec(text);
  if (!m?.[1] || !m[2]) src.fail(node, `${what}: "${text}" is not "CODE SECTOR FROM..TO role"`);
  if (!SECTOR.test(m[2])) src.fail(node, `${what}: "${m[2]}" is not a sector code`);
  const from = m[3] ? checkDate(src, node, m[3], what) : null;
  const to = m[4] ? checkDate(src, node, m[4], what) : null;
  if (from && to && to < from) src.fail(node, `${what}: ends (${to}) before it starts (${from})`);
  return { code: m[1], sector: m[2], from, to, role: (m[5] ?? '').trim() };
}

export function readPeople(file: string): SourceResult {
  const src = new YamlSource(file);
  const entries: PersonEntry[] = [];
  const phrases: RawPhrase[] = [];
  for (const node of src.items(src.root, 'a people file')) {
    const names = readNames(src, node, 'person');
    if (names.ar.length === 0 && names.en.length === 0) src.fail(node, 'a person needs names (ar, en)');
    const tenures = src.items(src.get(node, 'roles'), 'roles').map((r) => parseTenure(src, r, 'roles'));
    if (tenures.length === 0) src.fail(node, `${names.en[0]?.value ?? names.ar[0]?.value}: no roles`);
    const entry: PersonEntry = {
      kind: 'person', id: src.where(node), where: src.where(node), tenures,
      names: { ar: names.ar.map((n) => n.value), en: names.en.map((n) => n.value) },
    };
    entries.push(entry);
    phrases.push(...phrasesOf(src, names.ar, 'ar', 'name', entry), ...phrasesOf(src, names.en, 'en', 'name', entry));
  }
  return { entries, phrases };
}
