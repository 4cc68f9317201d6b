import type { Token } from '../../model/index.ts';
import { isArabicLetter, isLatinLetter, isOtherLetter, isSpace } from '../chars.ts';
import { normalise } from '../normalise.ts';

/**
 * The date finder's own tokens, over the *normalised* text: runs of letters, runs of ASCII digits
 * (normalisation has already turned Arabic-Indic digits into ASCII), and single punctuation
 * characters. Digits and letters split even when written together (2021م, 7th, الـ7).
 */

export type DateTokenKind = 'word' | 'number' | 'punct';

export interface DateToken {
  start: number; // offsets into the normalised text
  end: number;
  norm: string;
  kind: DateTokenKind;
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isWordChar(c: number): boolean {
  return isArabicLetter(c) || isLatinLetter(c) || isOtherLetter(c);
}

function runEnd(text: string, from: number, inRun: (c: number) => boolean): number {
  let j = from;
  while (j < text.length && inRun(text.charCodeAt(j))) j++;
  return j;
}

export function tokeniseNormalised(norm: string): DateToken[] {
  const tokens: DateToken[] = [];
  let i = 0;
  while (i < norm.length) {
    const c = norm.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let kind: DateTokenKind = 'punct';
    let end = i + 1;
    if (isAsciiDigit(c)) {
      kind = 'number';
      end = runEnd(norm, i, isAsciiDigit);
    } else if (isWordChar(c)) {
      kind = 'word';
      end = runEnd(norm, i, isWordChar);
    }
    tokens.push({ start: i, end, norm: norm.slice(i, end), kind });
    i = end;
  }
  return tokens;
}

/** True when nothing (not even a space) separates token `a` from the token after it. */
export function touches(a: DateToken | undefined, b: DateToken | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Most tokens are words of letters only: one date token, found without a tokeniser pass. */
function isOneWord(norm: string): boolean {
  if (norm.length === 0) return false;
  for (let k = 0; k < norm.length; k++) if (!isWordChar(norm.charCodeAt(k))) return false;
  return true;
}

/** Adds a date token at [start, end); a run of letters or digits touching one of its kind joins it. */
function addPiece(out: DateToken[], start: number, end: number, norm: string, kind: DateTokenKind): void {
  const prev = out[out.length - 1];
  if (prev !== undefined && prev.end === start && prev.kind === kind && kind !== 'punct') {
    out[out.length - 1] = { start: prev.start, end, norm: prev.norm + norm, kind };
  } else {
    out.push({ start, end, norm, kind });
  }
}

/**
 * The length of the matching form of the text between two document tokens, or -1 when that form
 * holds anything but white space (which the date tokens would see and the document's skip).
 */
function gapLength(text: string, from: number, to: number): number {
  if (to === from) return 0;
  const gap = normalise(text.slice(from, to));
  for (let k = 0; k < gap.length; k++) if (!isSpace(gap.charCodeAt(k))) return -1;
  return gap.length;
}

/**
 * The date tokens of text[start, end) — exactly what `tokeniseNormalised` gives over the
 * normalised slice — built from the document's tokens of that span instead of a second pass over
 * the text. Matching forms are per code unit, so the slice's form is the document tokens' forms
 * with the forms of the gaps between them; date tokens are runs of letters or digits, or single
 * punctuation, so a document token splits into the date tokens of its form, and touching runs of
 * neighbours join. Undefined when a gap holds more than white space (marks the document's
 * tokeniser skips but normalisation keeps): the caller then takes the slice's own tokens.
 */
export function dateTokensFromDocument(text: string, start: number, end: number, docTokens: readonly Token[]): DateToken[] | undefined {
  const out: DateToken[] = [];
  let at = 0; // offset into the slice's normalised form
  let cursor = start; // offset into the text
  for (const t of docTokens) {
    const gap = gapLength(text, cursor, t.start);
    if (gap < 0 || t.end > end) return undefined;
    at += gap;
    if (isOneWord(t.norm)) addPiece(out, at, at + t.norm.length, t.norm, 'word');
    else for (const p of tokeniseNormalised(t.norm)) addPiece(out, at + p.start, at + p.end, p.norm, p.kind);
    at += t.norm.length;
    cursor = t.end;
  }
  return gapLength(text, cursor, end) < 0 ? undefined : out;
}
