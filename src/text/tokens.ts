import type { CliticAnalysis, Token, TokenKind } from '../model/index.ts';
import {
  isArabicLetter, isArabicMark, isCombiningMark, isDigit, isJoinerOrMark, isLatinLetter, isOtherLetter, isSpace,
} from './chars.ts';
import { cliticAnalyses } from './clitics.ts';
import { normalise } from './normalise.ts';

/**
 * Tokenisation with offsets into the original text. Arabic words keep their marks and tatweel;
 * Latin words split at hyphens and before a possessive 's; numbers keep inner separators
 * (3.5, 1,000, 7/12/2021); dotted acronyms (U.S.) are one token.
 */

interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
  arabic: boolean;
}

const NUMBER_SEPARATORS = new Set(['.', ',', '/', ':', '-', '٫', '٬']);
const APOSTROPHES = new Set(["'", '’']);

function scanArabic(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isArabicLetter(c) || isArabicMark(c) || isJoinerOrMark(c)) j++;
    else break;
  }
  return j;
}

function scanNumber(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) j++;
    else if (NUMBER_SEPARATORS.has(text[j] as string) && j + 1 < end && isDigit(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  return j;
}

/** U.S. / U.N. / E.U.: single letters each followed by a dot, at least two of them. */
function scanDottedAcronym(text: string, i: number, end: number): number {
  let j = i;
  let letters = 0;
  while (j + 1 < end && isLatinLetter(text.charCodeAt(j)) && text[j + 1] === '.') {
    const next = text.charCodeAt(j + 2);
    j += 2;
    letters++;
    if (!isLatinLetter(next)) break;
  }
  return letters >= 2 ? j : i;
}

function isLatinWordChar(c: number): boolean {
  return isLatinLetter(c) || isCombiningMark(c) || isDigit(c);
}

function scanLatin(text: string, i: number, end: number): number {
  const acronym = scanDottedAcronym(text, i, end);
  if (acronym > i) return acronym;
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isLatinWordChar(c)) {
      j++;
      continue;
    }
    // an apostrophe inside a word (d'Ivoire, O'Brien) but not a possessive 's
    if (APOSTROPHES.has(text[j] as string) && isLatinLetter(text.charCodeAt(j + 1)) && j + 1 < end) {
      const possessive = /^s(?![\p{L}\p{N}])/u.test(text.slice(j + 1, j + 3));
      if (possessive) break;
      j++;
      continue;
    }
    break;
  }
  return j;
}

function scanOther(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && isOtherLetter(text.charCodeAt(j))) j++;
  return j;
}

function scanSymbol(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return i + (pair ? 2 : 1);
}

function possessiveEnd(text: string, i: number, end: number): number {
  return APOSTROPHES.has(text[i] as string) && /^s(?![\p{L}\p{N}])/u.test(text.slice(i + 1, i + 3)) && i + 2 <= end ? i + 2 : i;
}

function nextRawToken(text: string, i: number, end: number): RawToken {
  const c = text.charCodeAt(i);
  if (isArabicLetter(c)) return { start: i, end: scanArabic(text, i, end), kind: 'word', arabic: true };
  if (isDigit(c)) {
    const stop = scanNumber(text, i, end);
    if (!isLatinLetter(text.charCodeAt(stop)) || stop >= end) return { start: i, end: stop, kind: 'number', arabic: false };
    let j = stop; // 1990s, 5G, 16s: digits run into Latin letters as one word
    while (j < end && isLatinWordChar(text.charCodeAt(j))) j++;
    return { start: i, end: j, kind: 'word', arabic: false };
  }
  if (isLatinLetter(c)) return { start: i, end: scanLatin(text, i, end), kind: 'word', arabic: false };
  const possessive = possessiveEnd(text, i, end);
  if (possessive > i) return { start: i, end: possessive, kind: 'word', arabic: false };
  if (isOtherLetter(c)) return { start: i, end: scanOther(text, i, end), kind: 'word', arabic: false };
  const stop = scanSymbol(text, i, end);
  const kind: TokenKind = /^\p{P}$/u.test(text.slice(i, stop)) ? 'punct' : 'symbol';
  return { start: i, end: stop, kind, arabic: false };
}

function plainAnalysis(norm: string): CliticAnalysis[] {
  return [{ proclitics: [], stem: norm, enclitic: null }];
}

interface WordForm {
  surface: string;
  norm: string;
  analyses: CliticAnalysis[];
}

/**
 * A word's matching form and analyses depend on its surface alone, and news repeats its words:
 * computed once per surface form. Tokens of one form then share one `norm` string, so the
 * later per-word lookups keyed by it find its hash already computed. The forms sit in a table
 * indexed by a hash of the word's span and are checked in place, so that a word seen before
 * costs neither a new string nor a string hash (most tokens); two forms on one slot take turns.
 */
const FORM_SLOTS = 1 << 17;
const wordForms: (WordForm | undefined)[] = new Array<WordForm | undefined>(FORM_SLOTS);

const TEH_MARBUTA = 0x0629;

/** The last letter of a word, past the marks written after it (ةً). */
function lastLetter(surface: string): number {
  for (let i = surface.length - 1; i >= 0; i--) {
    const c = surface.charCodeAt(i);
    if (!isArabicMark(c) && !isJoinerOrMark(c) && !isCombiningMark(c)) return c;
  }
  return -1;
}

/**
 * Matching folds ة into ه, but a pronoun suffix is never written ة: الدبلوماسية is no
 * الدبلوماسي + ه ("his diplomat"), so a word written with ة keeps no ه enclitic reading.
 */
function arabicAnalyses(surface: string, norm: string): CliticAnalysis[] {
  const all = cliticAnalyses(norm);
  return lastLetter(surface) === TEH_MARBUTA ? all.filter((a) => a.enclitic !== 'ه') : all;
}

/** FNV-1a over the UTF-16 units of text[start, end), folded to a slot. */
function formSlot(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return (h ^ (h >>> 15)) & (FORM_SLOTS - 1);
}

function wordForm(text: string, start: number, end: number, arabic: boolean): WordForm {
  const slot = formSlot(text, start, end);
  const known = wordForms[slot];
  if (known !== undefined && known.surface.length === end - start && text.startsWith(known.surface, start)) return known;
  const surface = text.slice(start, end);
  const norm = normalise(surface);
  return (wordForms[slot] = { surface, norm, analyses: arabic ? arabicAnalyses(surface, norm) : plainAnalysis(norm) });
}

/** Tokens of text[start, end), all tagged with the given sentence index. */
export function tokenise(text: string, start = 0, end = text.length, sentence = 0): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isJoinerOrMark(c)) {
      i++;
      continue;
    }
    const raw = nextRawToken(text, i, end);
    if (raw.kind === 'word') {
      const { surface, norm, analyses } = wordForm(text, raw.start, raw.end, raw.arabic);
      tokens.push({ start: raw.start, end: raw.end, text: surface, norm, kind: raw.kind, sentence, analyses });
    } else {
      const surface = text.slice(raw.start, raw.end);
      tokens.push({ start: raw.start, end: raw.end, text: surface, norm: normalise(surface), kind: raw.kind, sentence, analyses: [] });
    }
    i = raw.end;
  }
  return tokens;
}
