import type { DatePrecision } from '../../model/index.ts';
import {
  addDays, addMonths, daysBetween, daysInMonth, hijriToGregorian, hijriYearOf, isValidDate, weekdayOf, type Ymd,
} from './calendar.ts';
import type { Shift, Unit } from './grammar.ts';

/**
 * The resolution rules: how a date with parts missing is completed from the anchor (article)
 * date. They are described for editors in the header of data/lang/ar/dates.yaml.
 */

export interface Resolved {
  date: Ymd;
  precision: DatePrecision;
  /** True when the anchor supplied any part of the date (a missing year counts). */
  relative: boolean;
}

/**
 * A date without a year may lie this many days after the article (an announced meeting, a
 * deadline); anything later is taken to be last year's, since news mostly reports the past.
 */
const FUTURE_WINDOW_DAYS = 60;

function withinWindow(anchor: Ymd, date: Ymd): boolean {
  return daysBetween(anchor, date) <= FUTURE_WINDOW_DAYS;
}

/** Year of a day and month written without one. Feb 29 is compared as Feb 28. */
export function yearOfDayMonth(anchor: Ymd, month: number, day: number): number {
  const probe = { y: anchor.y, m: month, d: Math.min(day, daysInMonth(anchor.y, month)) };
  return withinWindow(anchor, probe) ? anchor.y : anchor.y - 1;
}

/**
 * Year of a month written without one: with a last/next word, strictly before/after the
 * anchor's month; with a this word, the anchor's year; alone, the window rule on its 1st day.
 */
export function yearOfMonth(anchor: Ymd, month: number, shift: Shift | undefined): number {
  if (shift === -1) return month < anchor.m ? anchor.y : anchor.y - 1;
  if (shift === 1) return month > anchor.m ? anchor.y : anchor.y + 1;
  if (shift === 0) return anchor.y;
  return withinWindow(anchor, { y: anchor.y, m: month, d: 1 }) ? anchor.y : anchor.y - 1;
}

export function dayPrecision(date: Ymd, relative: boolean): Resolved | undefined {
  return isValidDate(date) ? { date, precision: 'day', relative } : undefined;
}

/**
 * A weekday: alone, the latest on or before the anchor (the anchor itself if it is that day);
 * with last, strictly before (1–7 days back); with next, strictly after; with this, as alone.
 */
export function weekdayDate(anchor: Ymd, weekday: number, shift: Shift | undefined): Ymd {
  const back = (weekdayOf(anchor) - weekday + 7) % 7; // 0 when the anchor is that weekday
  const ahead = (7 - back) % 7;
  if (shift === 1) return addDays(anchor, ahead === 0 ? 7 : ahead);
  if (shift === -1) return addDays(anchor, back === 0 ? -7 : -back);
  return addDays(anchor, -back);
}

/** First day of the week `shift` weeks from the anchor's week. */
function weekStart(anchor: Ymd, startsOn: number, shift: number): Ymd {
  const intoWeek = (weekdayOf(anchor) - startsOn + 7) % 7;
  return addDays(anchor, -intoWeek + 7 * shift);
}

/** The week, month or year `shift` units from the anchor's. */
export function calendarUnitDate(anchor: Ymd, unit: Unit, shift: number, weekStartsOn: number): Resolved | undefined {
  switch (unit) {
    case 'week':
      return { date: weekStart(anchor, weekStartsOn, shift), precision: 'day', relative: true };
    case 'month':
      return { date: addMonths(anchor, shift), precision: 'month', relative: true };
    case 'year':
      return { date: { y: anchor.y + shift, m: 1, d: 1 }, precision: 'year', relative: true };
    case 'day':
      return undefined;
  }
}

/** `count` units before the anchor: days and weeks to the day, months to the month, years to the year. */
export function agoDate(anchor: Ymd, unit: Unit, count: number): Resolved {
  switch (unit) {
    case 'day':
      return { date: addDays(anchor, -count), precision: 'day', relative: true };
    case 'week':
      return { date: addDays(anchor, -7 * count), precision: 'day', relative: true };
    case 'month':
      return { date: addMonths(anchor, -count), precision: 'month', relative: true };
    case 'year':
      return { date: { y: anchor.y - count, m: 1, d: 1 }, precision: 'year', relative: true };
  }
}

/** A Hijri day and month; without a year, the Hijri year that keeps it within the window. */
export function hijriDate(anchor: Ymd | undefined, month: number, day: number, year: number | undefined): Resolved | undefined {
  if (year !== undefined) {
    const date = hijriToGregorian({ y: year, m: month, d: day });
    return date && { date, precision: 'day', relative: false };
  }
  if (!anchor) return undefined;
  const thisYear = hijriYearOf(anchor);
  const sameYear = hijriToGregorian({ y: thisYear, m: month, d: day });
  const date = sameYear && withinWindow(anchor, sameYear) ? sameYear : hijriToGregorian({ y: thisYear - 1, m: month, d: day });
  return date && { date, precision: 'day', relative: true };
}
