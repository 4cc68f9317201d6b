import { readTsv, DataFileError } from '../datafile/tsv.ts';
import { dataPath } from '../datafile/paths.ts';
import type { Lang } from '../lexicon/index.ts';
import { normalise, writtenLetters } from '../text/index.ts';

/** Function-word cues per language (`data/lang/<lang>/cues.tsv`), as sets of normalised words or phrases. */

const KINDS = [
  'negation', 'negation-adjacent', 'future-negation', 'denial', 'future', 'hypothetical', 'speech',
  'complementiser', 'place', 'between', 'and', 'passive-aux', 'by', 'preposition', 'oblique-plural', 'quantifier', 'approximate', 'adverb', 'possessive', 'become', 'bid', 'reference', 'reference-link', 'aim', 'resumptive', 'hazard', 'infinitive', 'subject-pronoun', 'quote', 'allegation', 'suspend', 'expel', 'joint', 'purpose', 'certainty-before-perfect', 'joiner', 'determiner', 'counterpart', 'clause-comma', 'passive-mark', 'adverbial-mark', 'adverbial-preposition', 'accusative-ending', 'retaliation', 'mediation', 'charge', 'phrase-opener', 'particle', 'frame', 'relative', 'mutual', 'own', 'draft', 'likeness', 'condition', 'describer',
] as const;
export type CueKind = (typeof KINDS)[number];

export type Cues = Record<CueKind, Set<string>>;

const MARK_KINDS: ReadonlySet<CueKind> = new Set(['passive-mark', 'adverbial-mark']);

export function readCues(lang: Lang): Cues {
  const file = dataPath('lang', lang, 'cues.tsv');
  const cues = Object.fromEntries(KINDS.map((k) => [k, new Set<string>()])) as Cues;
  for (const { fields, line } of readTsv(file, 2)) {
    const kind = (fields[0] ?? '').trim() as CueKind;
    if (!KINDS.includes(kind)) throw new DataFileError(file, line, `unknown cue kind "${kind}"`);
    const word = (fields[1] ?? '').trim();
    // marks are kept as written: normalisation would remove them
    cues[kind].add(MARK_KINDS.has(kind) ? word : normalise(word));
  }
  return cues;
}

export function readLightVerbs(lang: Lang): Set<string> {
  return new Set(readTsv(dataPath('lang', lang, 'light-verbs.tsv'), 1).map((r) => normalise((r.fields[0] ?? '').trim())));
}

/** Words that start no trigger, folded for matching and as written (a hamza the writer put tells هنأ from هنا). */
export interface NotTriggers {
  folded: Set<string>;
  written: Set<string>;
}

export function readNotTriggers(lang: Lang): NotTriggers {
  const words = readTsv(dataPath('patterns', lang, 'not-triggers.tsv'), 1).map((r) => (r.fields[0] ?? '').trim());
  return { folded: new Set(words.map(normalise)), written: new Set(words.map(writtenLetters)) };
}

/** The words of a set of cue phrases, for a cheap test before a phrase is put together. */
export interface CueWords {
  /** Every word of every phrase. */
  all: ReadonlySet<string>;
  /** The last word of every phrase. */
  last: ReadonlySet<string>;
  /** The first letter of every phrase. */
  initials: ReadonlySet<string>;
}

const wordsCache = new WeakMap<ReadonlySet<string>, CueWords>();

export function cueWords(phrases: ReadonlySet<string>): CueWords {
  const known = wordsCache.get(phrases);
  if (known) return known;
  const split = [...phrases].map((p) => p.split(' '));
  const words: CueWords = {
    all: new Set(split.flat()),
    last: new Set(split.map((w) => w.at(-1) ?? '')),
    initials: new Set([...phrases].map((p) => p.slice(0, 1))),
  };
  wordsCache.set(phrases, words);
  return words;
}
