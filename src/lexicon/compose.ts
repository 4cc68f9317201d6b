import type { Mention, Token } from '../model/index.ts';
import { cliticRoles } from '../text/index.ts';
import type { RawMatch } from './match.ts';
import type { LexPhrase, PersonEntry, Tenure } from './types.ts';

/**
 * From phrase matches to actor mentions. A match is read at the article date (a person is coded
 * by the office held that day); then neighbours compose into one actor: a role or agent with a
 * country (الحكومة المغربية، حكومة المغرب، متظاهرون لبنانيون، Israeli troops, Russia's foreign
 * minister, the president of France), and either of those with a person's name
 * (الرئيس التركي رجب طيب أردوغان).
 */

export interface Reading {
  kind: Mention['kind'];
  form: LexPhrase['form'];
  code: string | null;
  agent: string | null;
  entry: string;
  first: number;
  last: number;
  start: number;
  end: number;
  /** The person read, if any: composition keeps the name's identity. */
  person: PersonEntry | null;
  /** A bound adjective not (yet) composed with an agent or role: dropped if it stays alone. */
  bound: boolean;
  /** Clitics stripped from the first word (و، ب، ل …): the coder reads prepositions from them. */
  proclitics: string[];
  /** A pronoun suffix on a one-word mention (حكومتها، قواته): whose it is, the coder reads from before. */
  enclitic: string | null;
}

export function tenureAt(person: PersonEntry, date: string): Tenure | null {
  const covering = person.tenures.filter((t) => (t.from ?? '0000') <= date && date <= (t.to ?? '9999'));
  // the most recent office started on that day wins (a president who was prime minister before)
  return covering.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0] ?? null;
}

function pickPhrase(phrases: LexPhrase[], date: string): LexPhrase {
  const first = phrases[0] as LexPhrase;
  if (first.entry.kind !== 'person') return first; // a named state or organisation outranks people
  return phrases.find((p) => p.entry.kind === 'person' && tenureAt(p.entry, date)) ?? first;
}

/** Code, sector and kind of a phrase read at a date. */
function identify(p: LexPhrase, date: string, preferredCode: string | null): Pick<Reading, 'kind' | 'code' | 'agent' | 'person'> {
  const e = p.entry;
  if (e.kind === 'person') {
    const t = tenureAt(e, date);
    return { kind: 'person', code: t?.code ?? null, agent: t?.sector || null, person: e };
  }
  if (e.kind === 'group') return { kind: 'group', code: e.code, agent: e.sector, person: null };
  if ('sector' in e) return { kind: e.kind, code: null, agent: p.sector, person: null };
  const code = preferredCode ?? e.code;
  if (e.kind === 'organisation') return { kind: 'organisation', code, agent: p.sector ?? 'IGO', person: null };
  const kind = p.form === 'capital' || p.form === 'metonym' || p.form === 'place' ? 'place' : e.region ? 'region' : 'state';
  return { kind, code, agent: p.sector, person: null };
}

export function readMatch(m: RawMatch, date: string, preferredCode: string | null): Reading {
  const p = pickPhrase(m.phrases, date);
  const { kind, code, agent, person } = identify(p, date, preferredCode);
  return {
    kind, code, agent, person, form: p.form, entry: p.where, first: m.first, last: m.last,
    start: m.start, end: m.end, bound: p.bound === true, proclitics: m.proclitics,
    enclitic: m.last - m.first === 1 ? m.enclitic : null,
  };
}

const isSector = (r: Reading): boolean => r.kind === 'agent' || r.kind === 'role';
const isCountry = (r: Reading): boolean =>
  r.kind === 'state' || r.kind === 'organisation' || r.kind === 'place' || r.kind === 'region' || r.kind === 'group';

const NAMING_FORMS = new Set<Reading['form']>(['name', 'capital', 'metonym', 'place']);

/**
 * An Arabic construct (حكومة مالي، شرطة غزة) has no article on its first term: "القوات" before a
 * name (اقتحمت القوات مخيم جنين) is a subject next to an object, not one actor.
 */
function definiteBeforeName(left: Reading, right: Reading, tokens: Token[], lang: string): boolean {
  const articles = cliticRoles().articles;
  // الجيش المالي: an article on the right agrees like an adjective's
  if (lang !== 'ar' || !NAMING_FORMS.has(right.form) || right.proclitics.some((c) => articles.has(c))) return false;
  const head = tokens[left.last - 1];
  return head !== undefined && head.analyses.some((a) => a.proclitics.some((c) => articles.has(c)));
}

/** Whether `right` may join `left` into one actor, and the result. */
function join(left: Reading, right: Reading, date: string, lang: string, tokens: Token[]): Reading | null {
  const span = { first: left.first, last: right.last, start: left.start, end: right.end, proclitics: left.proclitics, enclitic: null };
  if (isSector(left) && isCountry(right) && !definiteBeforeName(left, right, tokens, lang)) return { ...left, ...span, bound: false, kind: right.kind === 'place' ? 'state' : right.kind, code: right.code, agent: left.agent };
  // English puts the country first (Israeli troops, Russia's army); Arabic never does
  if (lang === 'en' && isCountry(left) && isSector(right) && left.form !== 'people') return { ...right, ...span, bound: false, kind: left.kind === 'place' ? 'state' : left.kind, code: left.code, agent: right.agent };
  // "Afghan Taliban", "الحوثيون اليمنيون": a group named with its country stays the group
  if (left.kind === 'state' && left.form === 'adjective' && right.kind === 'group' && lang === 'en') return { ...right, ...span, bound: false };
  if (left.kind === 'group' && right.kind === 'state' && right.form !== 'name' && lang === 'ar') return { ...left, ...span, bound: false };
  if (right.kind === 'person' && right.person && (isSector(left) || (left.code !== null && left.kind !== 'person'))) {
    const t = tenureAt(right.person, date);
    return { ...right, ...span, code: t?.code ?? left.code, agent: t?.sector || left.agent };
  }
  return null;
}

/** Token count of a connector between two matches (`'s`, `of the`), or -1 if the gap is not one. */
function connectorGap(tokens: Token[], from: number, to: number, connectors: Set<string>): number {
  if (from === to) return 0;
  const gap = tokens.slice(from, to).map((t) => t.norm).join(' ');
  return connectors.has(gap) ? to - from : -1;
}

export function composeReadings(readings: Reading[], tokens: Token[], date: string, lang: string, connectors: Set<string>): Reading[] {
  const out: Reading[] = [];
  for (const r of readings) {
    const prev = out.at(-1);
    const gap = lang === 'en' ? connectorGap(tokens, prev?.last ?? 0, r.first, connectors) : prev?.last === r.first ? 0 : -1;
    if (prev && gap >= 0) {
      const joined = join(prev, r, date, lang, tokens);
      if (joined) {
        out[out.length - 1] = joined;
        continue;
      }
    }
    out.push(r);
  }
  return out;
}
