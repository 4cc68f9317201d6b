import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dataPath } from '../datafile/paths.ts';

/**
 * A hash of every data file the coder's rules come from (patterns, cues, type and source rules,
 * the CAMEO codebook, language data): with the lexicon's version it names the coding a stored
 * record came from, so `nasij recode` knows which articles an edit of the data files leaves stale.
 */

const RULE_FOLDERS = ['patterns', 'coder', 'lang'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

export function rulesVersion(): string {
  const root = dataPath();
  const hash = createHash('sha256');
  for (const folder of RULE_FOLDERS) {
    for (const file of filesUnder(dataPath(folder))) hash.update(relative(root, file)).update('\0').update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}
