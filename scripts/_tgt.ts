import { readFileSync } from 'node:fs';
import { Coder } from '../src/coder/coder.ts';
import { parseGoldJsonl } from '../src/evaluate/gold.ts';
const file = process.argv[2] ?? 'data/gold/ar.jsonl';
const side = (process.argv[3] ?? 'targets') as 'targets' | 'sources';
const coder = Coder.load();
let shown = 0;
for (const g of parseGoldJsonl(file, readFileSync(file, 'utf8'))) {
  const events = coder.code({ docId: g.id, text: g.text, date: g.date, lang: g.lang }).records.filter((r) => r.kind === 'event');
  for (const ge of g.events) {
    const p = events.find((e) => e.type === ge.type);
    if (!p || ge[side].length === 0) continue;
    const pc = [...new Set(p[side].map((a) => a.code))];
    if (pc.length === ge[side].length && pc.every((c) => ge[side].includes(c))) continue;
    if (shown++ < 45) console.log(`${g.id} ${ge.type} gold ${ge[side].join('+')} pred ${pc.join('+') || '-'} [${p.trigger.text}] :: ${g.text.slice(0, 110)}`);
  }
}
