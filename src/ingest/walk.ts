import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isUrl } from './fetch.ts';
import { InputError } from './read-input.ts';
import { isMarkupFile } from './web.ts';

/**
 * The files named by ingest sources: a URL or a file as given, a folder's text, Markdown, JSON
 * Lines, HTML and feed files found recursively (hidden ones skipped), in name order so that runs
 * are repeatable.
 */

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

export function isJsonLines(path: string): boolean {
  return JSONL_EXTENSIONS.has(extname(path).toLowerCase());
}

function wanted(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return !name.startsWith('.') && (TEXT_EXTENSIONS.has(ext) || JSONL_EXTENSIONS.has(ext) || isMarkupFile(name));
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path, out);
    else if (e.isFile() && wanted(e.name)) out.push(path);
  }
}

/** Each source's files, or the reason it cannot be read (a missing path, an unreadable folder). */
export function expandSources(sources: string[]): (string | InputError)[] {
  const out: (string | InputError)[] = [];
  for (const source of sources) {
    try {
      if (source === '-' || isUrl(source) || !statSync(source).isDirectory()) {
        out.push(source);
        continue;
      }
      const files: string[] = [];
      walk(source, files);
      out.push(...files);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      out.push(new InputError(source, code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? String(err)})`));
    }
  }
  return out;
}
