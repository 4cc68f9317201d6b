import type { GroupEntry } from '../types.ts';
import { YamlSource } from '../../datafile/yaml.ts';
import { SECTOR, phrasesOf, readNames, type RawPhrase, type SourceResult } from './common.ts';

/** `groups/*.yaml`: non-state actors, each coded as a state (or IMG, NGO) with a sector. */

const GROUP_KEY = /^[A-Z][A-Z0-9_]{1,31}$/;
const ACTOR_CODE = /^[A-Z]{3}$/;

export function readGroups(file: string): SourceResult {
  const src = new YamlSource(file);
  const entries: GroupEntry[] = [];
  const phrases: RawPhrase[] = [];
  for (const [key, node, keyNode] of src.entries(src.root, 'a groups file')) {
    if (!GROUP_KEY.test(key)) src.fail(keyNode, `"${key}" is not a group key (upper-case letters, digits and _)`);
    const code = src.text(src.get(node, 'code'), `${key}.code`);
    if (!ACTOR_CODE.test(code)) src.fail(keyNode, `${key}.code "${code}" is not a three-letter actor code`);
    const sector = src.text(src.get(node, 'sector'), `${key}.sector`);
    if (!SECTOR.test(sector)) src.fail(keyNode, `${key}.sector "${sector}" is not a sector code`);
    const names = readNames(src, node, key);
    const entry: GroupEntry = {
      kind: 'group', id: `group:${key}`, code, sector, where: src.where(keyNode),
      names: { ar: names.ar.map((n) => n.value), en: names.en.map((n) => n.value) },
    };
    entries.push(entry);
    phrases.push(...phrasesOf(src, names.ar, 'ar', 'name', entry, sector), ...phrasesOf(src, names.en, 'en', 'name', entry, sector));
  }
  return { entries, phrases };
}
