import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.ts';

/**
 * Opening the database: WAL (readers never block the writer, and a crash loses only the
 * transaction in flight), foreign keys on, and every pending migration applied.
 */

export type Db = Database.Database;

export class StoreError extends Error {
  override name = 'StoreError';
}

/** How long a writer waits for another one's lock before failing. */
const BUSY_TIMEOUT_MS = 5000;

/** `mustExist`: for queries, which have nothing to read in a new, empty database. */
export function openDb(file: string, options: { mustExist?: boolean } = {}): Db {
  if (options.mustExist && !existsSync(file)) throw new StoreError(`${file}: no such database (run nasij ingest first)`);
  let db: Db;
  try {
    db = new Database(file);
  } catch (err) {
    throw new StoreError(`${file}: cannot open the database (${(err as Error).message})`);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    db.pragma('journal_mode = WAL');
    // in WAL, NORMAL never corrupts the database; a power cut may lose the last commits, a crash of the process none
    db.pragma('synchronous = NORMAL');
    migrate(db, MIGRATIONS);
    // statistics for the query planner, gathered where they are missing or stale (cheap: SQLite
    // bounds the work); without them an actor's target-side lookups scan whole tables
    db.pragma('optimize = 0x10002');
  } catch (err) {
    db.close();
    throw new StoreError(`${file}: ${(err as Error).message}`);
  }
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the migrations above the database's version, each in its own transaction. */
export function migrate(db: Db, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current === latest) return;
  if (current > latest) throw new StoreError(`database schema version ${current} is newer than this Nasij knows (${latest})`);
  for (const m of migrations) {
    db.transaction(() => {
      // read again under the write lock: another process may have migrated meanwhile
      if (m.version <= schemaVersion(db)) return;
      db.exec(m.sql);
      // a pragma takes no bound parameter; the version is our own integer constant
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    }).immediate();
  }
}
