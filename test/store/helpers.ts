import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Coder } from '../../src/coder/index.ts';
import { ingestArticle, openDb, StoreWriter, type Db, type IngestOutcome } from '../../src/store/index.ts';

/** A new database file in a fresh temporary folder. */
export function tempDb(): { db: Db; file: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'nasij-store-')), 'test.db');
  return { db: openDb(file), file };
}

let coder: Coder | undefined;
export function sharedCoder(): Coder {
  coder ??= Coder.load();
  return coder;
}

/** Ingests one text as if read from `source`. */
export function ingest(db: Db, text: string, date: string, source: string, title: string | null = null): IngestOutcome {
  return ingestArticle(new StoreWriter(db), sharedCoder(), { text, date, title, source: { name: source, url: null } });
}

export function count(db: Db, sql: string, ...params: unknown[]): number {
  return (db.prepare(sql).pluck().get(...params) as number | undefined) ?? 0;
}
