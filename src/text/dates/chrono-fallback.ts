import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import type { DateMention } from '../../model/index.ts';
import { parseIsoDate, toIsoDate } from './calendar.ts';

/**
 * English dates that our grammar leaves out but chrono-node reads reliably: fully specified dates
 * in forms our data does not list (Dec 7th '21, 7th of December 21) and offsets (in two weeks).
 * Only readings where chrono is certain of day, month and year are taken, and never a purely
 * numeric date, whose day/month order is ambiguous in English (see dates.yaml).
 */

const NUMERIC_ONLY = /^[\d\s/.-]+$/;

/**
 * chrono-node is loaded on first use: it is a tenth of a second of every start-up (each worker
 * thread's too), and Arabic text never needs it.
 */
let englishParser: typeof Chrono.en | undefined;

function chronoEnglish(): typeof Chrono.en {
  englishParser ??= (createRequire(import.meta.url)('chrono-node') as typeof Chrono).en;
  return englishParser;
}
/** chrono is only certain of a whole date with digits in it or with an offset ("in two weeks"). */
const WORTH_ASKING = /\d|\b(?:in|ago|from now|later)\b/i;

export function chronoEnglishDates(text: string, anchor: string): DateMention[] {
  const day = parseIsoDate(anchor);
  if (!day || !WORTH_ASKING.test(text)) return [];
  const reference = { instant: new Date(`${toIsoDate(day)}T12:00:00Z`), timezone: 0 };
  let results: Chrono.ParsedResult[];
  try {
    results = chronoEnglish().parse(text, reference, { forwardDate: false });
  } catch {
    return []; // chrono is a fallback: its failure must not fail the text engine
  }
  const out: DateMention[] = [];
  for (const r of results) {
    const certain = r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year');
    if (!certain || NUMERIC_ONLY.test(r.text)) continue;
    const date = r.start.date().toISOString().slice(0, 10);
    out.push({ start: r.index, end: r.index + r.text.length, text: r.text, date, precision: 'day', relative: !/\d/.test(r.text) });
  }
  return out;
}
