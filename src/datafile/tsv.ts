import { readFileSync } from 'node:fs';

/** One data row with where it came from, so errors can name file and line. */
export interface TsvRow {
  file: string;
  line: number;
  fields: string[];
}

/** A malformed data file: the message names the file, the line and the reason. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'DataFileError';
  }
}

/**
 * Reads a tab-separated data file. `#` starts a comment when it begins a line or a field,
 * blank lines are skipped, and trailing empty fields are kept (an empty field can mean "delete").
 */
export function readTsv(file: string, minFields: number, maxFields = minFields): TsvRow[] {
  const rows: TsvRow[] = [];
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const fields: string[] = [];
    for (const field of raw.split('\t')) {
      if (field.trimStart().startsWith('#')) break;
      fields.push(field);
    }
    if (fields.length < minFields || fields.length > maxFields) {
      const want = minFields === maxFields ? `${minFields}` : `${minFields}–${maxFields}`;
      throw new DataFileError(file, i + 1, `expected ${want} tab-separated fields, found ${fields.length}`);
    }
    rows.push({ file, line: i + 1, fields });
  });
  return rows;
}
