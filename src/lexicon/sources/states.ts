import { isMap } from 'yaml';
import { inflectNisba } from '../inflect.ts';
import type { StateEntry } from '../types.ts';
import { YamlSource } from '../../datafile/yaml.ts';
import { ISO3, SECTOR, phrasesOf, readNames, type RawPhrase, type SourceResult } from './common.ts';

/** `states/*.yaml`: names, demonyms (inflected here), capitals, other places and metonyms of each state. */
export function readStates(file: string, region = false): SourceResult {
  const src = new YamlSource(file);
  const entries: StateEntry[] = [];
  const phrases: RawPhrase[] = [];
  for (const [code, node, keyNode] of src.entries(src.root, 'a states file')) {
    if (!ISO3.test(code)) src.fail(keyNode, `"${code}" is not an ISO 3166-1 alpha-3 code`);
    const names = readNames(src, node, code);
    if (names.ar.length === 0 || names.en.length === 0) src.fail(keyNode, `${code} needs Arabic and English names (ar, en)`);
    const entry: StateEntry = {
      kind: 'state', id: code, code, region, where: src.where(keyNode),
      names: { ar: names.ar.map((n) => n.value), en: names.en.map((n) => n.value) },
    };
    entries.push(entry);
    phrases.push(...phrasesOf(src, names.ar, 'ar', 'name', entry), ...phrasesOf(src, names.en, 'en', 'name', entry));
    for (const n of src.texts(src.get(node, 'ar_bound'), `${code}.ar_bound`)) {
      phrases.push({ lang: 'ar', text: n.value, form: 'name', entry, sector: null, where: src.where(n.node), bound: true });
    }
    for (const field of ['ar_adj', 'ar_adj_bound']) {
      const bound = field === 'ar_adj_bound';
      for (const adj of src.texts(src.get(node, field), `${code}.${field}`)) {
        const where = src.where(adj.node);
        phrases.push({ lang: 'ar', text: adj.value, form: 'adjective', entry, sector: null, where, bound });
        for (const form of inflectNisba(adj.value)) {
          phrases.push({ lang: 'ar', text: form.text, form: form.people ? 'people' : 'adjective', entry, sector: null, where, bound });
        }
      }
    }
    phrases.push(...phrasesOf(src, src.texts(src.get(node, 'ar_plural'), `${code}.ar_plural`), 'ar', 'people', entry));
    phrases.push(...phrasesOf(src, src.texts(src.get(node, 'en_adj'), `${code}.en_adj`), 'en', 'adjective', entry));
    phrases.push(...phrasesOf(src, src.texts(src.get(node, 'en_plural'), `${code}.en_plural`), 'en', 'people', entry));
    const capital = src.get(node, 'capital');
    if (capital !== undefined && capital !== null) {
      const caps = readNames(src, capital, `${code}.capital`);
      phrases.push(...phrasesOf(src, caps.ar, 'ar', 'capital', entry, 'GOV'), ...phrasesOf(src, caps.en, 'en', 'capital', entry, 'GOV'));
    }
    const places = src.get(node, 'places');
    if (places !== undefined && places !== null) {
      const names = readNames(src, places, `${code}.places`);
      phrases.push(...phrasesOf(src, names.ar, 'ar', 'place', entry), ...phrasesOf(src, names.en, 'en', 'place', entry));
      for (const n of src.texts(src.get(places, 'ar_bound'), `${code}.places.ar_bound`)) {
        phrases.push({ lang: 'ar', text: n.value, form: 'place', entry, sector: null, where: src.where(n.node), bound: true });
      }
    }
    for (const m of src.items(src.get(node, 'metonyms'), `${code}.metonyms`)) {
      if (!isMap(m)) src.fail(m, `${code}.metonyms: each item is {ar: [...], en: [...], sector: XXX}`);
      const sector = src.text(src.get(m, 'sector'), `${code}.metonyms.sector`);
      if (!SECTOR.test(sector)) src.fail(m, `${code}.metonyms: "${sector}" is not a sector code`);
      const names = readNames(src, m, `${code}.metonyms`);
      phrases.push(...phrasesOf(src, names.ar, 'ar', 'metonym', entry, sector), ...phrasesOf(src, names.en, 'en', 'metonym', entry, sector));
    }
  }
  return { entries, phrases };
}
