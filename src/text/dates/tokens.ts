import { isArabicLetter, isLatinLetter, isOtherLetter, isSpace } from '../chars.ts';

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
