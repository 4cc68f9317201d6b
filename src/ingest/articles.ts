import { statSync } from 'node:fs';
import { z } from 'zod';
import { IsoDate } from '../model/index.ts';
import { splitFrontMatter } from './front-matter.ts';
import { InputError, readTextInput } from './read-input.ts';
import { isJsonLines } from './walk.ts';

/**
 * Articles to ingest, read from one file: a text or Markdown file is one article (title, date
 * and url from its front matter); a JSON Lines file has one per line. A bad line is an error
 * naming file:line and the field, and the lines after it are still read.
 */

export interface IncomingArticle {
  /** For messages: the file, or file:line. */
  name: string;
  /** Where it was read from: a URL, else the file path (and `#id` or `#line` for a JSON Lines line). */
  source: string;
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD, or null when the input gives none. */
  date: string | null;
  text: string;
}

/** An article or the reason it was refused, with the bytes of input it took (for progress). */
export type IngestItem = ({ ok: true; article: IncomingArticle } | { ok: false; error: InputError }) & { bytes: number };

/** One line of an ingested JSON Lines file. */
const ArticleLine = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String).optional(),
  url: z.string().url().optional(),
  title: z.string().optional(),
  date: IsoDate.refine(isCalendarDay, 'not a calendar day'),
  text: z.string().refine((t) => t.trim() !== '', 'empty text'),
});

function isCalendarDay(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function* readArticles(path: string): Generator<IngestItem> {
  let text: string;
  try {
    text = readTextInput(path).text;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    yield { ok: false, error: err, bytes: fileSize(path) };
    return;
  }
  if (isJsonLines(path)) yield* jsonLinesArticles(path, text);
  else yield { ...textArticle(path, text), bytes: Buffer.byteLength(text) };
}

export function fileSize(path: string): number {
  try {
    return path === '-' ? 0 : statSync(path).size;
  } catch {
    return 0;
  }
}

function textArticle(path: string, content: string): { ok: true; article: IncomingArticle } | { ok: false; error: InputError } {
  const doc = splitFrontMatter(path, content);
  const date = doc.meta.date ?? null;
  if (date !== null && !(IsoDate.safeParse(date).success && isCalendarDay(date))) {
    return { ok: false, error: new InputError(path, `front matter date "${date}" is not a day as YYYY-MM-DD`) };
  }
  if (doc.text.trim() === '') return { ok: false, error: new InputError(path, 'no text after the front matter') };
  const url = doc.meta.url ?? null;
  return { ok: true, article: { name: path, source: url ?? path, url, title: doc.meta.title ?? null, date, text: doc.text } };
}

function* jsonLinesArticles(path: string, content: string): Generator<IngestItem> {
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const name = `${path}:${i + 1}`;
    const bytes = Buffer.byteLength(line) + 1;
    const parsed = parseLine(line);
    if (!parsed.ok) {
      yield { ok: false, error: new InputError(name, parsed.error), bytes };
      continue;
    }
    const a = parsed.line;
    const source = a.url ?? `${path}#${a.id ?? i + 1}`;
    yield { ok: true, article: { name, source, url: a.url ?? null, title: a.title ?? null, date: a.date, text: a.text }, bytes };
  }
}

function parseLine(line: string): { ok: true; line: z.infer<typeof ArticleLine> } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, error: `not JSON (${(err as Error).message})` };
  }
  const parsed = ArticleLine.safeParse(value);
  if (parsed.success) return { ok: true, line: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `field "${issue?.path.join('.') || '(line)'}": ${issue?.message ?? 'invalid'}` };
}
