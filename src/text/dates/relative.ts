import { addDays } from './calendar.ts';
import { matchDayMonth, matchNumeric } from './absolute.ts';
import { agoDate, calendarUnitDate, weekdayDate } from './resolve.ts';
import { calendarUnitAt, look, smallNumberAt, type Candidate, type Matcher, type Parsed, type Scan } from './scan.ts';
import type { Unit } from './grammar.ts';

/**
 * Dates named relative to the article: أمس، الثلاثاء الماضي، الشهر المقبل، قبل ثلاثة أيام,
 * yesterday, last Tuesday, two weeks ago — and the words that may come before a day
 * (يوم، صباح، مساء …).
 */

/** Up to this many link words between a weekday and its date: الأحد، الموافق 5 مايو. */
const MAX_WEEKDAY_LINKS = 2;

/** الأحد 5 مايو، الأحد الموافق 5 مايو، Tuesday, December 7: the weekday introduces a date. */
function dateAfterWeekday(s: Scan, j: number): Candidate | undefined {
  let k = j;
  for (let n = 0; n < MAX_WEEKDAY_LINKS; n++) {
    const date = matchDayMonth(s, k) ?? matchNumeric(s, k);
    if (date) return date;
    const link = look(s, s.g.weekdayLinks, k);
    if (!link) return undefined;
    k = link.next;
  }
  return matchDayMonth(s, k) ?? matchNumeric(s, k);
}

/** ليل الاثنين الثلاثاء: the next day written after the first, for a night across both. */
function secondWeekdayEnd(s: Scan, j: number, weekday: number): number | undefined {
  const link = look(s, s.g.weekdayPairLinks, j);
  for (const k of link ? [link.next, j] : [j]) {
    const second = look(s, s.g.weekdays, k);
    if (second?.value === (weekday + 1) % 7) return second.next;
  }
  return undefined;
}

/** A time of day written after a day: Tuesday night, yesterday morning. */
function afterTimeOfDay(s: Scan, j: number): number {
  return look(s, s.g.timesOfDayAfter, j)?.next ?? j;
}

/** الثلاثاء، الثلاثاء الماضي، last Tuesday, الأحد 5 مايو. */
export function matchWeekday(s: Scan, i: number): Candidate | undefined {
  const before = look(s, s.g.qualifiersBefore, i, true);
  const weekday = look(s, s.g.weekdays, before?.next ?? i, before === undefined);
  if (!weekday) return undefined;
  const skip = (before ?? weekday).skip;
  if (!before) {
    const dated = dateAfterWeekday(s, weekday.next);
    if (dated) return { ...dated, first: i, skip };
  }
  const after = before ? undefined : look(s, s.g.qualifiersAfter, weekday.next);
  const qualifier = before ?? after;
  let next = after?.next ?? weekday.next;
  if (!qualifier) next = secondWeekdayEnd(s, next, weekday.value) ?? next;
  next = afterTimeOfDay(s, next);
  if (!s.anchor) return undefined;
  const date = weekdayDate(s.anchor, weekday.value, qualifier?.value);
  return { first: i, skip, next, resolved: { date, precision: 'day', relative: true } };
}

/** اليوم التالي، اليوم السادس عشر، ذلك اليوم: "day" as a plain noun, not "today". */
function isPlainNoun(s: Scan, i: number, next: number): boolean {
  return (
    look(s, s.g.notAfterRelativeDay, next) !== undefined ||
    look(s, s.g.dayOrdinals, next) !== undefined ||
    (i > 0 && look(s, s.g.notBeforeRelativeDay, i - 1, true)?.next === i)
  );
}

/** أمس، أول أمس، غدا، اليوم، yesterday — and أمس الأحد (yesterday, Sunday). */
export function matchRelativeDay(s: Scan, i: number): Candidate | undefined {
  const day = look(s, s.g.relativeDays, i, true);
  if (!day || !s.anchor || isPlainNoun(s, i, day.next)) return undefined;
  const weekday = look(s, s.g.weekdays, day.next);
  const next = afterTimeOfDay(s, weekday?.next ?? day.next);
  return { first: i, skip: day.skip, next, resolved: { date: addDays(s.anchor, day.value), precision: 'day', relative: true } };
}

