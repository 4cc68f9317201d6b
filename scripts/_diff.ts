import { readFileSync } from 'node:fs';
import { Coder } from '../src/coder/coder.ts';
import { parseGoldJsonl } from '../src/evaluate/gold.ts';
const file = process.argv[2] ?? 'data/gold/en.jsonl';
const only = process.argv[3];
const coder = Coder.load();
for (const g of parseGoldJsonl(file, readFileSync(file, 'utf8'))) {
  const recs = coder.code({ docId: g.id, text: g.text, date: g.date, lang: g.lang }).records;
  const pred = recs.filter((r) => r.kind === 'event').map((e) => `${e.type} ${[...new Set(e.sources.map((a) => a.code))].join('+') || '-'}>${[...new Set(e.targets.map((a) => a.code))].join('+') || '-'} [${e.trigger.text}]${e.negated ? ' NEG' : ''}`);
  const gold = g.events.map((e) => `${e.type} ${e.sources.join('+') || '-'}>${e.targets.join('+') || '-'}${e.negated ? ' NEG' : ''}`);
  const gk = gold.map((x) => x.replace(/ NEG$/, '')).sort().join('|');
  const pk = pred.map((x) => x.replace(/ \[.*$/, '')).sort().join('|');
  if (gk === pk) continue;
  if (only && !gold.concat(pred).some((x) => x.startsWith(only))) continue;
  console.log(`${g.id}: ${g.text}\n   gold: ${gold.join('; ') || '∅'}\n   pred: ${pred.join('; ') || '∅'}`);
}
