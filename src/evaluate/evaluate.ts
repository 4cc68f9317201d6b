import { Coder } from '../coder/index.ts';
import { PloverType } from '../model/index.ts';
import type { GoldSentence } from './gold.ts';
import { f1, newScores, scoreSentence, type Scores } from './score.ts';

/** One sentence where the coder and the gold disagree, for `nasij eval --errors`. */
export interface Disagreement {
  id: string;
  text: string;
  gold: string[];
  coded: string[];
}

const sideOf = (codes: string[]): string => codes.join('+') || '-';

/** Codes every gold sentence (as a one-sentence document dated as the gold says) and scores it. */
export function evaluate(coder: Coder, gold: GoldSentence[], disagreements?: Disagreement[]): Scores {
  const scores = newScores();
  for (const g of gold) {
    const { records } = coder.code({ docId: g.id, text: g.text, date: g.date, lang: g.lang });
    scoreSentence(scores, g, records);
    if (!disagreements) continue;
    const goldEvents = g.events.map((e) => `${e.type} ${sideOf(e.sources)}>${sideOf(e.targets)}`).sort();
    const coded = records.flatMap((r) =>
      r.kind === 'event' ? [`${r.type} ${sideOf([...new Set(r.sources.map((a) => a.code))])}>${sideOf([...new Set(r.targets.map((a) => a.code))])} «${r.trigger.text}» ${r.rule}`] : [],
    );
    const codedKeys = coded.map((c) => c.replace(/ «.*$/, '')).sort();
    if (goldEvents.join('|') !== codedKeys.join('|')) disagreements.push({ id: g.id, text: g.text, gold: goldEvents, coded });
  }
  return scores;
}

export function formatDisagreements(list: Disagreement[]): string {
  return list.map((d) => `${d.id}: ${d.text}\n  gold:  ${d.gold.join('; ') || '—'}\n  coded: ${d.coded.join('; ') || '—'}`).join('\n');
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const ratio = (r: { correct: number; total: number }): string => (r.total === 0 ? '  n/a' : pct(r.correct / r.total));

/** A plain-text report: per-type P/R/F1, actor and date accuracy, memberships, confusion. */
export function formatReport(s: Scores): string {
  const lines: string[] = [`sentences: ${s.sentences}`, '', 'type          gold  pred    P      R      F1'];
  for (const type of PloverType.options) {
    const c = s.byType.get(type);
    if (!c) continue;
    const m = f1(c);
    lines.push(`${type.padEnd(12)} ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(5)}  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`);
  }
  const micro = f1(s.micro);
  lines.push(`${'all (micro)'.padEnd(12)} ${String(s.micro.tp + s.micro.fn).padStart(5)} ${String(s.micro.tp + s.micro.fp).padStart(5)}  ${pct(micro.precision)}  ${pct(micro.recall)}  ${pct(micro.f1)}`);
  lines.push('', 'on detected events (gold and coder agree on the type):');
  lines.push(`  source actor accuracy  ${ratio(s.source)}%  (${s.source.correct}/${s.source.total})`);
  lines.push(`  target actor accuracy  ${ratio(s.target)}%  (${s.target.correct}/${s.target.total})`);
  lines.push(`  date accuracy          ${ratio(s.date)}%  (${s.date.correct}/${s.date.total} with a stated date)`);
  lines.push(`  negation accuracy      ${ratio(s.negation)}%  (${s.negation.correct}/${s.negation.total})`);
  const mm = f1(s.memberships);
  const gg = f1(s.groupings);
  lines.push('', `memberships   P ${pct(mm.precision)}  R ${pct(mm.recall)}  F1 ${pct(mm.f1)}  (${s.memberships.tp + s.memberships.fn} gold)`);
  lines.push(`founded groupings P ${pct(gg.precision)}  R ${pct(gg.recall)}  F1 ${pct(gg.f1)}  (${s.groupings.tp + s.groupings.fn} gold)`);
  lines.push('', 'confusion (gold → coded, unmatched events only):');
  const rows = [...s.confusion.entries()].flatMap(([g, row]) => [...row.entries()].map(([p, n]) => ({ g, p, n }))).sort((a, b) => b.n - a.n);
  for (const r of rows.slice(0, 25)) lines.push(`  ${r.g.padEnd(10)} → ${r.p.padEnd(10)} ${r.n}`);
  return lines.join('\n');
}
