import type { DateMention, Language, Token } from '../../model/index.ts';
import { normaliseWithOffsets, originalSpan, type NormalisedText } from '../normalise.ts';
import { matchDayMonth, matchMonth, matchNotDate, matchNumeric, matchPart, matchYear } from './absolute.ts';
import { parseIsoDate, toIsoDate } from './calendar.ts';
import { grammarFor, type Grammar, type GrammarLanguage } from './grammar.ts';
import { firstWordReadings, PhraseTable } from './phrases.ts';
import { matchAgo, matchCalendarUnit, matchRelativeDay, matchWeekday, withDayPrefixes } from './relative.ts';
import type { Candidate, Matcher, Scan } from './scan.ts';
import { dateTokensFromDocument, tokeniseNormalised, type DateToken } from './tokens.ts';
import { chronoEnglishDates } from './chrono-fallback.ts';
import { BoundedCache } from '../../util/bounded-cache.ts';

/**
 * The date finder: absolute and relative dates in Arabic and English, resolved against the
 * article date. Words come from data/lang/{ar,en}/dates.yaml; the resolution rules are in
 * resolve.ts and described in the header of data/lang/ar/dates.yaml.
 *
 * The text is normalised (hamza, ta marbuta, digits, case…), split into tokens, and at each
 * token every matcher proposes its longest date; overlapping proposals are settled longest
 * first. Every matcher looks a bounded number of tokens ahead, so the whole is linear.
 */

export type { DateMention, DatePrecision } from '../../model/index.ts';

/** The matchers of a single day, which may carry يوم / صباح / مساء before them. */
const dayMatcher: Matcher = withDayPrefixes(longestOf([matchWeekday, matchRelativeDay, matchDayMonth, matchNumeric]));

const MATCHERS: Matcher[] = [matchNotDate, dayMatcher, matchMonth, matchPart, matchCalendarUnit, matchAgo, matchYear];

function longestOf(matchers: Matcher[]): Matcher {
  return (s, i) => {
    let best: Candidate | undefined;
    for (const match of matchers) {
      const found = match(s, i);
      if (found && (!best || found.next > best.next)) best = found;
    }
    return best;
  };
}

const matchAt = longestOf(MATCHERS);

/** Arabic and English text use their own words; other text is tried with both. */
function grammarLanguages(lang: Language): GrammarLanguage[] {
  return lang === 'other' ? ['ar', 'en'] : [lang];
}

/**
 * Tables the matchers read only after a date's first token (links, markers, words after a day or
 * a unit) or before it (context words): their words alone open no date. Every other table may be
 * read at a date's first token, so a table missing here costs time, never a date.
 */
const NEVER_OPENING: ReadonlySet<keyof Grammar> = new Set<keyof Grammar>([
  'contextWords', 'hijriMonths', 'hijriYearMarkers', 'gregorianYearMarkers', 'timesOfDayAfter', 'weekdayLinks',
  'weekdayPairLinks', 'ordinalSuffixes', 'dayMonthLinks', 'yearLinks', 'notAfterRelativeDay', 'notBeforeRelativeDay',
  'qualifiersAfter', 'agoAfter', 'notAfterAgo',
]);

/** Where a grammar's dates may start: the words that open them, and the verdict per word seen. */
interface DateStarts {
  g: Grammar;
  /** Every word a phrase table read at a date's first token starts with. */
  words: Set<string>;
  known: BoundedCache<string, boolean>;
}

const startsCache = new WeakMap<Grammar, DateStarts>();

function dateStarts(g: Grammar): DateStarts {
  let starts = startsCache.get(g);
  if (starts) return starts;
  const words = new Set<string>();
  for (const [key, value] of Object.entries(g)) {
    if (value instanceof PhraseTable && !NEVER_OPENING.has(key as keyof Grammar)) for (const w of value.starts) words.add(w);
  }
  startsCache.set(g, (starts = { g, words, known: new BoundedCache(100_000) }));
  return starts;
}

/**
 * Most tokens start no date: only numbers, and words (with or without a proclitic) or punctuation
 * that open a phrase do — every matcher begins with a number or a phrase-table lookup.
 */
function mayStartDate(t: DateToken, starts: DateStarts): boolean {
  if (t.kind === 'number') return true;
  if (t.kind === 'punct') return starts.words.has(t.norm);
  const known = starts.known.get(t.norm);
  return known !== undefined ? known : starts.known.set(t.norm, firstWordReadings(t.norm, starts.g.proclitics).some((r) => starts.words.has(r.word)));
}

function spanLength(tokens: DateToken[], c: Candidate): number {
  const first = tokens[c.first] as DateToken;
  const last = tokens[c.next - 1] as DateToken;
  return last.end - first.start - c.skip;
}

