/**
 * Calendar arithmetic on plain year-month-day triples (proleptic Gregorian, no time zones),
 * and conversion from the Hijri (Umm al-Qura) calendar through the ICU data built into Node.
 */

export interface Ymd {
  y: number;
  m: number; // 1–12
  d: number; // 1–31
}

export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const MS_PER_DAY = 86_400_000;

function toEpochDay(date: Ymd): number {
  const utc = new Date(0);
  utc.setUTCFullYear(date.y, date.m - 1, date.d); // unlike Date.UTC, keeps years 0–99 as written
  return Math.floor(utc.getTime() / MS_PER_DAY);
}

function fromEpochDay(day: number): Ymd {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : monthLength(m);
}

function monthLength(m: number): number {
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function isValidDate(date: Ymd): boolean {
  return (
    Number.isInteger(date.y) && date.y >= 1 && date.y <= 9999 &&
    Number.isInteger(date.m) && date.m >= 1 && date.m <= 12 &&
    Number.isInteger(date.d) && date.d >= 1 && date.d <= daysInMonth(date.y, date.m)
  );
}

/** Parses YYYY-MM-DD; anything else (or an impossible date) gives undefined. */
export function parseIsoDate(text: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(date) ? date : undefined;
}

export function toIsoDate(date: Ymd): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromEpochDay(toEpochDay(date) + days);
}

/** The first day of the month `months` months away from the month of `date`. */
export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1, d: 1 };
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Ymd, to: Ymd): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: Ymd): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

// --- Hijri (Umm al-Qura) -------------------------------------------------------------------

let hijriFormat: Intl.DateTimeFormat | undefined;

function hijriOf(date: Ymd): Ymd {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
  });
  const parts = hijriFormat.formatToParts(new Date(toEpochDay(date) * MS_PER_DAY));
  const part = (type: string): number => parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
  return { y: part('year'), m: part('month'), d: part('day') };
}

export function hijriYearOf(date: Ymd): number {
  return hijriOf(date).y;
}

/** Epoch day of a Hijri date in the arithmetical (tabular) calendar: within two days of Umm al-Qura. */
function tabularHijriEpochDay(hijri: Ymd): number {
  const julianDay =
    hijri.d + Math.ceil(29.5 * (hijri.m - 1)) + (hijri.y - 1) * 354 + Math.floor((3 + 11 * hijri.y) / 30) + 1948439;
  return Math.floor(julianDay - 2440588); // Julian day 2440588 is 1970-01-01 (day 0)
}

/** Gregorian date of a Hijri date, or undefined if the Hijri date does not exist (30th of a 29-day month). */
export function hijriToGregorian(hijri: Ymd): Ymd | undefined {
  if (hijri.m < 1 || hijri.m > 12 || hijri.d < 1 || hijri.d > 30 || hijri.y < 1 || hijri.y > 2000) return undefined;
  const guess = tabularHijriEpochDay(hijri);
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const candidate = fromEpochDay(guess + delta);
    const back = hijriOf(candidate);
    if (back.y === hijri.y && back.m === hijri.m && back.d === hijri.d) return candidate;
  }
  return undefined;
}
