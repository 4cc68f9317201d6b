import type { Event, Grouping, Membership, PloverType } from '../model/index.ts';
import type { CodedRecord } from '../coder/index.ts';
import type { GoldEvent, GoldSentence } from './gold.ts';

/**
 * Scoring a coder against a gold set, sentence by sentence. Predicted and gold events of the same
 * type are paired greedily by actor agreement; pairs count as hits per type. On the pairs, source
 * and target accuracy compare the sets of codes (where gold gives that side), and date accuracy
 * compares dates (where gold states one). Unpaired events in a sentence form the confusion table.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  sentences: number;
  byType: Map<PloverType, Counts>;
  micro: Counts;
  source: { correct: number; total: number };
  target: { correct: number; total: number };
  date: { correct: number; total: number };
  negation: { correct: number; total: number };
  memberships: Counts;
  groupings: Counts;
  /** gold type (or "none") → predicted type (or "none") → count, for mismatches. */
  confusion: Map<string, Map<string, number>>;
}

export function f1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
const codes = (refs: { code: string }[]): string[] => [...new Set(refs.map((r) => r.code))];

function agreement(g: GoldEvent, p: Event): number {
  return (sameSet(g.sources, codes(p.sources)) ? 2 : 0) + (sameSet(g.targets, codes(p.targets)) ? 1 : 0);
}

export function newScores(): Scores {
  return {
    sentences: 0, byType: new Map(), micro: { tp: 0, fp: 0, fn: 0 },
    source: { correct: 0, total: 0 }, target: { correct: 0, total: 0 }, date: { correct: 0, total: 0 },
    negation: { correct: 0, total: 0 }, memberships: { tp: 0, fp: 0, fn: 0 }, groupings: { tp: 0, fp: 0, fn: 0 }, confusion: new Map(),
  };
}

function bump(s: Scores, type: PloverType, key: keyof Counts): void {
  const c = s.byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
  c[key]++;
  s.byType.set(type, c);
  s.micro[key]++;
}

function confuse(s: Scores, gold: string, predicted: string): void {
  const row = s.confusion.get(gold) ?? new Map<string, number>();
  row.set(predicted, (row.get(predicted) ?? 0) + 1);
  s.confusion.set(gold, row);
}

function scorePair(s: Scores, g: GoldEvent, p: Event): void {
  bump(s, g.type, 'tp');
  if (g.sources.length > 0) {
    s.source.total++;
    if (sameSet(g.sources, codes(p.sources))) s.source.correct++;
  }
  if (g.targets.length > 0) {
    s.target.total++;
    if (sameSet(g.targets, codes(p.targets))) s.target.correct++;
  }
  if (g.date) {
    s.date.total++;
    if (p.date === g.date) s.date.correct++;
  }
  s.negation.total++;
  if ((g.negated ?? false) === p.negated) s.negation.correct++;
}

function scoreEvents(s: Scores, gold: GoldEvent[], predicted: Event[]): void {
  const left = [...predicted];
  const unmatched: GoldEvent[] = [];
  for (const g of gold) {
    let best = -1;
    let bestScore = -1;
    left.forEach((p, i) => {
      if (p.type !== g.type) return;
      const a = agreement(g, p);
      if (a > bestScore) [best, bestScore] = [i, a];
    });
    if (best < 0) {
      unmatched.push(g);
      continue;
    }
    const [p] = left.splice(best, 1);
    if (p) scorePair(s, g, p);
  }
  for (const g of unmatched) bump(s, g.type, 'fn');
  for (const p of left) bump(s, p.type, 'fp');
  for (let i = 0; i < Math.max(unmatched.length, left.length); i++) {
    confuse(s, i < unmatched.length ? (unmatched[i]?.type ?? 'none') : 'none', i < left.length ? (left[i]?.type ?? 'none') : 'none');
  }
}

function scoreSet(c: Counts, gold: string[], predicted: string[]): void {
  const left = [...predicted];
  for (const g of gold) {
    const i = left.indexOf(g);
    if (i >= 0) {
      c.tp++;
      left.splice(i, 1);
    } else c.fn++;
  }
  c.fp += left.length;
}

export function scoreSentence(s: Scores, gold: GoldSentence, records: CodedRecord[]): void {
  s.sentences++;
  scoreEvents(s, gold.events, records.filter((r): r is Event => r.kind === 'event'));
  const memberships = records.filter((r): r is Membership => r.kind === 'membership');
  // a grouping founded in the sentence is the gold's NEW whether or not the lexicon already knows it
  // (the gold is written without looking at the lexicon)
  const grouping = (code: string, change: string): string => (code.startsWith('NEW') || change === 'found' ? 'NEW' : code);
  const key = (actor: string, code: string, change: string): string => `${actor}|${grouping(code, change)}|${change}`;
  scoreSet(s.memberships, gold.memberships.map((m) => key(m.actor, m.grouping, m.change)), memberships.map((m) => key(m.actor.code, m.grouping.code, m.change)));
  scoreSet(s.groupings, gold.groupings.map((g) => membersKey(g.members)), foundedGroupings(records, memberships));
}

const membersKey = (list: string[]): string => [...new Set(list)].sort().join(',');

/** Groupings founded in the sentence, by their members: new ones, and lexicon ones with founding records. */
function foundedGroupings(records: CodedRecord[], memberships: Membership[]): string[] {
  const found = records.filter((r): r is Grouping => r.kind === 'grouping' && r.new).map((g) => membersKey(g.members));
  const founders = new Map<string, string[]>();
  for (const m of memberships) {
    if (m.change !== 'found' || m.grouping.code.startsWith('NEW')) continue;
    founders.set(m.grouping.code, [...(founders.get(m.grouping.code) ?? []), m.actor.code]);
  }
  return [...found, ...[...founders.values()].map(membersKey)];
}
