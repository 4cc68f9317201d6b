import { z } from 'zod';
import { IsoDate, Language } from '../model/index.ts';

/** One line of `nasij code --input jsonl`: {"id", "text", "date"?, "lang"?}. */
export const JsonlDocument = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string(),
  date: IsoDate.optional(),
  lang: Language.optional(),
});
export type JsonlDocument = z.infer<typeof JsonlDocument>;

export type ParsedLine = { ok: true; doc: JsonlDocument } | { ok: false; error: string };

/** Parses one input line; an error says what is wrong, for "<input>:<line>: <error>". */
export function parseJsonlLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, error: `not JSON (${(err as Error).message})` };
  }
  const parsed = JsonlDocument.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `field "${issue?.path.join('.') || '(line)'}": ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, doc: parsed.data };
}
