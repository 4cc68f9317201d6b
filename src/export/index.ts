import { csvRow, CSV_COLUMNS } from './csv.ts';
import { gdeltRows } from './gdelt.ts';
import { ICEWS_COLUMNS, icewsRows } from './icews.ts';
import { PHOENIX_COLUMNS, phoenixRows } from './phoenix.ts';
import { ploverJson } from './plover.ts';
import { formatRow, type Separator } from './table.ts';
import type { CodeBook, ExportEvent } from './types.ts';

export type { CodeBook, ExportActor, ExportEvent } from './types.ts';
export { GDELT_COLUMNS } from './gdelt.ts';

export const TEXT_FORMATS = ['gdelt', 'icews', 'phoenix', 'plover', 'csv'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

interface Tabular {
  header: readonly string[] | null;
  separator: Separator;
  rows: (e: ExportEvent, codes: CodeBook) => string[][];
}

const TABULAR: Record<Exclude<TextFormat, 'plover'>, Tabular> = {
  // GDELT's files carry no header row
  gdelt: { header: null, separator: 'tab', rows: gdeltRows },
  icews: { header: ICEWS_COLUMNS, separator: 'tab', rows: icewsRows },
  phoenix: { header: PHOENIX_COLUMNS, separator: 'tab', rows: phoenixRows },
  csv: { header: CSV_COLUMNS, separator: 'comma', rows: (e) => [csvRow(e)] },
};

/** Writes the events in a text format, line by line through `write` (so any size streams). */
export function exportEvents(format: TextFormat, events: Iterable<ExportEvent>, codes: CodeBook, write: (line: string) => void): number {
  let written = 0;
  if (format === 'plover') {
    for (const e of events) {
      write(`${ploverJson(e)}\n`);
      written++;
    }
    return written;
  }
  const t = TABULAR[format];
  if (t.header) write(`${formatRow(t.header, t.separator)}\n`);
  for (const e of events) {
    for (const row of t.rows(e, codes)) write(`${formatRow(row, t.separator)}\n`);
    written++;
  }
  return written;
}
