import type { Node } from 'yaml';
import { dataPath } from '../../datafile/paths.ts';
import { normalise } from '../normalise.ts';
import { WEEKDAY_NAMES } from './calendar.ts';
import { PhraseTable, type Proclitics } from './phrases.ts';
import { cliticRoles } from '../clitics.ts';

/** The value of `proclitics` that takes them from the language's clitic table. */
const FROM_CLITICS = 'clitics';
import { tokeniseNormalised } from './tokens.ts';
import { YamlFile, type YamlString } from './yaml-reader.ts';

/**
 * A language's date words, compiled once from `data/lang/<lang>/dates.yaml` into phrase tables.
 * Every key is optional; an unknown key is an error (it is most likely a typo).
 */

const UNITS = ['day', 'week', 'month', 'year'] as const;
export type Unit = (typeof UNITS)[number];
/** last = -1, this = 0, next = +1 */
export type Shift = -1 | 0 | 1;
export type GrammarLanguage = 'ar' | 'en';

export interface MonthName {
  month: number;
  /** Also an ordinary word: needs a day, a year or a context word to count as a month. */
  ambiguous: boolean;
}

export interface CountUnit {
  unit: Unit;
  /** The count the word carries alone: 1 for أسبوع / week, 2 for the dual يومين; none for أيام. */
  impliedCount: number | undefined;
}

export type Flags = PhraseTable<true>;

export interface Grammar {
  file: string;
  numericDayFirst: boolean;
  dayBeforeMonth: boolean;
  monthBeforeDay: boolean;
  weekStartsOn: number;
  proclitics: Proclitics;
  months: PhraseTable<MonthName>;
  monthWords: Flags;
  contextWords: Flags;
  hijriMonths: PhraseTable<number>;
  hijriYearMarkers: Flags;
  gregorianYearMarkers: Flags;
  weekdays: PhraseTable<number>;
  dayWords: Flags;
  timesOfDayBefore: Flags;
  timesOfDayAfter: Flags;
  weekdayLinks: Flags;
  weekdayPairLinks: Flags;
  ordinalSuffixes: Flags;
  dayOrdinals: PhraseTable<number>;
  dayArticles: Flags;
  dayMonthLinks: Flags;
  yearWords: Flags;
  yearLinks: Flags;
  relativeDays: PhraseTable<number>;
  notAfterRelativeDay: Flags;
  notBeforeRelativeDay: Flags;
  qualifiersBefore: PhraseTable<Shift>;
  qualifiersAfter: PhraseTable<Shift>;
  calendarUnits: PhraseTable<Unit>;
  agoBefore: Flags;
  agoAfter: Flags;
  notAfterAgo: Flags;
  definiteArticles: string[];
  approximately: Flags;
  countUnits: PhraseTable<CountUnit>;
  numbers: PhraseTable<number>;
  partsOfMonth: PhraseTable<number>;
  notDates: Flags;
}

const KEYS = [
  'numeric-dates', 'day-month-orders', 'week-starts-on', 'proclitics', 'fused-article', 'months',
  'ambiguous-months', 'month-words', 'context-words', 'hijri-months', 'hijri-year-markers',
  'gregorian-year-markers', 'weekdays', 'day-words', 'times-of-day-before', 'times-of-day-after',
  'weekday-links', 'weekday-pair-links', 'ordinal-suffixes', 'day-ordinals', 'day-articles',
  'day-month-links', 'year-words', 'year-links', 'relative-days', 'not-after-relative-day',
  'not-before-relative-day', 'definite-article',
  'last-words', 'next-words', 'this-words', 'calendar-units', 'ago-words', 'not-after-ago',
  'approximately', 'count-units', 'numbers', 'parts-of-month', 'not-dates',
] as const;
type Key = (typeof KEYS)[number];

/** The words of a phrase in matching form, split the way the text is split. */
function phraseWords(text: string): string[] {
  return tokeniseNormalised(normalise(text)).map((t) => t.norm);
}

/** Reads one data file; `value(key)` is the YAML node under a top-level key (null if absent). */
class GrammarReader {
  private readonly nodes = new Map<string, Node | null>();

  constructor(readonly yaml: YamlFile) {
    for (const entry of yaml.entries(yaml.root, 'the file')) {
      if (!(KEYS as readonly string[]).includes(entry.key)) yaml.fail(entry.line, `unknown key "${entry.key}"`);
      this.nodes.set(entry.key, entry.value);
    }
  }

  node(key: Key): Node | null {
    return this.nodes.get(key) ?? null;
  }

