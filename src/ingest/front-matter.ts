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
  const closing = /\r?\n---\r?\n/.exec(content);
  if (!closing) return { name, text: content, meta: {} };
  const close = closing.index;
  const meta: Record<string, string> = {};
  for (const line of content.slice(content.indexOf('\n') + 1, close).split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) meta[m[1].toLowerCase()] = m[2].trim();
  }
  // the body starts right after the closing fence's line; blank lines before it are dropped
  return { name, text: content.slice(close + closing[0].length).replace(/^\s*\n/, ''), meta };
}
