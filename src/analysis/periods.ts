/**
 * Periods of a series: days (2021-03-07), ISO weeks (2021-W09) and months (2021-03). SQLite names
 * a row's period with `strftime` (formats bound as values); the same keys are made here to list
 * every period of a range, so that periods without events appear with zeros.
 */

export type Period = 'day' | 'week' | 'month';
export const PERIODS: readonly Period[] = ['day', 'week', 'month'];

/** strftime formats, the same as the store's dyad series uses. */
export const PERIOD_FORMAT: Record<Period, string> = { day: '%Y-%m-%d', week: '%G-W%V', month: '%Y-%m' };

/** The whole stored range when a query gives no bound. */
export const FIRST_DAY = '0000-01-01';
export const LAST_DAY = '9999-12-31';

const DAY_MS = 86_400_000;

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** ISO 8601 week: the week (Monday first) holding the year's first Thursday is week 1. */
function isoWeek(day: string): string {
  const d = utc(day);
  const weekday = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(d.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function periodOf(day: string, by: Period): string {
  if (by === 'day') return day;
  return by === 'month' ? day.slice(0, 7) : isoWeek(day);
}

/** Every period from the one holding `from` to the one holding `to`, in order. */
export function periodsBetween(from: string, to: string, by: Period): string[] {
  const out: string[] = [];
  // a step of a day is enough for a few decades of periods, and keeps the keys those of periodOf
  for (let t = utc(from).getTime(), end = utc(to).getTime(); t <= end; t += DAY_MS) {
    const key = periodOf(new Date(t).toISOString().slice(0, 10), by);
    if (out.at(-1) !== key) out.push(key);
  }
  return out;
}

/** Trailing moving average over `window` values (fewer at the start of the series). */
export function movingAverage(values: readonly number[], window: number): number[] {
  const out: number[] = [];
  let sum = 0;
  values.forEach((v, i) => {
    sum += v;
    if (i >= window) sum -= values[i - window] ?? 0;
    out.push(sum / Math.min(i + 1, window));
  });
  return out;
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