  add<T>(table: PhraseTable<T>, text: string, line: number, value: T): void {
    const words = phraseWords(text);
    if (words.length === 0) this.yaml.fail(line, `"${text}" has nothing to match`);
    const existing = table.add(words, value);
    if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(value)) {
      this.yaml.fail(line, `"${text}" is listed twice with different meanings`);
    }
  }

  /** Plain strings under a key (empty if the key is absent). */
  strings(key: Key): YamlString[] {
    const node = this.node(key);
    return node === null ? [] : this.yaml.strings(node, key);
  }

  flags(key: Key): Flags {
    return this.listFlags(this.strings(key));
  }

  listFlags(list: YamlString[]): Flags {
    const table: Flags = new PhraseTable();
    for (const s of list) this.add(table, s.text, s.line, true);
    return table;
  }

  /** A map of phrase → number between `min` and `max`. */
  numbered(key: Key, min: number, max: number): PhraseTable<number> {
    const table = new PhraseTable<number>();
    const node = this.node(key);
    if (node === null) return table;
    for (const e of this.yaml.entries(node, key)) this.add(table, e.key, e.line, this.yaml.integer(e.value, `${key}: "${e.key}"`, min, max));
    return table;
  }

  /** A map of phrase → one of the words in `allowed`, stored as `toValue(word)`. */
  chosen<T extends string, V>(key: Key, allowed: readonly T[], toValue: (word: T) => V): PhraseTable<V> {
    const table = new PhraseTable<V>();
    const node = this.node(key);
    if (node === null) return table;
    for (const e of this.yaml.entries(node, key)) {
      this.add(table, e.key, e.line, toValue(this.yaml.choice(e.value, `${key}: "${e.key}"`, allowed)));
    }
    return table;
  }

  /** A map whose values are lists under `before:` and/or `after:`. */
  sides(key: Key): { before: YamlString[]; after: YamlString[] } {
    const result = { before: [] as YamlString[], after: [] as YamlString[] };
    const node = this.node(key);
    if (node === null) return result;
    for (const e of this.yaml.entries(node, key)) {
      if (e.key !== 'before' && e.key !== 'after') this.yaml.fail(e.line, `${key} may only have "before:" and "after:"`);
      result[e.key] = this.yaml.strings(e.value, `${key}: ${e.key}`);
    }
    return result;
  }
}

function readMonths(r: GrammarReader): PhraseTable<MonthName> {
  const ambiguous = r.strings('ambiguous-months');
  const ambiguousKeys = new Set(ambiguous.map((s) => phraseWords(s.text).join(' ')));
  const seen = new Set<string>();
  const table = new PhraseTable<MonthName>();
  const node = r.node('months');
  for (const system of node === null ? [] : r.yaml.entries(node, 'months')) {
    for (const e of r.yaml.entries(system.value, `months: ${system.key}`)) {
      const month = r.yaml.integer(e.value, `months: "${e.key}"`, 1, 12);
      const key = phraseWords(e.key).join(' ');
      seen.add(key);
      r.add(table, e.key, e.line, { month, ambiguous: ambiguousKeys.has(key) });
    }
  }
  const stray = ambiguous.find((s) => !seen.has(phraseWords(s.text).join(' ')));
  if (stray) r.yaml.fail(stray.line, `ambiguous-months: "${stray.text}" is not listed under months`);
  return table;
}

/**
 * `proclitics: clitics` takes the language's clitic table (data/lang/ar/clitics.tsv): a conjunction,
 * a preposition or both may be joined to a date's first word, and لل stands for ل + ال.
 */
function procliticsFromClitics(): { plain: string[]; fused: { written: string; article: string }[] } {
  const { conjunctions, prepositions, fused, article } = cliticRoles();
  const plain = [...conjunctions, ...prepositions, ...[...conjunctions].flatMap((c) => [...prepositions].map((p) => c + p))];
  const written = [...fused, ...[...conjunctions].flatMap((c) => [...fused].map((f) => c + f))];
  return { plain, fused: written.map((w) => ({ written: w, article })) };
}

function readProclitics(r: GrammarReader): Proclitics {
  const listed = r.strings('proclitics');
  if (listed.length === 1 && listed[0]?.text === FROM_CLITICS) {
    const { plain, fused } = procliticsFromClitics();
    return { plain: plain.sort((a, b) => b.length - a.length), fused: fused.sort((a, b) => b.written.length - a.written.length) };
  }
  const plain = listed.map((s) => normalise(s.text));
  const fusedNode = r.node('fused-article');
  const fused = fusedNode === null ? [] : r.yaml.entries(fusedNode, 'fused-article').map((e) => ({
    written: normalise(e.key),
    article: normalise(r.yaml.string(e.value, `fused-article: "${e.key}"`)),
  }));
  // Longest first, so وب is tried before و.
  plain.sort((a, b) => b.length - a.length);
  fused.sort((a, b) => b.written.length - a.written.length);
  return { plain, fused };
}

function readQualifiers(r: GrammarReader, side: 'before' | 'after'): PhraseTable<Shift> {
  const table = new PhraseTable<Shift>();
  const shifts: [Key, Shift][] = [['last-words', -1], ['this-words', 0], ['next-words', 1]];
  for (const [key, shift] of shifts) for (const s of r.sides(key)[side]) r.add(table, s.text, s.line, shift);
  return table;
}

