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

export interface FirstWord {
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

/** A word of a phrase in the table's trie: the value of the phrase ending here, and the words after it. */
interface PhraseNode<T> {
  value: T | undefined;
  next: Map<string, PhraseNode<T>> | undefined;
}

function child<T>(level: Map<string, PhraseNode<T>>, word: string): PhraseNode<T> {
  let node = level.get(word);
  if (!node) level.set(word, (node = { value: undefined, next: undefined }));
  return node;
}

export class PhraseTable<T> {
  /** Phrases as a trie of their words, so that a lookup walks the tokens without building keys. */
  private readonly firstWords = new Map<string, PhraseNode<T>>();
  private count = 0;

  /** Adds a phrase; returns the value already stored for it, if any. */
  add(words: string[], value: T): T | undefined {
    const [first, ...rest] = words;
    if (first === undefined) return undefined;
    let node = child(this.firstWords, first);
    for (const w of rest) node = child((node.next ??= new Map()), w);
    const existing = node.value;
    if (existing === undefined) {
      node.value = value;
      this.count++;
    }
    return existing;
  }

  get size(): number {
    return this.count;
  }

  /** The words phrases start with: a token none of whose readings is here starts none. */
  get starts(): Iterable<string> {
    return this.firstWords.keys();
  }

  /** The longest phrase starting at token `i`, reading the first token as each of `readings`. */
  match(tokens: DateToken[], i: number, readings?: FirstWord[]): PhraseHit<T> | undefined {
    const first = tokens[i];
    if (first === undefined) return undefined;
    if (readings === undefined) return this.matchFrom(tokens, i, first.norm, 0);
    for (const reading of readings) {
      const hit = this.matchFrom(tokens, i, reading.word, reading.skip);
      if (hit) return hit;
    }
    return undefined;
  }

  private matchFrom(tokens: DateToken[], i: number, word: string, skip: number): PhraseHit<T> | undefined {
    let node = this.firstWords.get(word);
    let value: T | undefined;
    let next = i;
    for (let k = i + 1; node; k++) {
      if (node.value !== undefined) {
        value = node.value;
        next = k;
      }
      const token = tokens[k];
      node = token === undefined ? undefined : node.next?.get(token.norm);
    }
    return value === undefined ? undefined : { value, next, skip };
  }
}
