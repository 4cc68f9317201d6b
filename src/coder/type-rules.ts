import { readTsv, DataFileError } from '../datafile/tsv.ts';
import { dataPath } from '../datafile/paths.ts';
import { PloverType } from '../model/index.ts';

/** Coding conventions per PLOVER type (`data/coder/type-rules.tsv`): which types each rule applies to. */

const RULES = ['domestic', 'place-target', 'place-source', 'governs', 'governs-far', 'show-of-force', 'purpose', 'alleges', 'conditions', 'tallies', 'demands', 'founds', 'aims-ahead', 'foreign', 'held-together', 'threat-if', 'blames-doer'] as const;
export type TypeRule = (typeof RULES)[number];
export type TypeRules = Record<TypeRule, ReadonlySet<string>>;

export function readTypeRules(file = dataPath('coder', 'type-rules.tsv')): TypeRules {
  const rules = Object.fromEntries(RULES.map((r) => [r, new Set<string>()])) as Record<TypeRule, Set<string>>;
  for (const { fields, line } of readTsv(file, 2)) {
    const rule = (fields[0] ?? '').trim() as TypeRule;
    if (!RULES.includes(rule)) throw new DataFileError(file, line, `unknown rule "${rule}" (expected ${RULES.join(', ')})`);
    for (const type of (fields[1] ?? '').split(',').map((t) => t.trim())) {
      if (!PloverType.safeParse(type).success) throw new DataFileError(file, line, `"${type}" is not a PLOVER type`);
      rules[rule].add(type);
    }
  }
  return rules;
}