/** الأسبوع الماضي، الشهر الجاري، هذا العام، next month. A unit without last/this/next is not a date. */
export function matchCalendarUnit(s: Scan, i: number): Candidate | undefined {
  const unit = calendarUnitAt(s, i, true);
  if (!unit?.value.qualified || !s.anchor) return undefined;
  const resolved = calendarUnitDate(s.anchor, unit.value.unit, unit.value.shift, s.g.weekStartsOn);
  return resolved && { first: i, skip: unit.skip, next: unit.next, resolved };
}

/** A count and its unit: ثلاثة أيام، 11 يوما، يومين، أسبوع, two weeks, a month. */
function countedUnitAt(s: Scan, i: number, first: boolean): Parsed<{ unit: Unit; count: number; implied: boolean }> | undefined {
  const digits = smallNumberAt(s, i, 3);
  const word = digits === undefined ? look(s, s.g.numbers, i, first) : undefined;
  const j = digits !== undefined ? i + 1 : word?.next ?? i;
  const unit = look(s, s.g.countUnits, j, first && j === i);
  if (!unit) return undefined;
  const count = digits ?? word?.value ?? unit.value.impliedCount;
  if (count === undefined || count < 1) return undefined;
  const implied = digits === undefined && word === undefined;
  // Arabic writes "one" after the noun: يوم واحد، شهر واحد.
  const echo = implied ? look(s, s.g.numbers, unit.next) : undefined;
  const next = echo?.value === count ? echo.next : unit.next;
  return { value: { unit: unit.value.unit, count, implied: implied && next === unit.next }, next, skip: (word ?? unit).skip };
}

function isDefinite(s: Scan, j: number): boolean {
  const t = s.tokens[j];
  return t?.kind === 'word' && s.g.definiteArticles.some((a) => t.norm.length > a.length && t.norm.startsWith(a));
}

/**
 * After قبل/منذ + count + unit, what follows may show "before something" rather than "ago":
 * a date name (قبل عام 2021، قبل شهر رمضان), من/على (قبل يومين من الانتخابات), or — for a
 * unit without a count — a definite word (قبل يوم الانتخابات).
 */
function beforeSomethingElse(s: Scan, j: number, impliedCount: boolean): boolean {
  const t = s.tokens[j];
  return (
    (impliedCount && isDefinite(s, j)) ||
    t?.kind === 'number' ||
    look(s, s.g.notAfterAgo, j) !== undefined ||
    look(s, s.g.months, j) !== undefined ||
    look(s, s.g.monthWords, j) !== undefined ||
    look(s, s.g.hijriMonths, j) !== undefined ||
    look(s, s.g.weekdays, j) !== undefined
  );
}

/** قبل ثلاثة أيام، منذ يومين، قبل نحو أسبوعين، three days ago, about a month ago. */
export function matchAgo(s: Scan, i: number): Candidate | undefined {
  const before = look(s, s.g.agoBefore, i, true);
  const approx = look(s, s.g.approximately, before?.next ?? i, before === undefined);
  const j = approx?.next ?? before?.next ?? i;
  const counted = countedUnitAt(s, j, j === i);
  if (!counted || !s.anchor) return undefined;
  const skip = (before ?? approx ?? counted).skip;
  let next = counted.next;
  if (before) {
    if (beforeSomethingElse(s, next, counted.value.implied)) return undefined;
  } else {
    const after = look(s, s.g.agoAfter, next);
    if (!after) return undefined;
    next = after.next;
  }
  return { first: i, skip, next, resolved: agoDate(s.anchor, counted.value.unit, counted.value.count) };
}

/**
 * Words written before a day and kept in its span: يوم الأحد، صباح اليوم، مساء يوم الخميس.
 * They are taken only when what follows is a single day.
 */
export function withDayPrefixes(core: Matcher): Matcher {
  return (s, i) => {
    const time = look(s, s.g.timesOfDayBefore, i, true);
    const dayWord = look(s, s.g.dayWords, time?.next ?? i, time === undefined);
    const j = dayWord?.next ?? time?.next ?? i;
    if (j === i) return core(s, i);
    const found = core(s, j);
    if (found?.resolved?.precision !== 'day') return undefined;
    return { ...found, first: i, skip: (time ?? dayWord)?.skip ?? 0 };
  };
}
