import { stemmer as arabicSnowball } from '@orama/stemmers/arabic';
import { stemmer as englishSnowball } from '@orama/stemmers/english';
import { readTsv } from '../datafile/tsv.ts';
import { dataPath } from '../datafile/paths.ts';
import { BoundedCache } from '../util/bounded-cache.ts';

/**
 * Light stemming for trigger matching: Snowball Arabic after clitic stripping (Snowball does not
 * strip و+ال together, so pass it a clitic-free stem), and for English a lemma: the base form of
 * an irregular verb from the data file, otherwise the Snowball (Porter 2) stem.
 */

export function stemArabic(stem: string): string {
  return arabicSnowball(stem);
}

let irregular: Map<string, string> | undefined;

function irregularVerbs(): Map<string, string> {
  irregular ??= new Map(
    readTsv(dataPath('lang', 'en', 'irregular-verbs.tsv'), 2).map((r) => [(r.fields[0] ?? '').trim(), (r.fields[1] ?? '').trim()]),
  );
  return irregular;
}

const englishCache = new BoundedCache<string, string>(100_000);

/** "withdrew" → "withdraw", "attacked" → "attack", "sanctions" → "sanction". */
export function stemEnglish(word: string): string {
  return englishCache.memo(word, (w) => {
    const lower = w.toLowerCase();
    return singleFinalConsonant(englishSnowball(irregularVerbs().get(lower) ?? lower));
  });
}

/** Snowball keeps "boycott" but makes "boycotted" boycot: a doubled final consonant counts once. */
function singleFinalConsonant(stem: string): string {
  const last = stem.at(-1);
  // not -ss, -zz: repress, assess stay apart from represent, asset
  return last !== undefined && stem.length > 3 && stem.at(-2) === last && !'aeiousz'.includes(last) ? stem.slice(0, -1) : stem;
}
