import { readTsv, DataFileError } from '../datafile/tsv.ts';
import { dataPath } from '../datafile/paths.ts';
import type { ActorRef } from '../model/index.ts';
import type { CameoCode } from './cameo.ts';
import type { EventPattern } from './patterns.ts';

/**
 * Who does it decides what it is (`data/coder/source-rules.tsv`): protesters storming a parliament
 * riot (CAMEO 145), police storming an office raid it (173), an army storming a town attacks it.
 */

interface SourceRule {
  sectors: ReadonlySet<string>;
  cameo: CameoCode;
  mode: string | null;
  line: number;
}

export type SourceRules = ReadonlyMap<string, SourceRule[]>;

const SECTOR = /^[A-Z]{3}$/;

export function readSourceRules(cameo: Map<string, CameoCode>, patternIds: ReadonlySet<string>, file = dataPath('coder', 'source-rules.tsv')): SourceRules {
  const rules = new Map<string, SourceRule[]>();
  for (const { fields, line } of readTsv(file, 3, 4)) {
    const [id = '', sectorList = '', code = '', mode = ''] = fields.map((f) => f.trim());
    const fail = (why: string): never => {
      throw new DataFileError(file, line, why);
    };
    if (!patternIds.has(id)) fail(`pattern "${id}" is in no patterns file`);
    const sectors = sectorList.split(',').map((s) => s.trim());
    const badSector = sectors.find((s) => !SECTOR.test(s));
    if (badSector !== undefined) fail(`"${badSector}" is not a sector code`);
    const c = cameo.get(code);
    if (!c?.plover) fail(`CAMEO code "${code}" is not in cameo.tsv with a PLOVER type`);
    const list = rules.get(id) ?? [];
    list.push({ sectors: new Set(sectors), cameo: c as CameoCode, mode: mode || null, line });
    rules.set(id, list);
  }
  return rules;
}

/** The pattern as its sources make it: changed when every source is of one rule's sectors. */
export function bySources(rules: SourceRules, pattern: EventPattern, sources: ActorRef[]): { pattern: EventPattern; reason: string | null } {
  const candidates = rules.get(pattern.id);
  if (!candidates || sources.length === 0) return { pattern, reason: null };
  const rule = candidates.find((r) => sources.every((s) => s.agent !== null && r.sectors.has(s.agent)));
  if (!rule?.cameo.plover) return { pattern, reason: null };
  const shifted: EventPattern = { ...pattern, type: rule.cameo.plover, cameo: rule.cameo, mode: rule.mode };
  return { pattern: shifted, reason: `done by ${[...rule.sectors].join('/')}: ${rule.cameo.plover} ${rule.cameo.code} (source-rules.tsv:${rule.line})` };
}
