import { readFileSync } from 'node:fs';
import { DataFileError } from '../../datafile/tsv.ts';
import type { PersonEntry, SectorEntry, Tenure } from '../types.ts';
import type { RawPhrase, SourceResult } from './common.ts';

/**
 * Importer for PETRARCH/TABARI dictionaries, so users can bring what they already have.
 * Actors: a primary phrase line, `+synonym` lines, and tab-indented `[CODE yyyymmdd-yyyymmdd]`
 * lines (also `[CODE >yyyymmdd]`, `[CODE <yyyymmdd]`, or `PHRASE [CODE]` on one line).
 * Agents: `phrase [~AGT]`. Words are joined by `_`; `#` and `;` start comments.
 */

const CODE_LINE = /^\[([A-Z0-9~]+)(?:\s+([<>]?\d{8})?(?:-(\d{8}))?)?\]/;

function isoDay(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

function phraseText(raw: string): string {
  return raw.replace(/^\+/, '').replace(/_+$/, '').replace(/_/g, ' ').trim();
}

function stripComment(line: string): string {
  return line.replace(/\s*[#;].*$/, '');
}

/** "USAGOV 20080104-20170120" → USA, GOV and the dates. */
function parseCode(file: string, line: number, text: string): Tenure {
  const m = CODE_LINE.exec(text.trim());
  if (!m?.[1]) throw new DataFileError(file, line, `"${text.trim()}" is not a [CODE date-date] line`);
  const code = m[1].replace(/^~/, '');
  const range = m[2] ?? '';
  let from: string | null = null;
  let to: string | null = m[3] ? isoDay(m[3]) : null;
  if (range.startsWith('<')) to = isoDay(range.slice(1));
  else if (range.startsWith('>')) from = isoDay(range.slice(1));
  else if (range) from = isoDay(range);
  return { code: code.slice(0, 3), sector: code.slice(3, 6), from, to, role: 'imported' };
}

interface Block {
  names: { text: string; line: number }[];
  tenures: Tenure[];
}

function readBlocks(file: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  readFileSync(file, 'utf8').split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const text = stripComment(raw);
    if (text.trim() === '' || text.startsWith('<')) return;
    if (/^\s/.test(text) && text.trim().startsWith('[')) {
      if (!current) throw new DataFileError(file, line, 'a code line before any actor phrase');
      current.tenures.push(parseCode(file, line, text));
      return;
    }
    if (text.startsWith('+')) {
      if (!current) throw new DataFileError(file, line, 'a +synonym before any actor phrase');
      current.names.push({ text: phraseText(text), line });
      return;
    }
    const inline = /^(\S+)\s+(\[.*\])\s*$/.exec(text);
    current = { names: [{ text: phraseText(inline?.[1] ?? text.trim()), line }], tenures: [] };
    if (inline?.[2]) current.tenures.push(parseCode(file, line, inline[2]));
    blocks.push(current);
  });
  return blocks;
}

export function readPetrarchActors(file: string): SourceResult {
  const entries: PersonEntry[] = [];
  const phrases: RawPhrase[] = [];
  for (const block of readBlocks(file)) {
    const first = block.names[0];
    if (!first) continue;
    if (block.tenures.length === 0) throw new DataFileError(file, first.line, `actor "${first.text}" has no [CODE] line`);
    const where = `${file}:${first.line}`;
    const entry: PersonEntry = { kind: 'person', id: where, where, tenures: block.tenures, names: { ar: [], en: block.names.map((n) => n.text) } };
    entries.push(entry);
    for (const n of block.names) phrases.push({ lang: 'en', text: n.text, form: 'name', entry, sector: null, where: `${file}:${n.line}` });
  }
  return { entries, phrases };
}

export function readPetrarchAgents(file: string): SourceResult {
  const entries: SectorEntry[] = [];
  const phrases: RawPhrase[] = [];
  readFileSync(file, 'utf8').split(/\r?\n/).forEach((raw, i) => {
    const text = stripComment(raw).trim();
    if (text === '' || text.startsWith('<')) return;
    const m = /^(.+?)\s*\[~([A-Z]{3})\]$/.exec(text);
    if (!m?.[1] || !m[2]) throw new DataFileError(file, i + 1, `"${text}" is not "phrase [~AGT]"`);
    const where = `${file}:${i + 1}`;
    const phrase = phraseText(m[1]);
    const entry: SectorEntry = { kind: 'agent', id: where, where, sector: m[2], names: { ar: [], en: [phrase] } };
    entries.push(entry);
    phrases.push({ lang: 'en', text: phrase, form: 'agent', entry, sector: m[2], where });
  });
  return { entries, phrases };
}
