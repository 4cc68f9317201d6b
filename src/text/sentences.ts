import { readTsv } from '../datafile/tsv.ts';
import { dataPath } from '../datafile/paths.ts';
import { isArabicLetter, isDigit, isLatinLetter, isSpace } from './chars.ts';

/**
 * Sentence splitting by a single linear scan (Intl.Segmenter is quadratic on huge strings and
 * breaks after "د." and "Mr."). Ends: . ! ? ؟ ؛ … and line breaks. A quotation is kept whole
 * while it stays shorter than MAX_QUOTE, so "قال: «… . …»" stays with its speaker.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

/** A run with no break longer than this is cut at the last comma or space. */
export const MAX_SENTENCE = 1000;
/** A quotation longer than this no longer protects its inner full stops. */
const MAX_QUOTE = 600;

const TERMINATORS = new Set(['.', '!', '?', '؟', '؛', '…']);
const OPEN_QUOTES = new Set(['«', '“', '‹', '„']);
const CLOSE_QUOTES = new Set(['»', '”', '›']);
const CLOSERS = new Set(['»', '”', '›', '"', "'", '’', ')', ']', '}', '.', '!', '?', '؟', '…']);
const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029']);

interface Abbreviations {
  arabic: Set<string>;
  english: Set<string>;
  /** Capitalised words that open a sentence after a dotted acronym. */
  starters: Set<string>;
}

let abbreviations: Abbreviations | undefined;

function loadAbbreviations(): Abbreviations {
  const read = (lang: string): Set<string> =>
    new Set(readTsv(dataPath('lang', lang, 'abbreviations.tsv'), 1).map((r) => (r.fields[0] ?? '').trim().toLowerCase()));
  abbreviations ??= {
    arabic: read('ar'),
    english: read('en'),
    starters: new Set(readTsv(dataPath('lang', 'en', 'sentence-starters.tsv'), 1).map((r) => (r.fields[0] ?? '').trim())),
  };
  return abbreviations;
}

/** The word (with inner dots) that ends at the full stop at `dot`, dot included. */
function wordBeforeDot(text: string, dot: number): string {
  let i = dot;
  while (i > 0) {
    const ch = text[i - 1] as string;
    if (isSpace(ch.charCodeAt(0)) || ch === '(' || ch === '«' || ch === '"') break;
    i--;
  }
  return text.slice(i, dot + 1);
}

function isLetter(c: number): boolean {
  return isArabicLetter(c) || isLatinLetter(c);
}

/** U.S. / U.N. / E.U.: letters each followed by a dot. */
function isDottedAcronym(word: string): boolean {
  return /^(?:[A-Za-z]\.){2,}$/.test(word);
}

/** The Latin word that follows `from`, past spaces and closing quotes or brackets. */
function nextWord(text: string, from: number): string {
  let i = from;
  while (i < text.length && (isSpace(text.charCodeAt(i)) || CLOSERS.has(text[i] as string))) i++;
  const m = /^[A-Za-z]+/.exec(text.slice(i, i + 20));
  return m ? m[0] : '';
}

function isAbbreviationDot(text: string, dot: number): boolean {
  const word = wordBeforeDot(text, dot);
  const letters = [...word.slice(0, -1)].filter((ch) => isLetter(ch.charCodeAt(0)));
  if (letters.length === 1 && word.length === 2) return true; // single initial: د. م. J.
  const { arabic, english } = loadAbbreviations();
  const lower = word.toLowerCase();
  if (arabic.has(lower) || english.has(lower)) return true;
  if (!isDottedAcronym(word)) return false;
  const next = nextWord(text, dot + 1); // "… the U.S. The move …" still ends a sentence
  return !(/^[A-Z]/.test(next) && loadAbbreviations().starters.has(next.toLowerCase()));
}

/** Whether the full stop at `i` ends a sentence (not a decimal, abbreviation or inner dot). */
function fullStopEnds(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  if (i + 1 < text.length && !isSpace(next) && !CLOSERS.has(text[i + 1] as string)) return false;
  if (isDigit(prev) && isDigit(next)) return false;
  if (isAbbreviationDot(text, i)) return false;
  const after = nextWord(text, i + 1);
  return !(after !== '' && /^[a-z]/.test(after)); // "approx. two": lower case goes on
}

const LINE_BREAK = 1;
const TERMINATOR = 2;
const QUOTE = 4;
const COMMA = 8;
const SPACE = 16;

let flagTable: Uint8Array | undefined;

