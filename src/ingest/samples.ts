import { readdirSync } from 'node:fs';
import { PACKAGE_ROOT } from '../datafile/paths.ts';
import { join } from 'node:path';
import { readTextInput } from './read-input.ts';
import { splitFrontMatter, type RawDocument } from './front-matter.ts';

/** The bundled sample articles (`samples/*.md`), each with a publication date in its front matter. */
export const SAMPLES_DIR = join(PACKAGE_ROOT, 'samples');

export function loadSamples(dir = SAMPLES_DIR): RawDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => {
      const input = readTextInput(join(dir, f));
      return splitFrontMatter(input.name, input.text);
    });
}
