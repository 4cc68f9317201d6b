/** Character classes on UTF-16 code units; the tokeniser and splitter share them. */

export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** Marks that live inside an Arabic word: harakat, tatweel, Quranic marks. */
export function isArabicMark(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0640 ||
    c === 0x0670 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06ed && c !== 0x06e5 && c !== 0x06e6)
  );
}

export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

export function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** Combining marks used with Latin letters (NFD input, or Vietnamese, etc.). */
export function isCombiningMark(c: number): boolean {
  return c >= 0x0300 && c <= 0x036f;
}

/** 0 unknown, 1 letter, 2 not a letter: Unicode's letter property, looked up once per code unit. */
const letterCache = new Uint8Array(0x10000);

export function isOtherLetter(c: number): boolean {
  if (c < 0x250) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let known = letterCache[c] ?? 0;
  if (known === 0) {
    known = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
    letterCache[c] = known;
  }
  return known === 1;
}

/** Invisible formatting characters that may sit inside a word (ZWNJ, ZWJ, bidi marks). */
export function isJoinerOrMark(c: number): boolean {
  return c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || c === 0x061c;
}

/** Unicode White_Space (what \s matches: the Ogham and the mathematical spaces too) and ZWSP. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c ||
    c === 0xa0 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 ||
    c === 0xfeff || (c >= 0x2000 && c <= 0x200b);
}

/** Hamza written on or without a seat (ء أ إ آ ؤ ئ). */
function isHamzaLetter(c: number): boolean {
  return c === 0x0621 || c === 0x0622 || c === 0x0623 || c === 0x0624 || c === 0x0625 || c === 0x0626;
}

/** A word's letters as written: marks and tatweel removed, nothing folded (هنأ stays apart from هنا). */
export function writtenLetters(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!isArabicMark(c) && !isJoinerOrMark(c)) out += word[i];
  }
  return out;
}

export function hasHamza(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isHamzaLetter(word.charCodeAt(i))) return true;
  return false;
}
