import { dataPath } from '../datafile/paths.ts';
import { readTsv } from '../datafile/tsv.ts';
import type { Db } from '../store/index.ts';

/**
 * Which actor codes are states and which groupings. States are the 193 UN members, the two
 * observers and the other states the lexicon lists beside them (Kosovo, Taiwan, Western Sahara:
 * `data/lexicon/un-members.tsv`); regions (the West, Gulf states), armed groups coded as
 * transnational and NGOs are neither. Groupings are those in the store's `groupings` table, with
 * the format the coder gave them (bilateral, minilateral, multilateral).
 */

export type GroupingFormat = 'bilateral' | 'minilateral' | 'multilateral';

let states: ReadonlySet<string> | undefined;

export function stateCodes(): ReadonlySet<string> {
  states ??= new Set(readTsv(dataPath('lexicon', 'un-members.tsv'), 2).map((r) => (r.fields[0] ?? '').trim()));
  return states;
}

export function groupingFormats(db: Db): Map<string, GroupingFormat> {
  const rows = db.prepare<[], { code: string; format: GroupingFormat }>('SELECT code, format FROM groupings').all();
  return new Map(rows.map((r) => [r.code, r.format]));
}
