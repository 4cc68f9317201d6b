import { isCalendarDay, UsageError, type CliContext } from './context.ts';
import { renderTable } from './table.ts';
import { formatRow } from '../export/table.ts';

/** What the query commands share: output formats and the checks on their options. */

export const FORMATS = ['table', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${value}"`);
  return value as Format;
}

/** An actor code as the lexicon writes them (USA, NATO, NEW-…), upper-cased. */
export function parseCode(value: string, what: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{1,31}$/.test(value)) throw new UsageError(`${what} must be an actor code such as USA or NATO, got "${value}"`);
  return value.toUpperCase();
}

export function parseDay(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isCalendarDay(value)) throw new UsageError(`${option} must be a day as YYYY-MM-DD, got "${value}"`);
  return value;
}

export function parseRange(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  const range = { from: parseDay(from, '--from'), to: parseDay(to, '--to') };
  if (range.from && range.to && range.from > range.to) throw new UsageError(`--from ${range.from} is after --to ${range.to}`);
  return range;
}

export function parseCount(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} must be a whole number above 0, got "${value}"`);
  return n;
}

/**
 * Items out in the chosen format: JSON Lines of the full records and CSV with a header are
 * streamed as they are read; a table for people is drawn once all rows are in, to fit its widths.
 */
export function writeRows<T>(ctx: CliContext, format: Format, header: string[], items: Iterable<T>, toRow: (item: T) => string[], toRecord: (item: T) => unknown = (item) => item): void {
  if (format === 'jsonl') {
    for (const item of items) ctx.emit(toRecord(item));
    return;
  }
  if (format === 'csv') {
    const line = (cells: string[]): boolean => process.stdout.write(formatRow(cells, 'comma') + '\r\n');
    line(header);
    for (const item of items) line(toRow(item));
    return;
  }
  const rows = Array.from(items, toRow);
  if (rows.length > 0) process.stdout.write(renderTable(header, rows) + '\n');
  else ctx.log('nasij: nothing found');
}
