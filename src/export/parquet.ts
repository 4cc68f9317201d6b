import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { csvRow, CSV_COLUMNS } from './csv.ts';
import { formatRow } from './table.ts';
import type { ExportEvent } from './types.ts';

/**
 * Parquet through DuckDB (`@duckdb/node-api`, whose binary ships in the npm package): the CSV
 * table is written to a temporary file and DuckDB converts it with typed columns, so numbers stay
 * numbers and dates dates for the tools that read Parquet (pandas, R arrow, Spark, DuckDB).
 */

const TYPES: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {
  id: 'BIGINT', date: 'DATE', quad_class: 'TINYINT', goldstein: 'DOUBLE', negated: 'BOOLEAN',
  num_mentions: 'INTEGER', num_articles: 'INTEGER', num_sources: 'INTEGER', sentence_index: 'INTEGER',
};

/** A DuckDB string literal (only our own temporary paths and column names go through it). */
function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Streams the events to a CSV file, so any number of them fits in memory. */
function writeCsv(events: Iterable<ExportEvent>, file: string): number {
  const fd = openSync(file, 'w');
  let written = 0;
  try {
    writeSync(fd, formatRow(CSV_COLUMNS, 'comma') + '\n');
    for (const e of events) {
      writeSync(fd, formatRow(csvRow(e), 'comma') + '\n');
      written++;
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

export async function exportParquet(events: Iterable<ExportEvent>, outFile: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'nasij-parquet-'));
  try {
    const csv = join(dir, 'events.csv');
    const written = writeCsv(events, csv);
    const columns = CSV_COLUMNS.map((c) => `${literal(c)}: ${literal(TYPES[c] ?? 'VARCHAR')}`).join(', ');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(`COPY (SELECT * FROM read_csv(${literal(csv)}, header = true, columns = {${columns}})) TO ${literal(outFile)} (FORMAT parquet)`);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    return written;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
