import { addMonths, isValidDate, type Ymd } from './calendar.ts';
import { dayPrecision, hijriDate, yearOfDayMonth, yearOfMonth, type Resolved } from './resolve.ts';
import {
  calendarUnitAt, dayAt, hasContextWordBefore, isBareYear, look, monthAt, punctAt, yearAfterAt, yearNumberAt,
  type Candidate, type Parsed, type Scan,
} from './scan.ts';
import { touches } from './tokens.ts';

/**
 * Dates written with a month name or in numbers, and years: 7 ديسمبر 2021، السابع من أيار/مايو،
 * 7/12/2021، فبراير الماضي، منتصف أكتوبر، عام 2021، 15 رمضان 1444 هـ.
 */

const NUMERIC_SEPARATORS = new Set(['/', '-', '.']);
/** Joins a part-of-month word to its month: mid-October. */
const HYPHEN = new Set(['-']);

/** Phrases listed under not-dates (قوى 14 آذار): they take their span and give no date. */
export function matchNotDate(s: Scan, i: number): Candidate | undefined {
  const hit = look(s, s.g.notDates, i, true);
  return hit && { first: i, skip: hit.skip, next: hit.next, resolved: undefined };
}

/** Day and month of n/n/nnnn by the language's convention; undefined when it cannot tell. */
function dayMonthOfNumbers(s: Scan, a: number, b: number): { d: number; m: number } | undefined {
  if (s.g.numericDayFirst || a === b) return { d: a, m: b };
  if (a > 12 && b <= 12) return { d: a, m: b };
  if (b > 12 && a <= 12) return { d: b, m: a };
  return undefined;
}

/** True when the number at token `i` is joined to a further number (1.2.2021.5, 10/7/2021/3). */
function joinedToAnotherNumber(s: Scan, i: number, direction: 1 | -1): boolean {
  const t = s.tokens;
  const separator = i + direction;
  const [left, right] = direction === 1 ? [t[i], t[separator]] : [t[separator], t[i]];
  return punctAt(s, separator, NUMERIC_SEPARATORS) && touches(left, right) && t[i + 2 * direction]?.kind === 'number';
}

/** The three numbers of n/n/n written without spaces, with one separator used twice. */
function numericParts(s: Scan, i: number): [string, string, string] | undefined {
  const [a, sep1, b, sep2, c] = s.tokens.slice(i, i + 5);
  if (!a || !sep1 || !b || !sep2 || !c) return undefined;
  if (a.kind !== 'number' || b.kind !== 'number' || c.kind !== 'number') return undefined;
  if (sep1.norm !== sep2.norm || !NUMERIC_SEPARATORS.has(sep1.norm)) return undefined;
  if (!touches(a, sep1) || !touches(sep1, b) || !touches(b, sep2) || !touches(sep2, c)) return undefined;
  if (joinedToAnotherNumber(s, i, -1) || joinedToAnotherNumber(s, i + 4, 1)) return undefined;
  return [a.norm, b.norm, c.norm];
}

/**
 * 7/12/2021, 2023/03/07, 2021-12-07, 7.12.2021. An impossible or (in English) ambiguous one
 * keeps its span but gives no date, so that no part of it is read as something else.
 */
export function matchNumeric(s: Scan, i: number): Candidate | undefined {
  const parts = numericParts(s, i);
  if (!parts) return undefined;
  const [a, b, c] = parts;
  let date: Ymd | undefined;
  if (a.length === 4 && b.length <= 2 && c.length <= 2) {
    date = { y: Number(a), m: Number(b), d: Number(c) };
  } else if (a.length <= 2 && b.length <= 2 && c.length === 4) {
    const dm = dayMonthOfNumbers(s, Number(a), Number(b));
    date = dm && { y: Number(c), m: dm.m, d: dm.d };
  } else {
    return undefined;
  }
  return { first: i, skip: 0, next: i + 5, resolved: date && dayPrecision(date, false) };
}

/** Completes a day and month with the year written after them, a last/next word, or the anchor. */
function finishDayMonth(s: Scan, first: number, skip: number, day: number, month: number, next: number): Candidate | undefined {
  const year = yearAfterAt(s, next);
  if (year) return { first, skip, next: year.next, resolved: dayPrecision({ y: year.value.year, m: month, d: day }, year.value.relative) };
  if (!s.anchor) return undefined;
  const qualifier = look(s, s.g.qualifiersAfter, next);
  const y = qualifier ? yearOfMonth(s.anchor, month, qualifier.value) : yearOfDayMonth(s.anchor, month, day);
  return { first, skip, next: qualifier?.next ?? next, resolved: dayPrecision({ y, m: month, d: day }, true) };
}

/** السابع من الشهر الجاري، 5 من الشهر الماضي. */
function dayOfRelativeMonth(s: Scan, first: number, day: Parsed<number>, j: number): Candidate | undefined {
  const unit = calendarUnitAt(s, j, false);
  if (unit?.value.unit !== 'month' || !s.anchor) return undefined;
  const month = addMonths(s.anchor, unit.value.shift);
  return { first, skip: day.skip, next: unit.next, resolved: dayPrecision({ ...month, d: day.value }, true) };
}

/** 15 رمضان 1444 هـ، غرة شوال. */
function dayOfHijriMonth(s: Scan, first: number, day: Parsed<number>, j: number): Candidate | undefined {
  const month = look(s, s.g.hijriMonths, j);
  if (!month) return undefined;
  const year = yearNumberAt(s, month.next);
  const hijriYear = year && year.value.calendar !== 'gregorian' ? year : undefined;
  const resolved = hijriDate(s.anchor, month.value, day.value, hijriYear?.value.year);
  if (!resolved && !hijriYear) return undefined;
  return { first, skip: day.skip, next: hijriYear?.next ?? month.next, resolved };
}

