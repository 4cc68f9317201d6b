import { toNfc } from './document.ts';
import { normalise } from './normalise.ts';

/**
 * Near-duplicate articles — a story republished with a new headline, a changed paragraph or a
 * dropped byline — share most of their three-word runs (shingles). A MinHash signature estimates
 * the share two articles have in common (their Jaccard similarity) from 64 numbers each, and
 * locality-sensitive hashing finds the candidates without comparing every pair: the signature
 * is cut into 16 bands of 4, and two articles sharing any band are compared.
 *
 * With 16 bands of 4, articles sharing 80% of their shingles meet in some band with probability
 * 1 − (1 − 0.8⁴)¹⁶ ≈ 0.9998; articles sharing 30%, with probability 0.12 (then rejected).
 */

export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
const SHINGLE = 3;
/** The share of shingles above which two articles are one story (estimated from the signatures). */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
/** Articles with fewer words than this are too short to call near-duplicates: briefs repeat stock phrases. */
const MIN_WORDS = 25;

const MERSENNE = 2 ** 31 - 1;

/** Fixed per-position hash parameters: signatures must stay comparable across runs and releases. */
const PARAMETERS = (() => {
  let s = 0x9e3779b9;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s % (MERSENNE - 1)) + 1;
  };
  return Array.from({ length: SIGNATURE_SIZE }, () => [next(), next()] as const);
})();

/** FNV-1a of a string, 32 bits. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** (a·x + b) mod (2³¹ − 1), exact in doubles: a, x < 2³², so a·x is split to stay below 2⁵³. */
function permute(a: number, b: number, x: number): number {
  const high = Math.floor(x / 65536);
  const low = x % 65536;
  return ((((a * high) % MERSENNE) * 65536 + a * low + b) % MERSENNE);
}

/** The words an article is compared by: normalised (hamza, ta marbuta, diacritics), no punctuation. */
function words(text: string): string[] {
  return normalise(toNfc(text)).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** The article's MinHash signature, or null when it is too short to judge. */
export function fingerprint(text: string): Uint32Array | null {
  const w = words(text);
  if (w.length < MIN_WORDS) return null;
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    const x = hashString(w.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const [a, b] = PARAMETERS[k] as readonly [number, number];
      const v = permute(a, b, x);
      if (v < (signature[k] as number)) signature[k] = v;
    }
  }
  return signature;
}

/** The estimated share of shingles two articles have in common (0 … 1). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/** One key per band, "band:hash": articles with a key in common are candidates. */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    const rows = Array.from(signature.subarray(band * ROWS, (band + 1) * ROWS));
    keys.push(`${band}:${hashString(rows.join(',')).toString(36)}`);
  }
  return keys;
}
