import { readTsv, DataFileError } from '../datafile/tsv.ts';
import { dataPath } from '../datafile/paths.ts';

/**
 * Matching normalisation: folds orthographic variants so that lookups see one spelling.
 * The table is compiled once from `data/lang/common/orthography.tsv`; it is never used for display.
 */

const BMP = 0x10000;
/** Replacement per UTF-16 code unit, or undefined where the unit maps to itself. */
type FoldTable = (string | undefined)[];

const PRESENTATION_RANGES: [number, number][] = [
  [0xfb00, 0xfb4f], // Latin and Hebrew ligatures
  [0xfb50, 0xfdff], // Arabic presentation forms A
  [0xfe70, 0xfefc], // Arabic presentation forms B
  [0xff01, 0xff5e], // full-width ASCII
];

function parseCodePoint(spec: string, file: string, line: number): number {
  const m = /^U\+([0-9A-Fa-f]{4,6})$/.exec(spec);
  if (m?.[1]) return parseInt(m[1], 16);
  const cps = [...spec];
  if (cps.length !== 1 || cps[0] === undefined) throw new DataFileError(file, line, `"${spec}" is not one character or U+XXXX`);
  return cps[0].codePointAt(0) ?? 0;
}

function parseRange(spec: string, file: string, line: number): [number, number] {
  const [from, to] = spec.split('..');
  if (from === undefined) throw new DataFileError(file, line, 'empty FROM field');
  const lo = parseCodePoint(from, file, line);
  const hi = to === undefined ? lo : parseCodePoint(to, file, line);
  if (hi < lo || hi >= BMP) throw new DataFileError(file, line, `bad range "${spec}"`);
  return [lo, hi];
}

function applyTable(table: FoldTable, s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += table[s.charCodeAt(i)] ?? s[i];
  return out;
}

function compileTable(file: string): FoldTable {
  const table: FoldTable = new Array<string | undefined>(BMP);
  for (let c = 0; c < BMP; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates pass through unchanged
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    if (lower !== ch) table[c] = lower;
  }
  for (const { fields, line } of readTsv(file, 1, 2)) {
    const [lo, hi] = parseRange(fields[0]?.trim() ?? '', file, line);
    for (let c = lo; c <= hi; c++) table[c] = fields[1] ?? '';
  }
  for (const [lo, hi] of PRESENTATION_RANGES) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCharCode(c);
      const folded = ch.normalize('NFKC');
      if (folded !== ch) table[c] = applyTable(table, folded.toLowerCase());
    }
  }
  return table;
}

let foldTable: FoldTable | undefined;

function table(): FoldTable {
  foldTable ??= compileTable(dataPath('lang', 'common', 'orthography.tsv'));
  return foldTable;
}

/** The matching form of a string: lower-cased, Arabic letters folded, digits ASCII, marks removed. */
export function normalise(text: string): string {
  const t = table();
  let i = 0;
  for (; i < text.length; i++) if (t[text.charCodeAt(i)] !== undefined) break;
  if (i === text.length) return text; // fast path: already in matching form
  let out = text.slice(0, i);
  for (; i < text.length; i++) out += t[text.charCodeAt(i)] ?? text[i];
  return out;
}

/** A normalised string with, for each of its code units, the offset it came from in the original. */
export interface NormalisedText {
  norm: string;
  /** `offsets[k]` is the original offset of `norm[k]`; `offsets[norm.length]` is the original length. */
  offsets: Int32Array;
}

export function normaliseWithOffsets(text: string): NormalisedText {
  const t = table();
  // a replacement is at most a few units (ﷲ → الله): grow the buffer only if one is longer
  let offsets: Int32Array = new Int32Array(text.length * 2 + 1);
  let norm = '';
  let n = 0;
  let runStart = 0; // unchanged characters are copied in runs
  for (let i = 0; i < text.length; i++) {
    const r = t[text.charCodeAt(i)];
    if (r === undefined) {
      if (n + 1 >= offsets.length) offsets = grow(offsets);
      offsets[n++] = i;
      continue;
    }
    norm += text.slice(runStart, i) + r;
    runStart = i + 1;
    while (n + r.length >= offsets.length) offsets = grow(offsets);
    for (let k = 0; k < r.length; k++) offsets[n++] = i;
  }
  norm += text.slice(runStart);
  offsets[n] = text.length;
  return { norm, offsets: offsets.subarray(0, n + 1) };
}

function grow(offsets: Int32Array): Int32Array {
  const bigger = new Int32Array(offsets.length * 2 + 8);
  bigger.set(offsets);
  return bigger;
}

/**
 * Maps a [start, end) span of a normalised string back to the original text. The original span
 * takes in marks removed right after its last character (a final haraka belongs to its word).
 */
export function originalSpan(n: NormalisedText, start: number, end: number): [number, number] {
  const from = n.offsets[start] ?? 0;
  if (end <= start) return [from, from];
  const afterLast = (n.offsets[end - 1] ?? from) + 1;
  return [from, Math.max(afterLast, n.offsets[end] ?? afterLast)];
}
