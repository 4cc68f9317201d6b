import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath } from '../datafile/paths.ts';
import type { Lang } from '../lexicon/index.ts';
import type { CameoCode } from './cameo.ts';
import { readPatterns, type EventPattern, type MembershipPattern, type Pattern, type TriggerForm } from './patterns.ts';

/**
 * The trigger forms of a language kept in the temporary folder, as the lexicon is, so that a
 * start-up — one per worker thread — does not parse and inflect the pattern YAML again. The
 * snapshot is keyed by the data it is read from and by the code that reads it (coder, text and
 * lexicon), so an edit to either reads the YAML afresh. Writing is best effort.
 */

const CACHE_DIR = join(tmpdir(), 'nasij-cache');
const CODE_DIRS = ['./', '../text/', '../lexicon/'].map((d) => fileURLToPath(new URL(d, import.meta.url)));

/** Patterns name their CAMEO code, linked again to the codebook on reading. */
type SnapshotPattern = MembershipPattern | (Omit<EventPattern, 'cameo'> & { cameo: string });

interface Snapshot {
  patterns: SnapshotPattern[];
  forms: (Omit<TriggerForm, 'pattern'> & { pattern: number })[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]))
    .sort();
}

/** Names the snapshot by everything it depends on; paths count too, since patterns name their file. */
function snapshotPath(lang: Lang): string {
  const hash = createHash('sha256');
  for (const dir of [...CODE_DIRS, dataPath('patterns', lang), dataPath('lang'), dataPath('coder')]) {
    if (existsSync(dir)) for (const file of filesUnder(dir)) hash.update(file).update('\0').update(readFileSync(file));
  }
  return join(CACHE_DIR, `patterns-${lang}-${hash.digest('hex').slice(0, 16)}.json`);
}

function readSnapshot(path: string, cameo: Map<string, CameoCode>): TriggerForm[] | null {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  } catch {
    return null; // no snapshot yet, or an unreadable one: read the YAML
  }
  const patterns: Pattern[] = [];
  for (const p of snapshot.patterns) {
    if (p.kind === 'membership') {
      patterns.push(p);
      continue;
    }
    const code = cameo.get(p.cameo);
    if (!code) return null;
    patterns.push({ ...p, cameo: code });
  }
  const forms: TriggerForm[] = [];
  for (const f of snapshot.forms) {
    const pattern = patterns[f.pattern];
    if (!pattern) return null;
    forms.push({ ...f, pattern });
  }
  return forms;
}

function writeSnapshot(path: string, patterns: Pattern[], forms: TriggerForm[]): void {
  const index = new Map(patterns.map((p, i) => [p, i]));
  const snapshot: Snapshot = {
    patterns: patterns.map((p) => (p.kind === 'event' ? { ...p, cameo: p.cameo.code } : p)),
    forms: forms.map((f) => ({ ...f, pattern: index.get(f.pattern) ?? -1 })),
  };
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temp, JSON.stringify(snapshot));
    renameSync(temp, path); // readers never see a half-written snapshot
  } catch {
    // a read-only temp folder only costs the next start-up the YAML
  }
}

/** The bundled trigger forms of a language, from the snapshot when there is a current one (unless NASIJ_NO_CACHE is set). */
export function readTriggerForms(lang: Lang, cameo: Map<string, CameoCode>, words: (text: string) => string[]): TriggerForm[] {
  const path = process.env.NASIJ_NO_CACHE === undefined ? snapshotPath(lang) : undefined;
  const cached = path === undefined ? null : readSnapshot(path, cameo);
  if (cached) return cached;
  const { patterns, forms } = readPatterns(lang, cameo, words);
  if (path !== undefined) writeSnapshot(path, patterns, forms);
  return forms;
}
