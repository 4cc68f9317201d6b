import { readTsv } from '../datafile/tsv.ts';
import { dataPath } from '../datafile/paths.ts';
import type { Language } from '../model/index.ts';
import { isArabicLetter, isLatinLetter, isOtherLetter } from './chars.ts';

/**
 * Language by script: Arabic letters against Latin letters is exact for ar/en news. A Latin
 * passage counts as English only if enough of its words are English function words.
 */

/** Share of words that must be English function words for Latin text to be English. */
const ENGLISH_FUNCTION_WORD_SHARE = 0.12;
/** Shorter Latin passages carry too few words to test, so they are taken as English. */
const MIN_WORDS_TO_TEST = 8;

let functionWords: Set<string> | undefined;

function englishFunctionWords(): Set<string> {
  functionWords ??= new Set(
    readTsv(dataPath('lang', 'en', 'function-words.tsv'), 1).map((r) => (r.fields[0] ?? '').trim().toLowerCase()),
  );
  return functionWords;
}

function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < MIN_WORDS_TO_TEST) return true;
  const known = englishFunctionWords();
  const hits = words.reduce((n, w) => n + (known.has(w) ? 1 : 0), 0);
  return hits / words.length >= ENGLISH_FUNCTION_WORD_SHARE;
}

/** Detects the language of a span of text (a sentence or a whole article). */
export function detectLanguage(text: string, start = 0, end = text.length): Language {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c)) arabic++;
    else if (isLatinLetter(c)) latin++;
    else if (isOtherLetter(c)) other++;
  }
  if (arabic === 0 && latin === 0) return 'other';
  if (arabic >= latin && arabic >= other) return 'ar';
  if (latin > other) return looksEnglish(text.slice(start, end)) ? 'en' : 'other';
  return 'other';
}
