import { readTsv } from '../datafile/tsv.ts';
import { dataPath } from '../datafile/paths.ts';

/**
 * Arabic nisba inflection: from the masculine singular (مصري، كوري جنوبي) to the feminine, the
 * sound plurals and the duals, with the endings of `data/lang/ar/nisba.tsv`. Plural forms are
 * marked as naming people (المصريون) rather than qualifying a noun (الحكومة المصرية).
 */

interface Ending {
  suffix: string;
  people: boolean;
}

let endings: Ending[] | undefined;

function nisbaEndings(): Ending[] {
  endings ??= readTsv(dataPath('lang', 'ar', 'nisba.tsv'), 2).map((r) => ({
    suffix: (r.fields[0] ?? '').trim(),
    people: /plural/.test(r.fields[1] ?? ''),
  }));
  return endings;
}

/** Only the nisba words (ending in ي) inflect: جنوب أفريقي → جنوب أفريقية، كوري جنوبي → كورية جنوبية. */
export function inflectNisba(masculine: string): { text: string; people: boolean }[] {
  const words = masculine.split(/\s+/);
  const inflect = (w: string, suffix: string): string => (w.endsWith('ي') ? w + suffix : w);
  return nisbaEndings().map((e) => ({ text: words.map((w) => inflect(w, e.suffix)).join(' '), people: e.people }));
}
