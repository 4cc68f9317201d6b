import type { Token } from '../model/index.ts';
import type { ActorMention, Lang } from '../lexicon/index.ts';
import { cliticRoles } from '../text/index.ts';
import { cueWords, type Cues } from './cues.ts';
import type { TypeRules } from './type-rules.ts';
import type { TriggerHit } from './triggers.ts';

/**
 * A sentence as the role rules see it: tokens, clauses (cut at complementisers: قال X إن …,
 * said that …), and actor groups — coordinated mentions (الإمارات وإسرائيل، Egypt, Qatar and
 * Turkey) with the word that introduces them (على، مع، في، against …) and whether they are a place.
 */

export interface ActorGroup {
  members: ActorMention[];
  first: number;
  last: number;
  /** Words that may introduce the group: the previous word, the previous two, a clitic preposition. */
  intro: string[];
  /** The preposition introducing the group, if any: such a group is no subject or object. */
  preposition: string | null;
  /** A state or place after a place preposition (في بيروت): where, not whom. */
  location: boolean;
  clause: number;
}

export interface SentenceView {
  lang: Lang;
  tokens: Token[];
  groups: ActorGroup[];
  clauseOf: number[];
  cues: Cues;
  typeRules: TypeRules;
  /** Tokens inside a stated date (أمس، on Monday): they attach to the clause's verb. */
  dateTokens: ReadonlySet<number>;
  /** Tokens inside actor mentions. */
  namedTokens: ReadonlySet<number>;
}

const PLACE_KINDS = new Set(['state', 'place', 'region']);

function clauses(tokens: Token[], cues: Cues): number[] {
  const out: number[] = [];
  let clause = 0;
  for (const t of tokens) {
    if (cues.complementiser.has(t.norm) || t.norm === ':' || t.norm === '"') clause++;
    out.push(clause);
  }
  return out;
}

/** English words that may stand between a preposition and its actor (by the paramilitary RSF). */
const MODIFIER_REACH = 3;

/** The preposition that introduces a mention: a clitic (بالعراق), the word before, or in English one before its modifiers. */
function prepositionOf(tokens: Token[], m: ActorMention, lang: Lang, cues: Cues): string | null {
  const clitic = m.proclitics.find((c) => cliticRoles().prepositions.has(c));
  if (clitic) return clitic;
  const isPreposition = (w: string): boolean => cues.preposition.has(w) || cues.by.has(w) || cues.between.has(w);
  const prev = tokens[m.first - 1];
  if (prev && isPreposition(prev.norm)) return prev.norm;
  if (lang !== 'en') return null;
  for (let i = m.first - 1; i >= Math.max(0, m.first - MODIFIER_REACH); i--) {
    const t = tokens[i];
    // punctuation, another name, or "at least" (a quantity, not a place)
    if (!t || t.kind !== 'word' || /^[A-Z]/.test(t.text) || cues.approximate.has(t.norm)) return null;
    if (isPreposition(t.norm)) return t.norm;
  }
  return null;
}

function introWords(tokens: Token[], m: ActorMention, preposition: string | null): string[] {
  const prev = tokens[m.first - 1]?.norm;
  const prev2 = tokens[m.first - 2]?.norm;
  const words: string[] = [];
  if (prev) words.push(prev);
  if (prev && prev2) words.push(`${prev2} ${prev}`);
  if (preposition && !words.includes(preposition)) words.push(preposition);
  return words;
}

/** ونظيره: a counterpart word with the conjunction clitic joins like و itself. */
function isCounterpartJoiner(t: Token, cues: Cues): boolean {
  return t.analyses.some((a) => a.proclitics.some((c) => cliticRoles().conjunctions.has(c)) && cues.counterpart.has(a.stem));
}

/** Whether `next` continues the group ending at `last`: only joiners (and a determiner or counterpart word) stand between them. */
function coordinated(tokens: Token[], last: number, next: ActorMention, cues: Cues): boolean {
  const first = next.proclitics[0];
  const withConjunction = first !== undefined && cliticRoles().conjunctions.has(first);
  if (withConjunction && next.first === last) return true;
  const gap = tokens.slice(last, next.first);
  const joins = (t: Token): boolean => cues.joiner.has(t.norm) || isCounterpartJoiner(t, cues);
  if (gap.length === 0 || gap.length > 3 || !gap.every((t) => joins(t) || cues.determiner.has(t.norm) || cues.counterpart.has(t.norm))) return false;
  return withConjunction || gap.some(joins);
}

/** Russian-led, Iranian-backed: an actor joined by a hyphen to "led" describes the noun after it. */
function describesNext(tokens: Token[], m: ActorMention, cues: Cues): boolean {
  return tokens[m.last]?.norm === '-' && cues.describer.has(tokens[m.last + 1]?.norm ?? '');
}

