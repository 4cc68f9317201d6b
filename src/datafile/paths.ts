import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root: the nearest folder above this module with a package.json. The same code runs
 * from src/ (tests, via tsx) and from dist/ (the CLI and benchmarks), so paths are found, not fixed.
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('nasij: cannot find the package root above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();

/** Root of the bundled data files (`data/` at the package root). */
export const DATA_DIR = join(PACKAGE_ROOT, 'data');

export function dataPath(...parts: string[]): string {
  return join(DATA_DIR, ...parts);
}