/** What each UTF-16 unit means to the splitter; 0 for the letters that make up most text. */
function charFlags(): Uint8Array {
  if (flagTable) return flagTable;
  const t = new Uint8Array(0x10000);
  const mark = (chars: Iterable<string>, flag: number): void => {
    for (const ch of chars) t[ch.charCodeAt(0)] = (t[ch.charCodeAt(0)] ?? 0) | flag;
  };
  mark(LINE_BREAKS, LINE_BREAK);
  mark(TERMINATORS, TERMINATOR);
  mark([...OPEN_QUOTES, ...CLOSE_QUOTES, '"'], QUOTE);
  mark(['،', ','], COMMA);
  for (let c = 0; c < 0x10000; c++) if (isSpace(c) && !LINE_BREAKS.has(String.fromCharCode(c))) t[c] = (t[c] ?? 0) | SPACE;
  flagTable = t;
  return t;
}

class Splitter {
  readonly spans: SentenceSpan[] = [];
  private start = 0;
  private quoteOpenedAt = -1;
  private inAsciiQuote = false;
  private lastComma = -1;
  private lastSpace = -1;

  constructor(private readonly text: string) {}

  run(): SentenceSpan[] {
    const { text } = this;
    const flags = charFlags();
    for (let i = 0; i < text.length; i++) {
      const f = flags[text.charCodeAt(i)] ?? 0;
      if (f === 0) {
        if (i - this.start >= MAX_SENTENCE) this.cutLongRun(i);
        continue; // ordinary letters: most of the text
      }
      if (f & LINE_BREAK) {
        this.emit(i, i + 1);
        continue;
      }
      const ch = text[i] as string;
      if (f & QUOTE) {
        const afterQuote = this.trackQuotes(ch, i);
        if (afterQuote !== undefined) {
          i = afterQuote;
          continue;
        }
      }
      if (f & COMMA) this.lastComma = i;
      else if (f & SPACE) this.lastSpace = i;
      if (f & TERMINATOR && this.terminates(i)) i = this.endAfterClosers(i);
      else if (i - this.start >= MAX_SENTENCE) this.cutLongRun(i);
    }
    this.emit(text.length, text.length);
    return this.spans;
  }

  private inQuote(i: number): boolean {
    return this.quoteOpenedAt >= 0 && i - this.quoteOpenedAt < MAX_QUOTE;
  }

  /** Follows quotation marks; returns the last index used when a closing quote ended a sentence. */
  private trackQuotes(ch: string, i: number): number | undefined {
    if (OPEN_QUOTES.has(ch)) {
      if (this.quoteOpenedAt < 0) this.quoteOpenedAt = i;
      return undefined;
    }
    const closesAscii = ch === '"' && this.inAsciiQuote;
    if (ch === '"' && !closesAscii) {
      this.inAsciiQuote = true;
      this.quoteOpenedAt = i;
      return undefined;
    }
    if (!closesAscii && !CLOSE_QUOTES.has(ch)) return undefined;
    this.quoteOpenedAt = -1;
    this.inAsciiQuote = false;
    return this.endsWithTerminator(i) ? this.endAfterClosers(i) : undefined;
  }

  /** A closing quote right after a terminator ends the sentence if a new one follows. */
  private endsWithTerminator(close: number): boolean {
    const before = this.text[close - 1];
    if (before === undefined || !TERMINATORS.has(before)) return false;
    if (/^[a-z]/.test(nextWord(this.text, close + 1))) return false; // «…» he said
    return before !== '.' || fullStopEnds(this.text, close - 1);
  }

  private terminates(i: number): boolean {
    if (this.inQuote(i)) return false;
    if (this.text[i] === '.') return fullStopEnds(this.text, i);
    return !/^[a-z]/.test(nextWord(this.text, i + 1)); // "(did he?) early" goes on
  }

  /** Ends the sentence after the terminator at `i` and any closing quotes/brackets; returns the last index used. */
  private endAfterClosers(i: number): number {
    let j = i + 1;
    while (j < this.text.length && CLOSERS.has(this.text[j] as string)) j++;
    this.emit(j, j);
    return j - 1;
  }

  private cutLongRun(i: number): void {
    const cut = this.lastComma > this.start ? this.lastComma + 1 : this.lastSpace > this.start ? this.lastSpace : i;
    this.emit(cut, cut);
  }

  /** Closes the current sentence at `end` and starts the next at `next`, trimming white space. */
  private emit(end: number, next: number): void {
    let s = this.start;
    let e = end;
    while (s < e && isSpace(this.text.charCodeAt(s))) s++;
    while (e > s && isSpace(this.text.charCodeAt(e - 1))) e--;
    if (e > s) this.spans.push({ start: s, end: e });
    this.start = next;
    this.quoteOpenedAt = -1;
    this.inAsciiQuote = false;
    this.lastComma = -1;
    this.lastSpace = -1;
  }
}

export function splitSentences(text: string): SentenceSpan[] {
  return new Splitter(text).run();
}
