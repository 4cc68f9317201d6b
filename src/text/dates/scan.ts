import type { Ymd } from './calendar.ts';
import type { Grammar, Shift, Unit } from './grammar.ts';
import { firstWordReadings, type FirstWord, type PhraseHit, type PhraseTable } from './phrases.ts';
import type { Resolved } from './resolve.ts';
import { touches, type DateToken } from './tokens.ts';

/**
 * The pieces dates are built from (a day, a month name, a year, a last/next word …), each read
 * at a token position. Every reader looks a bounded number of tokens ahead, so scanning a text
 * is linear in its length.
 */

export interface Scan {
  tokens: DateToken[];
  g: Grammar;
  anchor: Ymd | undefined;
  /** Readings of each word token with a proclitic left out, found on first use: every matcher asks. */
  readings: (FirstWord[] | undefined)[];
}

/** A piece read at a position: its value, the token after it, proclitic characters left out. */
export type Parsed<T> = PhraseHit<T>;

/** A possible date: tokens [first, next), minus `skip` proclitic characters; unresolved = not a date. */
export interface Candidate {
  first: number;
  skip: number;
  next: number;
  resolved: Resolved | undefined;
}

export type Matcher = (s: Scan, i: number) => Candidate | undefined;

/** Years written alone (منذ 2014، in 2021) must fall in this range; with a year word, any 4 digits. */
const BARE_YEAR_MIN = 1900;
const BARE_YEAR_MAX = 2099;
const NUMBER_JOINERS = new Set(['/', '-', '.', ',', ':']);
/** Written between two names of one month: آذار/مارس، آذار (مارس)، آذار - مارس. */
const MONTH_NAME_SEPARATORS = new Set(['/', '(', '-']);

/** Looks a phrase up at token `i`; at the first token of a date a proclitic may be left out. */
export function look<T>(s: Scan, table: PhraseTable<T>, i: number, first = false): PhraseHit<T> | undefined {
  const t = s.tokens[i];
  if (t === undefined) return undefined;
  return table.match(s.tokens, i, first && t.kind === 'word' ? (s.readings[i] ??= firstWordReadings(t.norm, s.g.proclitics)) : undefined);
}

export function punctAt(s: Scan, i: number, chars: ReadonlySet<string>): boolean {
  const t = s.tokens[i];
  return t?.kind === 'punct' && chars.has(t.norm);
}

/** True when token `i` is one part of a longer number such as 3.5, 1,000, 10:30 or 7/12. */
function isPartOfLargerNumber(s: Scan, i: number): boolean {
  const t = s.tokens;
  const joinedBefore = punctAt(s, i - 1, NUMBER_JOINERS) && touches(t[i - 1], t[i]) && t[i - 2]?.kind === 'number' && touches(t[i - 2], t[i - 1]);
  const joinedAfter = punctAt(s, i + 1, NUMBER_JOINERS) && touches(t[i], t[i + 1]) && t[i + 2]?.kind === 'number' && touches(t[i + 1], t[i + 2]);
  return joinedBefore || joinedAfter;
}

/** A standalone number of at most `maxDigits` digits. */
export function smallNumberAt(s: Scan, i: number, maxDigits: number): number | undefined {
  const t = s.tokens[i];
  if (t?.kind !== 'number' || t.norm.length > maxDigits || isPartOfLargerNumber(s, i)) return undefined;
  return Number(t.norm);
}

export function hasContextWordBefore(s: Scan, i: number): boolean {
  return i > 0 && look(s, s.g.contextWords, i - 1, true)?.next === i;
}

/** A day of the month: 7, 7th, الـ7, السابع, the seventh. */
export function dayAt(s: Scan, i: number, first: boolean): Parsed<number> | undefined {
  const article = look(s, s.g.dayArticles, i, first);
  const j = article?.next ?? i;
  const skip = article?.skip ?? 0;
  const digits = smallNumberAt(s, j, 2);
  if (digits !== undefined) {
    if (digits < 1 || digits > 31) return undefined;
    const suffix = touches(s.tokens[j], s.tokens[j + 1]) ? look(s, s.g.ordinalSuffixes, j + 1) : undefined;
    return { value: digits, next: suffix?.next ?? j + 1, skip };
  }
  const ordinal = look(s, s.g.dayOrdinals, j, first && article === undefined);
  return ordinal && { value: ordinal.value, next: ordinal.next, skip: article ? skip : ordinal.skip };
}

