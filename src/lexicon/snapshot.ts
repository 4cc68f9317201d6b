import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from '../datafile/paths.ts';
import { assemble, type CompiledLexicon } from './compile.ts';
import type { AmbiguousPhrase, LexEntry, LexPhrase } from './types.ts';

/**
 * A snapshot of the compiled lexicon, so that start-up does not parse all the YAML again. It is
 * keyed by the data files' hash and by the compiler itself (the lexicon and text code and the
 * language data that shape tokens), so an edit to either compiles afresh. Writing is best effort.
 */

const CACHE_DIR = join(tmpdir(), 'nasij-cache');
const SOURCE_DIRS = [fileURLToPath(new URL('.', import.meta.url)), fileURLToPath(new URL('../text/', import.meta.url)), join(DATA_DIR, 'lang')];

interface SnapshotPhrase extends Omit<LexPhrase, 'entry'> {
  entry: number;
}

interface Snapshot {
  version: string;
  entries: LexEntry[];
  phrases: SnapshotPhrase[];
  ambiguous: AmbiguousPhrase[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]))
    .sort();
}

let compilerHash: string | undefined;

function compilerVersion(): string {
  if (compilerHash) return compilerHash;
  const hash = createHash('sha256');
  for (const dir of SOURCE_DIRS) for (const file of filesUnder(dir)) hash.update(file.slice(dir.length)).update(readFileSync(file));
  compilerHash = hash.digest('hex').slice(0, 12);
  return compilerHash;
}

/**
 * The snapshot's file: by data version, compiler and the folders read — entries name their
 * file:line, so two checkouts with the same data must not share a snapshot.
 */
function snapshotPath(version: string, dirs: string[]): string {
  const where = createHash('sha256').update(dirs.join('\0')).digest('hex').slice(0, 8);
  return join(CACHE_DIR, `lexicon-${version}-${compilerVersion()}-${where}.json`);
}

export function readSnapshot(version: string, dirs: string[]): CompiledLexicon | null {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(snapshotPath(version, dirs), 'utf8')) as Snapshot;
  } catch {
    return null; // no snapshot yet, or an unreadable one: compile
  }
  const phrases = snapshot.phrases.map((p) => ({ ...p, entry: snapshot.entries[p.entry] as LexEntry }));
  return assemble(snapshot.version, snapshot.entries, phrases, snapshot.ambiguous);
}

export function writeSnapshot(compiled: CompiledLexicon, dirs: string[]): void {
  const index = new Map(compiled.entries.map((e, i) => [e, i]));
  const snapshot: Snapshot = {
    version: compiled.version,
    entries: compiled.entries,
    phrases: compiled.phrases.map((p) => ({ ...p, entry: index.get(p.entry) ?? -1 })),
    ambiguous: [...compiled.ambiguous.values()],
  };
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const path = snapshotPath(compiled.version, dirs);
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(snapshot));
    renameSync(temp, path); // readers never see a half-written snapshot
  } catch {
    // a read-only temp folder only costs the next start-up a compile
  }
}
