import { BoundedCache } from '../../util/bounded-cache.ts';
import type { DateToken } from './tokens.ts';

/**
 * A table of phrases (one or more tokens in matching form) with a value each, looked up at a
 * token position; the longest phrase wins. Lookups cost O(longest phrase²) whatever the text.
 */

export interface PhraseHit<T> {
  value: T;
  /** Index of the token after the phrase. */
  next: number;
  /** Characters of a proclitic left out at the start of the first token (و in وأمس). */
  skip: number;
}

/** How the first word of a phrase may be written with a proclitic in front of it. */
export interface Proclitics {
  /** Prefixes simply left out: و ف ب ل ك … */
  plain: string[];
  /** Prefixes that stand for a preposition fused with the article: لل + عام stands for ل + العام. */
  fused: { written: string; article: string }[];
}

/** Shortest stem left after taking a proclitic off, so that short words are never split. */
const MIN_STEM = 2;

interface FirstWord {
  word: string;
  skip: number;
}

/** Readings per word, per set of proclitics: the same words recur on every page. */
const readingsCache = new WeakMap<Proclitics, BoundedCache<string, FirstWord[]>>();

export function firstWordReadings(word: string, proclitics: Proclitics): FirstWord[] {
  let cache = readingsCache.get(proclitics);
  if (!cache) readingsCache.set(proclitics, (cache = new BoundedCache(100_000)));
  return cache.get(word) ?? cache.set(word, computeReadings(word, proclitics));
}

function computeReadings(word: string, proclitics: Proclitics): FirstWord[] {
  const readings: FirstWord[] = [{ word, skip: 0 }];
  for (const p of proclitics.plain) {
    if (word.length - p.length >= MIN_STEM && word.startsWith(p)) readings.push({ word: word.slice(p.length), skip: p.length });
  }
  for (const f of proclitics.fused) {
    if (word.length - f.written.length >= MIN_STEM && word.startsWith(f.written)) {
      // The preposition cannot be cut off a fused form, so the span keeps the whole word.
      readings.push({ word: f.article + word.slice(f.written.length), skip: 0 });
    }
  }
  return readings;
}

export class PhraseTable<T> {
  private readonly byKey = new Map<string, T>();
  /** First words of all phrases: most tokens are rejected with one set lookup. */
  private readonly firstWords = new Set<string>();
  private longest = 0;

  /** Adds a phrase; returns the value already stored for it, if any. */
  add(words: string[], value: T): T | undefined {
    if (words.length === 0) return undefined;
    const key = words.join(' ');
    const existing = this.byKey.get(key);
    if (existing === undefined) this.byKey.set(key, value);
    this.firstWords.add(words[0] as string);
    this.longest = Math.max(this.longest, words.length);
    return existing;
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The words phrases start with: a token none of whose readings is here starts none. */
  get starts(): ReadonlySet<string> {
    return this.firstWords;
  }

  /** The longest phrase starting at token `i`, reading the first token as each of `readings`. */
  match(tokens: DateToken[], i: number, readings?: FirstWord[]): PhraseHit<T> | undefined {
    const first = tokens[i];
    if (first === undefined || this.longest === 0) return undefined;
    if (readings === undefined) return this.firstWords.has(first.norm) ? this.matchFrom(tokens, i, { word: first.norm, skip: 0 }) : undefined;
    for (const reading of readings) {
      const hit = this.firstWords.has(reading.word) ? this.matchFrom(tokens, i, reading) : undefined;
      if (hit) return hit;
    }
    return undefined;
  }

  private matchFrom(tokens: DateToken[], i: number, reading: FirstWord): PhraseHit<T> | undefined {
    const words = [reading.word];
    for (let k = 1; k < this.longest && i + k < tokens.length; k++) words.push((tokens[i + k] as DateToken).norm);
    for (let n = words.length; n >= 1; n--) {
      const value = this.byKey.get(n === words.length ? words.join(' ') : words.slice(0, n).join(' '));
      if (value !== undefined) return { value, next: i + n, skip: reading.skip };
    }
    return undefined;
  }
}
