import type { LexEntry, LexPhrase, Tenure } from './types.ts';

/**
 * When two entries may share a phrase. A phrase names one actor: two states, two organisations,
 * or people of different states in office at the same time may not share it; nor may agent or
 * role words with different sectors. A state's name and its capital (الكويت) share a code and
 * may coexist; precedence then picks which reading the matcher reports first.
 */

function codesOf(entry: LexEntry): string[] {
  if (entry.kind === 'state' || entry.kind === 'organisation' || entry.kind === 'group') return [entry.code];
  if (entry.kind === 'person') return [...new Set(entry.tenures.map((t) => t.code))];
  return [];
}

function overlaps(a: Tenure, b: Tenure): boolean {
  const aFrom = a.from ?? '0000';
  const bFrom = b.from ?? '0000';
  const aTo = a.to ?? '9999';
  const bTo = b.to ?? '9999';
  return aFrom <= bTo && bFrom <= aTo;
}

function peopleClash(a: LexEntry, b: LexEntry): boolean {
  if (a.kind !== 'person' || b.kind !== 'person') return false;
  return a.tenures.some((x) => b.tenures.some((y) => x.code !== y.code && overlaps(x, y)));
}

/** Why two phrases with the same tokens conflict, or null if they may coexist. */
export function conflictBetween(a: LexPhrase, b: LexPhrase): string | null {
  if (a.entry === b.entry) return null;
  const sectorKinds = ['agent', 'role'];
  const aSector = sectorKinds.includes(a.entry.kind);
  const bSector = sectorKinds.includes(b.entry.kind);
  if (aSector && bSector) {
    return a.sector !== b.sector && a.entry.kind === b.entry.kind ? `sectors ${a.sector} and ${b.sector}` : null;
  }
  if (aSector || bSector) return null; // a named actor outranks a generic word
  if (a.entry.kind === 'person' && b.entry.kind === 'person') {
    return peopleClash(a.entry, b.entry) ? 'people of different states in office at the same time' : null;
  }
  if (a.entry.kind === 'person' || b.entry.kind === 'person') return null; // a name outranks a person's short form
  const aCodes = codesOf(a.entry);
  const bCodes = codesOf(b.entry);
  return aCodes.some((c) => bCodes.includes(c)) ? null : `codes ${aCodes.join('/')} and ${bCodes.join('/')}`;
}

const FORM_RANK: Record<string, number> = { name: 0, people: 1, adjective: 1, metonym: 2, capital: 3, role: 4, agent: 5 };
const KIND_RANK: Record<string, number> = { state: 0, organisation: 1, group: 1, person: 2, role: 3, agent: 4 };

/** Lower first: which reading of a shared phrase the matcher reports first. */
export function precedence(p: LexPhrase): number {
  return (KIND_RANK[p.entry.kind] ?? 9) * 10 + (FORM_RANK[p.form] ?? 9);
}
