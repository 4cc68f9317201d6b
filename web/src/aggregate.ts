import type { EventSummary } from './api.ts';

/** Client-side tallies over a list of events, for pages whose aggregate has no API route yet. */

/** Events per month and quad class: months in order, and per quad class a count for each month. */
export function byMonthAndQuad(events: EventSummary[]): { months: string[]; counts: Record<number, number[]> } {
  const months = [...new Set(events.map((e) => e.date.slice(0, 7)))].sort();
  const index = new Map(months.map((m, i) => [m, i]));
  const counts: Record<number, number[]> = { 1: [], 2: [], 3: [], 4: [] };
  for (const q of [1, 2, 3, 4]) counts[q] = months.map(() => 0);
  for (const e of events) {
    const row = counts[e.quad_class];
    const i = index.get(e.date.slice(0, 7));
    if (row && i !== undefined) row[i] = (row[i] ?? 0) + 1;
  }
  return { months, counts };
}

export interface DyadCount { source: string; target: string; events: number; goldstein: number }

/** Source→target pairs by how many events they share, busiest first. */
export function topDyads(events: EventSummary[], limit: number): DyadCount[] {
  const pairs = new Map<string, DyadCount>();
  for (const e of events) {
    for (const source of e.sources) {
      for (const target of e.targets) {
        const key = `${source}>${target}`;
        const d = pairs.get(key) ?? { source, target, events: 0, goldstein: 0 };
        d.events += 1;
        d.goldstein += e.goldstein;
        pairs.set(key, d);
      }
    }
  }
  return [...pairs.values()].sort((a, b) => b.events - a.events || a.source.localeCompare(b.source)).slice(0, limit);
}

/** For one actor, the Goldstein sum and event count with each counterpart, in either direction. */
export function withCounterparts(actor: string, events: EventSummary[]): Map<string, { events: number; goldstein: number }> {
  const out = new Map<string, { events: number; goldstein: number }>();
  const seen = new Set<number>();
  for (const e of events) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    const others = e.sources.includes(actor) ? e.targets : e.targets.includes(actor) ? e.sources : [];
    for (const other of others) {
      if (other === actor) continue;
      const c = out.get(other) ?? { events: 0, goldstein: 0 };
      c.events += 1;
      c.goldstein += e.goldstein;
      out.set(other, c);
    }
  }
  return out;
}
