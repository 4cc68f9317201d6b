import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Root of the bundled data files (`data/` at the package root). */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export function dataPath(...parts: string[]): string {
  return join(DATA_DIR, ...parts);
}
