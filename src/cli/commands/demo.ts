import type { Command } from 'commander';
import { Coder, type CodedRecord } from '../../coder/index.ts';
import { loadSamples } from '../../ingest/index.ts';
import type { ActorRef } from '../../model/index.ts';
import { renderTable } from '../table.ts';
import { articleDate } from './text.ts';

/**
 * `nasij demo` (what `npm start` runs): codes the bundled sample articles and prints readable
 * tables of the events, memberships and groupings found, with the rule that fired for each.
 */

const actors = (refs: ActorRef[]): string => refs.map((r) => (r.agent ? `${r.code} ${r.agent}` : r.code)).join(', ') || '—';

function tables(records: CodedRecord[]): string {
  const events: string[][] = [];
  const memberships: string[][] = [];
  const groupings: string[][] = [];
  for (const r of records) {
    const flags = [r.kind !== 'grouping' && r.negated ? 'negated' : '', r.kind === 'event' ? (r.modality ?? '') : ''].filter(Boolean).join(' ');
    if (r.kind === 'event') events.push([r.doc_id.slice(0, 2), r.date, r.type, r.cameo, actors(r.sources), actors(r.targets), r.trigger.text, flags, r.rule]);
    if (r.kind === 'membership') memberships.push([r.doc_id.slice(0, 2), r.date, r.actor.code, r.change, r.grouping.code, r.grouping.text, flags, r.rule]);
    if (r.kind === 'grouping') groupings.push([r.doc_id.slice(0, 2), r.code, r.name, r.format, String(r.members.length), r.issues.join(' '), r.new ? 'new' : 'lexicon']);
  }
  return [
    `Events (${events.length})\n\n${renderTable(['#', 'date', 'type', 'cameo', 'source', 'target', 'trigger', 'flags', 'rule'], events, 34)}`,
    `Memberships (${memberships.length})\n\n${renderTable(['#', 'date', 'actor', 'change', 'grouping', 'as written', 'flags', 'rule'], memberships, 34)}`,
    `Groupings (${groupings.length})\n\n${renderTable(['#', 'code', 'name', 'format', 'members', 'issues', 'source'], groupings, 34)}`,
  ].join('\n\n');
}

function run(): void {
  const coder = Coder.load();
  const records: CodedRecord[] = [];
  const samples = loadSamples();
  for (const raw of samples) {
    records.push(...coder.code({ docId: raw.name, text: raw.text, date: articleDate(raw) }).records);
  }
  process.stdout.write(`Nasij coded ${samples.length} bundled sample articles (samples/); "#" is the article number.\n\n${tables(records)}\n`);
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('code the bundled sample articles and print the events, memberships and groupings found (what `npm start` runs)')
    .action(run);
}
