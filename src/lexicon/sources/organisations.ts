import type { Node } from 'yaml';
import type { Member, OrganisationEntry } from '../types.ts';
import { YamlSource } from '../../datafile/yaml.ts';
import { checkDate, phrasesOf, readNames, type RawPhrase, type SourceResult } from './common.ts';

/** `organisations/*.yaml`: organisations, groupings and treaties with their members over time. */

export const ORG_TYPES = ['igo', 'alliance', 'forum', 'summit_series', 'treaty', 'initiative'];
export const FORMATS = ['bilateral', 'minilateral', 'multilateral'];
export const FORMALITIES = ['treaty', 'institution', 'informal'];
const ORG_CODE = /^[A-Z][A-Z0-9_+]{1,31}$/;
const ALL_UN_MEMBERS = 'all_un_members';

function oneOf(src: YamlSource, node: Node | null | undefined, what: string, allowed: string[]): string {
  const value = src.text(node, what);
  if (!allowed.includes(value)) src.fail(node, `${what}: "${value}" is not one of ${allowed.join(', ')}`);
  return value;
}

/** "USA 1949-08-24", "GBR 1973-01-01..2020-01-31", "FIN" */
function parseMember(src: YamlSource, node: Node, what: string): Member {
  const text = src.text(node, what);
  const m = /^([A-Z]{2,}[A-Z0-9_]*)(?:\s+(\S*?)(?:\.\.(\S*))?)?(?:\s+#.*)?$/.exec(text);
  if (!m?.[1]) src.fail(node, `${what}: "${text}" is not "CODE [FROM][..TO]"`);
  const from = m[2] ? checkDate(src, node, m[2], what) : null;
  const to = m[3] ? checkDate(src, node, m[3], what) : null;
  if (from && to && to < from) src.fail(node, `${what}: ${m[1]} leaves (${to}) before joining (${from})`);
  return { code: m[1], from, to };
}

function readMembers(src: YamlSource, node: Node | null | undefined, code: string): Member[] | null {
  if (node && 'value' in node && node.value === ALL_UN_MEMBERS) return null;
  return src.items(node, `${code}.members`).map((n) => parseMember(src, n, `${code}.members`));
}

export function readOrganisations(file: string): SourceResult {
  const src = new YamlSource(file);
  const entries: OrganisationEntry[] = [];
  const phrases: RawPhrase[] = [];
  for (const [code, node, keyNode] of src.entries(src.root, 'an organisations file')) {
    if (!ORG_CODE.test(code)) src.fail(keyNode, `"${code}" is not an organisation code (upper-case letters, digits, _ and +)`);
    const names = readNames(src, node, code);
    if (names.ar.length === 0 || names.en.length === 0) src.fail(keyNode, `${code} needs Arabic and English names (ar, en)`);
    const founded = src.get(node, 'founded');
    const parent = src.get(node, 'parent');
    const entry: OrganisationEntry = {
      kind: 'organisation', id: code, code, where: src.where(keyNode),
      names: { ar: names.ar.map((n) => n.value), en: names.en.map((n) => n.value) },
      type: oneOf(src, src.get(node, 'type'), `${code}.type`, ORG_TYPES),
      format: oneOf(src, src.get(node, 'format'), `${code}.format`, FORMATS),
      formality: oneOf(src, src.get(node, 'formality'), `${code}.formality`, FORMALITIES),
      issues: src.texts(src.get(node, 'issues'), `${code}.issues`).map((i) => i.value),
      founded: founded ? checkDate(src, founded, src.text(founded, `${code}.founded`), `${code}.founded`) : null,
      parent: parent ? src.text(parent, `${code}.parent`) : null,
      members: readMembers(src, src.get(node, 'members'), code),
    };
    entries.push(entry);
    phrases.push(...phrasesOf(src, names.ar, 'ar', 'name', entry), ...phrasesOf(src, names.en, 'en', 'name', entry));
  }
  return { entries, phrases };
}
