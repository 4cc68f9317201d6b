import { readTsv, DataFileError } from '../datafile/tsv.ts';
import { dataPath } from '../datafile/paths.ts';
import { PloverType } from '../model/index.ts';

/** The CAMEO codebook (`data/coder/cameo.tsv`): Goldstein score, quad class and PLOVER type per code. */

export interface CameoCode {
  code: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  plover: PloverType | null;
  name: string;
}

export function readCameo(file = dataPath('coder', 'cameo.tsv')): Map<string, CameoCode> {
  const codes = new Map<string, CameoCode>();
  for (const { fields, line } of readTsv(file, 5)) {
    const [code, goldstein, quad, plover, name] = fields.map((f) => f.trim());
    const fail = (why: string): never => {
      throw new DataFileError(file, line, why);
    };
    if (!code || !/^\d{2,4}$/.test(code)) fail(`"${code}" is not a CAMEO code`);
    const g = Number(goldstein);
    if (!Number.isFinite(g) || g < -10 || g > 10) fail(`Goldstein "${goldstein}" is not a number from -10 to 10`);
    const q = Number(quad);
    if (q !== 1 && q !== 2 && q !== 3 && q !== 4) fail(`quad class "${quad}" is not 1–4`);
    const type = plover === '-' ? null : PloverType.safeParse(plover);
    if (type && !type.success) fail(`"${plover}" is not a PLOVER type`);
    if (codes.has(code as string)) fail(`code ${code} appears twice`);
    codes.set(code as string, { code: code as string, goldstein: g, quadClass: q as 1 | 2 | 3 | 4, plover: type ? type.data ?? null : null, name: name ?? '' });
  }
  return codes;
}