function group(lang: Lang, tokens: Token[], actors: ActorMention[], clauseOf: number[], cues: Cues): ActorGroup[] {
  const groups: ActorGroup[] = [];
  for (const m of actors) {
    if (describesNext(tokens, m, cues)) continue;
    const prev = groups.at(-1);
    // "…, killing three people, Lebanese state media reported": a speaker after a comma is no conjunct
    const speaker = cues.speech.has(tokens[m.last]?.norm ?? '');
    if (prev && !speaker && coordinated(tokens, prev.last, m, cues) && clauseOf[m.first] === prev.clause) {
      prev.members.push(m);
      prev.last = m.last;
      continue;
    }
    const preposition = prepositionOf(tokens, m, lang, cues);
    const intro = introWords(tokens, m, preposition);
    // a gazetteer place (قطاع غزة) is always where; a state or capital only after a place word
    const location = m.form === 'place' || (PLACE_KINDS.has(m.kind) && intro.some((w) => cues.place.has(w)));
    groups.push({ members: [m], first: m.first, last: m.last, intro, preposition, location, clause: clauseOf[m.first] ?? 0 });
  }
  return groups;
}

export function sentenceView(lang: Lang, tokens: Token[], actors: ActorMention[], cues: Cues, typeRules: TypeRules, dateTokens: ReadonlySet<number>): SentenceView {
  const clauseOf = clauses(tokens, cues);
  const namedTokens = new Set(actors.flatMap((m) => Array.from({ length: m.last - m.first }, (_, k) => m.first + k)));
  return { lang, tokens, groups: group(lang, tokens, actors, clauseOf, cues), clauseOf, cues, typeRules, dateTokens, namedTokens };
}

/** Whether a group is introduced by one of the given words (prepositions, or phrases like من قبل). */
export function introducedBy(g: ActorGroup, words: Iterable<string>): boolean {
  for (const w of words) {
    // "على جنوب لبنان": the preposition may stand before a place word
    if (g.intro.some((i) => i === w || i.startsWith(`${w} `))) return true;
  }
  return false;
}

/**
 * A people word in the oblique case (مدنيين، متظاهرين — the sound plural in -ين) is an object or
 * after a preposition, never the subject of a verb (that would be مدنيون).
 */
export function isOblique(g: ActorGroup, view: SentenceView): boolean {
  const first = g.members[0];
  if (!first || (first.kind !== 'agent' && first.form !== 'people')) return false;
  const word = view.tokens[first.first]?.norm ?? '';
  const before = view.tokens[first.first - 1]?.norm ?? '';
  if (view.cues.quantifier.has(before)) return false; // آلاف المحتجين: the case comes from آلاف
  for (const ending of view.cues['oblique-plural']) if (word.endsWith(ending)) return true;
  return false;
}

/** A group with no preposition before it: a subject or a direct object. */
export function isBare(g: ActorGroup): boolean {
  return g.preposition === null;
}

/** How many linking words (بدء، المرحلة الأولى من) may stand between a reference word and its event. */
const REFERENCE_LINK_REACH = 4;

/**
 * A noun trigger after one of `words`, possibly through linking words (منذ بدء الهدنة، ضمن المرحلة
 * الأولى من الاتفاق): a reference word (بموجب الاتفاق) names an earlier event, an aim word (بهدف
 * التوصل إلى اتفاق) one that is sought.
 */
export function introducedByCue(view: SentenceView, hit: TriggerHit, words: ReadonlySet<string>): boolean {
  // a noun, or an English gerund (in retaliation for the killing)
  if (!hit.forms.some((f) => f.pos === 'noun') && view.lang !== 'en') return false;
  const { tokens, cues } = view;
  const phraseEndingAt = (end: number, n: number): string => tokens.slice(Math.max(0, end - n), end).map((t) => t.norm).join(' ');
  const { last } = cueWords(words);
  const isReferenceBefore = (end: number): boolean => {
    const prev = tokens[end - 1];
    // a phrase ends in one of its last words: nothing to put together otherwise
    if (!prev || !(last.has(prev.norm) || prev.analyses.some((a) => words.has(a.stem)))) return false;
    const prevStems = prev.analyses.map((a) => a.stem);
    // تنفيذاً لاتفاق: the reference word stands before a clitic preposition on the trigger
    return [1, 2, 3].some((n) => words.has(phraseEndingAt(end, n))) || prevStems.some((s) => words.has(s));
  };
  for (let end = hit.first; end >= Math.max(0, hit.first - REFERENCE_LINK_REACH); end--) {
    if (isReferenceBefore(end)) return true;
    const link = tokens[end - 1];
    // in retaliation for the killing, بمثابة 'إعلان حرب': a determiner or a quotation mark links too
    const links = (w: string): boolean => cues['reference-link'].has(w) || cues.determiner.has(w) || cues.quote.has(w);
    if (!link || !(links(link.norm) || link.analyses.some((a) => links(a.stem)))) return false;
  }
  return false;
}

/** A trigger right after a framing preposition (في اتصال هاتفي، خلال الزيارة): the setting of another event. */
export function isFramed(view: SentenceView, hit: TriggerHit): boolean {
  const before = view.tokens[hit.first - 1];
  return (before !== undefined && view.cues.frame.has(before.norm)) || hit.analysis.proclitics.some((c) => view.cues.frame.has(c));
}
