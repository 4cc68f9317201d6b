/**
 * Optional front matter at the top of a text or Markdown file:
 *   ---
 *   title: …
 *   date: 2024-03-07
 *   ---
 * Only flat `key: value` lines; the body's offsets are kept relative to the body.
 */

export interface RawDocument {
  /** Where the text came from (file base name, "stdin", a URL …). */
  name: string;
  text: string;
  meta: Record<string, string>;
}

const FENCE = /^---\r?\n/;

export function splitFrontMatter(name: string, content: string): RawDocument {
  if (!FENCE.test(content)) return { name, text: content, meta: {} };
  const close = content.search(/\r?\n---\r?\n/);
  if (close < 0) return { name, text: content, meta: {} };
  const meta: Record<string, string> = {};
  for (const line of content.slice(content.indexOf('\n') + 1, close).split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) meta[m[1].toLowerCase()] = m[2].trim();
  }
  const bodyStart = content.indexOf('\n', close + 1);
  const fenceEnd = content.indexOf('\n', bodyStart + 1);
  return { name, text: content.slice(fenceEnd + 1).replace(/^\s*\n/, ''), meta };
}
