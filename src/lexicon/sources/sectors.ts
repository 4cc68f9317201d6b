import { readTsv, DataFileError } from '../../datafile/tsv.ts';
import type { Lang, SectorEntry } from '../types.ts';
import { SECTOR, type RawPhrase, type SourceResult } from './common.ts';

/** `agents.tsv` and `roles.tsv`: "lang <TAB> phrase <TAB> SECTOR" lines. */
export function readSectorList(file: string, kind: 'agent' | 'role'): SourceResult {
  const entries: SectorEntry[] = [];
  const phrases: RawPhrase[] = [];
  for (const { fields, line } of readTsv(file, 3)) {
    const [lang, text, sector] = fields.map((f) => f.trim());
    if (lang !== 'ar' && lang !== 'en') throw new DataFileError(file, line, `language "${lang}" is not ar or en`);
    if (!text) throw new DataFileError(file, line, 'empty phrase');
    if (!sector || !SECTOR.test(sector)) throw new DataFileError(file, line, `"${sector}" is not a sector code`);
    const where = `${file}:${line}`;
    const entry: SectorEntry = { kind, id: where, where, sector, names: { ar: lang === 'ar' ? [text] : [], en: lang === 'en' ? [text] : [] } };
    entries.push(entry);
    phrases.push({ lang: lang as Lang, text, form: kind, entry, sector, where });
  }
  return { entries, phrases };
}