/** Keeps non-overlapping candidates, longest first (earlier first among equals). */
function selectLongest(tokens: DateToken[], candidates: Candidate[]): Candidate[] {
  if (candidates.length === 0) return candidates; // most sentences: nothing to sort
  const byLength = [...candidates].sort((a, b) => spanLength(tokens, b) - spanLength(tokens, a) || a.first - b.first);
  const taken = new Uint8Array(tokens.length);
  const kept: Candidate[] = [];
  for (const c of byLength) {
    if (taken.subarray(c.first, c.next).some((t) => t === 1)) continue;
    taken.fill(1, c.first, c.next);
    kept.push(c);
  }
  return kept.sort((a, b) => a.first - b.first);
}

function toMention(text: string, n: NormalisedText, tokens: DateToken[], c: Candidate): DateMention | undefined {
  if (!c.resolved) return undefined;
  const [start, end] = originalSpan(n, (tokens[c.first] as DateToken).start + c.skip, (tokens[c.next - 1] as DateToken).end);
  return {
    start,
    end,
    text: text.slice(start, end),
    date: toIsoDate(c.resolved.date),
    precision: c.resolved.precision,
    relative: c.resolved.relative,
  };
}

/** The dates the grammar reads in date tokens: non-overlapping, in order, longest first. */
function grammarDates(tokens: DateToken[], anchor: string, lang: Language): Candidate[] {
  const anchorDate = parseIsoDate(anchor);
  const candidates: Candidate[] = [];
  for (const language of grammarLanguages(lang)) {
    const g = grammarFor(language);
    const scan: Scan = { tokens, g, anchor: anchorDate, readings: [] };
    const starts = dateStarts(g);
    for (let i = 0; i < tokens.length; i++) {
      if (!mayStartDate(tokens[i] as DateToken, starts)) continue;
      const found = matchAt(scan, i);
      if (found) candidates.push(found);
    }
  }
  return selectLongest(tokens, candidates);
}

/** The mentions of `text` (whose normalised form `tokens` were read from), with chrono's English readings. */
function mentionsOf(text: string, normalised: NormalisedText, tokens: DateToken[], kept: Candidate[], anchor: string, lang: Language): DateMention[] {
  const found = kept.map((c) => toMention(text, normalised, tokens, c)).filter((m): m is DateMention => m !== undefined);
  return lang === 'ar' ? found : withChronoFallback(text, anchor, found);
}

/**
 * Finds the dates in `text`, resolving relative ones against `anchor` (the article date,
 * YYYY-MM-DD; if it is not a valid date, only dates that need no anchor are found).
 * Mentions are sorted by start and do not overlap.
 */
export function findDates(text: string, anchor: string, lang: Language): DateMention[] {
  if (text.length === 0) return [];
  const normalised = normaliseWithOffsets(text);
  const tokens = tokeniseNormalised(normalised.norm);
  return mentionsOf(text, normalised, tokens, grammarDates(tokens, anchor, lang), anchor, lang);
}

/**
 * The same as `findDates(text.slice(start, end), …)` with offsets into `text`, reading the date
 * tokens off the document's tokens of that span (`docTokens`) rather than normalising and
 * tokenising the span again: the offset map back to the text is built only when a date is found.
 */
export function findDatesInSpan(text: string, start: number, end: number, docTokens: readonly Token[], anchor: string, lang: Language): DateMention[] {
  const tokens = start < end ? dateTokensFromDocument(text, start, end, docTokens) : undefined;
  const slice = (): string => text.slice(start, end);
  if (tokens === undefined) return atOffset(findDates(slice(), anchor, lang), start);
  const kept = grammarDates(tokens, anchor, lang);
  if (kept.length === 0 && lang === 'ar') return []; // most sentences: no slice, no offset map
  const spanText = slice();
  return atOffset(mentionsOf(spanText, normaliseWithOffsets(spanText), tokens, kept, anchor, lang), start);
}

function atOffset(mentions: DateMention[], offset: number): DateMention[] {
  return mentions.map((d) => ({ ...d, start: d.start + offset, end: d.end + offset }));
}

/**
 * Adds chrono-node's certain English readings (chrono-fallback.ts) where the grammar found
 * nothing, or where a chrono reading contains the grammar's and says more (Dec 7th '21 ⊃ Dec 7th).
 */
function withChronoFallback(text: string, anchor: string, found: DateMention[]): DateMention[] {
  let kept = found;
  for (const c of chronoEnglishDates(text, anchor)) {
    const overlapping = kept.filter((m) => m.start < c.end && c.start < m.end);
    const containsThem = overlapping.every((m) => c.start <= m.start && m.end <= c.end && c.end - c.start > m.end - m.start);
    const saysMore = overlapping.every((m) => m.date !== c.date); // "on 7 December 2021" adds nothing
    if (containsThem && saysMore) kept = [...kept.filter((m) => !overlapping.includes(m)), c];
  }
  return kept === found ? found : kept.sort((a, b) => a.start - b.start);
}
