import { readFileSync } from 'node:fs';
import { Coder } from '../src/coder/coder.ts';
import { parseGoldJsonl } from '../src/evaluate/gold.ts';
const file = process.argv[2] ?? 'data/gold/ar.jsonl';
const coder = Coder.load();
const fp = new Map<string, number>();
const fn = new Map<string, number>();
for (const g of parseGoldJsonl(file, readFileSync(file, 'utf8'))) {
  const events = coder.code({ docId: g.id, text: g.text, date: g.date, lang: g.lang }).records.filter((r) => r.kind === 'event');
  const gold = g.events.map((e) => e.type);
  for (const e of events) {
    if (r(gold, e.type)) continue;
    const k = `${e.type} ${e.rule} [${e.trigger.text}]`;
    fp.set(k, (fp.get(k) ?? 0) + 1);
  }
  const pred = events.map((e) => e.type);
  for (const t of g.events) if (!r(pred, t.type)) fn.set(`${t.type} ${g.id}`, 1);
}
function r(list: string[], t: string): boolean { const i = list.indexOf(t); if (i < 0) return false; list.splice(i, 1); return true; }
console.log('FP', [...fp].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, n]) => `${n} ${k}`).join('\n'));