function readCountUnits(r: GrammarReader): PhraseTable<CountUnit> {
  const table = new PhraseTable<CountUnit>();
  const node = r.node('count-units');
  if (node === null) return table;
  const implied: Record<string, number | undefined> = { one: 1, two: 2, many: undefined };
  for (const unitEntry of r.yaml.entries(node, 'count-units')) {
    const unit = UNITS.find((u) => u === unitEntry.key);
    if (unit === undefined) r.yaml.fail(unitEntry.line, `count-units: "${unitEntry.key}" is not one of ${UNITS.join(', ')}`);
    for (const form of r.yaml.entries(unitEntry.value, `count-units: ${unit}`)) {
      if (!(form.key in implied)) r.yaml.fail(form.line, `count-units: ${unit} may only have one:, two: and many:`);
      for (const s of r.yaml.strings(form.value, `count-units: ${unit}: ${form.key}`)) {
        r.add(table, s.text, s.line, { unit, impliedCount: implied[form.key] });
      }
    }
  }
  return table;
}

function readNumericOrder(r: GrammarReader): boolean {
  const node = r.node('numeric-dates');
  return node === null || r.yaml.choice(node, 'numeric-dates', ['day-first', 'unambiguous'] as const) === 'day-first';
}

function readDayMonthOrders(r: GrammarReader): { dayBeforeMonth: boolean; monthBeforeDay: boolean } {
  const orders = r.strings('day-month-orders').map((s) => {
    if (s.text !== 'day-month' && s.text !== 'month-day') r.yaml.fail(s.line, 'day-month-orders: use day-month and/or month-day');
    return s.text;
  });
  return { dayBeforeMonth: orders.includes('day-month'), monthBeforeDay: orders.includes('month-day') };
}

function readWeekStart(r: GrammarReader): number {
  const node = r.node('week-starts-on');
  return node === null ? 1 : WEEKDAY_NAMES.indexOf(r.yaml.choice(node, 'week-starts-on', WEEKDAY_NAMES));
}

function compile(file: string): Grammar {
  const r = new GrammarReader(YamlFile.read(file));
  const ago = r.sides('ago-words');
  return {
    file,
    numericDayFirst: readNumericOrder(r),
    ...readDayMonthOrders(r),
    weekStartsOn: readWeekStart(r),
    proclitics: readProclitics(r),
    months: readMonths(r),
    monthWords: r.flags('month-words'),
    contextWords: r.flags('context-words'),
    hijriMonths: r.numbered('hijri-months', 1, 12),
    hijriYearMarkers: r.flags('hijri-year-markers'),
    gregorianYearMarkers: r.flags('gregorian-year-markers'),
    weekdays: r.chosen('weekdays', WEEKDAY_NAMES, (name) => WEEKDAY_NAMES.indexOf(name)),
    dayWords: r.flags('day-words'),
    timesOfDayBefore: r.flags('times-of-day-before'),
    timesOfDayAfter: r.flags('times-of-day-after'),
    weekdayLinks: r.flags('weekday-links'),
    weekdayPairLinks: r.flags('weekday-pair-links'),
    ordinalSuffixes: r.flags('ordinal-suffixes'),
    dayOrdinals: r.numbered('day-ordinals', 1, 31),
    dayArticles: r.flags('day-articles'),
    dayMonthLinks: r.flags('day-month-links'),
    yearWords: r.flags('year-words'),
    yearLinks: r.flags('year-links'),
    relativeDays: r.numbered('relative-days', -7, 7),
    notAfterRelativeDay: r.flags('not-after-relative-day'),
    notBeforeRelativeDay: r.flags('not-before-relative-day'),
    qualifiersBefore: readQualifiers(r, 'before'),
    qualifiersAfter: readQualifiers(r, 'after'),
    calendarUnits: r.chosen('calendar-units', UNITS, (unit) => unit),
    agoBefore: r.listFlags(ago.before),
    agoAfter: r.listFlags(ago.after),
    notAfterAgo: r.flags('not-after-ago'),
    definiteArticles: r.strings('definite-article').map((a) => normalise(a.text)),
    approximately: r.flags('approximately'),
    countUnits: readCountUnits(r),
    numbers: r.numbered('numbers', 1, 999),
    partsOfMonth: r.numbered('parts-of-month', 1, 28),
    notDates: r.flags('not-dates'),
  };
}

const grammars = new Map<GrammarLanguage, Grammar>();

/** The compiled date grammar of a language, read from its data file on first use. */
export function grammarFor(lang: GrammarLanguage): Grammar {
  let g = grammars.get(lang);
  if (!g) {
    g = compile(dataPath('lang', lang, 'dates.yaml'));
    grammars.set(lang, g);
  }
  return g;
}

/** Compiles a date file at any path (for tests of malformed files). */
export function compileGrammarFile(file: string): Grammar {
  return compile(file);
}