/** 7 ديسمبر 2021، السابع من ديسمبر، the 7th of December, 7 Dec. */
function dayThenMonth(s: Scan, i: number): Candidate | undefined {
  const day = dayAt(s, i, true);
  if (!day) return undefined;
  const link = look(s, s.g.dayMonthLinks, day.next);
  for (const j of link ? [link.next, day.next] : [day.next]) {
    const month = monthAt(s, j, false);
    if (month) return finishDayMonth(s, i, day.skip, day.value, month.value.month, month.next);
    const other = dayOfRelativeMonth(s, i, day, j) ?? dayOfHijriMonth(s, i, day, j);
    if (other) return other;
  }
  return undefined;
}

/** December 7, 2021; Dec. 7th. */
function monthThenDay(s: Scan, i: number): Candidate | undefined {
  const month = monthAt(s, i, true);
  const day = month && dayAt(s, month.next, false);
  return day && finishDayMonth(s, i, month.skip, day.value, month.value.month, day.next);
}

export function matchDayMonth(s: Scan, i: number): Candidate | undefined {
  return (s.g.dayBeforeMonth ? dayThenMonth(s, i) : undefined) ?? (s.g.monthBeforeDay ? monthThenDay(s, i) : undefined);
}

function monthPrecision(y: number, m: number, d: number, relative: boolean): Resolved {
  return { date: { y, m, d }, precision: 'month', relative };
}

/**
 * A month name with what completes it (a year, a last/next word) from token `j` on; `day` is
 * the day it stands for (1, or the day of a part-of-month word). `licensed` says the context
 * already shows it is a date, for names that are also ordinary words.
 */
function monthWithYear(s: Scan, first: number, j: number, day: number, licensed: boolean): Candidate | undefined {
  const before = look(s, s.g.qualifiersBefore, j, j === first);
  const month = monthAt(s, before?.next ?? j, j === first && before === undefined);
  if (!month) return undefined;
  const m = month.value.month;
  const skip = j === first ? (before ?? month).skip : 0;
  const year = before ? undefined : yearAfterAt(s, month.next);
  if (year) return { first, skip, next: year.next, resolved: monthPrecision(year.value.year, m, day, year.value.relative) };
  if (!s.anchor) return undefined;
  const after = before ? undefined : look(s, s.g.qualifiersAfter, month.next);
  const qualifier = before ?? after;
  if (!qualifier && !month.value.sure && !licensed && !hasContextWordBefore(s, first)) return undefined;
  const y = yearOfMonth(s.anchor, m, qualifier?.value);
  return { first, skip, next: after?.next ?? month.next, resolved: monthPrecision(y, m, day, true) };
}

/** ديسمبر 2021، شهر فبراير، فبراير الماضي، كانون الأول، last March. */
export function matchMonth(s: Scan, i: number): Candidate | undefined {
  return monthWithYear(s, i, i, 1, false);
}

/** منتصف الشهر، أواخر الشهر الماضي، نهاية العام، the end of last year. */
function partOfCalendarUnit(s: Scan, i: number, day: number, j: number, skip: number): Candidate | undefined {
  const unit = calendarUnitAt(s, j, false);
  if (!unit || !s.anchor) return undefined;
  const { unit: u, shift } = unit.value;
  if (u === 'month') {
    const month = addMonths(s.anchor, shift);
    return { first: i, skip, next: unit.next, resolved: monthPrecision(month.y, month.m, day, true) };
  }
  if (u === 'year') return { first: i, skip, next: unit.next, resolved: { date: { y: s.anchor.y + shift, m: 1, d: 1 }, precision: 'year', relative: true } };
  return undefined;
}

/** أواخر عام 2021، منتصف 2021، late 2021. */
function partOfYear(s: Scan, i: number, j: number, skip: number): Candidate | undefined {
  const word = look(s, s.g.yearWords, j);
  const year = yearNumberAt(s, word?.next ?? j);
  if (!year || year.value.calendar === 'hijri') return undefined;
  const date = { y: year.value.year, m: 1, d: 1 };
  return { first: i, skip, next: year.next, resolved: isValidDate(date) ? { date, precision: 'year', relative: false } : undefined };
}

/** مطلع أكتوبر، منتصف تشرين الأول 2021، mid-October, late last year. */
export function matchPart(s: Scan, i: number): Candidate | undefined {
  const part = look(s, s.g.partsOfMonth, i, true);
  if (!part) return undefined;
  const j = punctAt(s, part.next, HYPHEN) ? part.next + 1 : part.next;
  const month = monthWithYear(s, i, j, part.value, true);
  if (month) return { ...month, skip: part.skip };
  return partOfCalendarUnit(s, i, part.value, j, part.skip) ?? partOfYear(s, i, j, part.skip);
}

/** عام 2021، العام 2021، سنة 2021، 2021م، and a bare year after a context word: منذ 2014، in 2021. */
export function matchYear(s: Scan, i: number): Candidate | undefined {
  const word = look(s, s.g.yearWords, i, true);
  const year = yearNumberAt(s, word?.next ?? i);
  if (!year || year.value.calendar === 'hijri') return undefined;
  const marked = word !== undefined || year.value.calendar === 'gregorian';
  if (!marked && !(isBareYear(year.value.year) && hasContextWordBefore(s, i))) return undefined;
  const date = { y: year.value.year, m: 1, d: 1 };
  return { first: i, skip: word?.skip ?? 0, next: year.next, resolved: isValidDate(date) ? { date, precision: 'year', relative: false } : undefined };
}