export interface MonthRead {
  month: number;
  /** Shown to be a month by its writing alone (شهر مارس، آب/أغسطس, or an unambiguous name). */
  sure: boolean;
}

/** A second name of the same month right after the first: آذار/مارس، آذار (مارس). */
function secondMonthName(s: Scan, i: number, month: number): number | undefined {
  const opening = punctAt(s, i, MONTH_NAME_SEPARATORS) ? s.tokens[i]?.norm : undefined;
  const other = look(s, s.g.months, opening ? i + 1 : i);
  if (other?.value.month !== month) return undefined;
  return opening === '(' && s.tokens[other.next]?.norm === ')' ? other.next + 1 : other.next;
}

/** The dot of an abbreviated month before its day: Dec. 7. */
function afterAbbreviationDot(s: Scan, i: number): number {
  const dot = s.tokens[i];
  return dot?.norm === '.' && touches(s.tokens[i - 1], dot) && s.tokens[i + 1]?.kind === 'number' ? i + 1 : i;
}

/** A month name, optionally after a month word and with a second name: شهر آذار/مارس. */
export function monthAt(s: Scan, i: number, first: boolean): Parsed<MonthRead> | undefined {
  const word = look(s, s.g.monthWords, i, first);
  const name = look(s, s.g.months, word?.next ?? i, first && word === undefined);
  if (!name) return undefined;
  const afterName = afterAbbreviationDot(s, name.next);
  const second = secondMonthName(s, afterName, name.value.month);
  return {
    value: { month: name.value.month, sure: word !== undefined || second !== undefined || !name.value.ambiguous },
    next: second ?? afterName,
    skip: (word ?? name).skip,
  };
}

export type YearCalendar = 'hijri' | 'gregorian' | 'unmarked';

/** Four digits, with a calendar marker after them if there is one: 2021م، 1444 هـ. */
export function yearNumberAt(s: Scan, i: number): Parsed<{ year: number; calendar: YearCalendar }> | undefined {
  const t = s.tokens[i];
  if (t?.kind !== 'number' || t.norm.length !== 4 || isPartOfLargerNumber(s, i)) return undefined;
  const year = Number(t.norm);
  const hijri = look(s, s.g.hijriYearMarkers, i + 1);
  if (hijri) return { value: { year, calendar: 'hijri' }, next: hijri.next, skip: 0 };
  const gregorian = look(s, s.g.gregorianYearMarkers, i + 1);
  return { value: { year, calendar: gregorian ? 'gregorian' : 'unmarked' }, next: gregorian?.next ?? i + 1, skip: 0 };
}

export function isBareYear(year: number): boolean {
  return year >= BARE_YEAR_MIN && year <= BARE_YEAR_MAX;
}

export interface UnitRead {
  unit: Unit;
  shift: Shift;
  /** A last/this/next word was written; without one the unit means the current one. */
  qualified: boolean;
}

/** A calendar unit with its last/this/next word: الشهر الماضي، هذا العام، next week, الشهر. */
export function calendarUnitAt(s: Scan, i: number, first: boolean): Parsed<UnitRead> | undefined {
  const before = look(s, s.g.qualifiersBefore, i, first);
  const unit = look(s, s.g.calendarUnits, before?.next ?? i, first && before === undefined);
  if (!unit) return undefined;
  const after = before ? undefined : look(s, s.g.qualifiersAfter, unit.next);
  const qualifier = before ?? after;
  return {
    value: { unit: unit.value, shift: qualifier?.value ?? 0, qualified: qualifier !== undefined },
    next: after?.next ?? unit.next,
    skip: (before ?? unit).skip,
  };
}

/** The year written after a month or a day and month: 2021, من عام 2021، من العام الماضي، , 2021. */
export function yearAfterAt(s: Scan, i: number): Parsed<{ year: number; relative: boolean }> | undefined {
  const link = look(s, s.g.yearLinks, i);
  for (const start of link ? [link.next, i] : [i]) {
    const word = look(s, s.g.yearWords, start);
    const number = yearNumberAt(s, word?.next ?? start);
    if (number && number.value.calendar !== 'hijri') return { value: { year: number.value.year, relative: false }, next: number.next, skip: 0 };
    const unit = calendarUnitAt(s, start, false);
    if (unit?.value.unit === 'year' && unit.value.qualified && s.anchor) {
      return { value: { year: s.anchor.y + unit.value.shift, relative: true }, next: unit.next, skip: 0 };
    }
  }
  return undefined;
}
