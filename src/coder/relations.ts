import type { Event, Membership } from '../model/index.ts';
import { cliticRoles } from '../text/index.ts';
import type { Modality } from './modality.ts';
import { stableId } from './records.ts';
import type { Roles } from './roles.ts';
import type { TriggerHit } from './triggers.ts';
import type { SentenceView } from './view.ts';

/**
 * How a trigger stands to the events around it in its sentence: a new act joined by "and", a noun
 * joined to a governed one, a mutual act, a refusal, a threat by condition, a member's own suspension.
 */

/** A verb joined to what comes before by "and" (وداهمت، and raided): a new act of the same doer. */
export function coordinatedVerb(view: SentenceView, hit: TriggerHit, lightVerbs: ReadonlySet<string>): boolean {
  if (hit.forms[0]?.pos !== 'verb') {
    // …، وفرضت عقوبات على …: a noun whose light verb is joined by و is a new act too
    for (let i = hit.first - 1; i >= Math.max(0, hit.first - JOINED_LIGHT_VERB_REACH); i--) {
      const t = view.tokens[i];
      if (t && t.analyses.some((a) => lightVerbs.has(a.stem) && a.proclitics.some((c) => cliticRoles().conjunctions.has(c)))) return true;
    }
    return false;
  }
  const before = view.tokens[hit.first - 1];
  return hit.analysis.proclitics.some((c) => cliticRoles().conjunctions.has(c)) || (before !== undefined && view.cues.and.has(before.norm));
}

/** How far before a noun trigger its light verb, joined by و, may stand. */
const JOINED_LIGHT_VERB_REACH = 3;

/** How many words (the, إلى) may stand between "and" and a noun it joins. */
const JOINED_NOUN_GAP = 2;

/** والإفراج عن، وإلى تبادل، and the release of: a noun joined by "and" to what comes before. */
export function joinedByAnd(view: SentenceView, hit: TriggerHit): boolean {
  const conjunction = (c: string): boolean => cliticRoles().conjunctions.has(c);
  if (hit.analysis.proclitics.some(conjunction)) return true;
  for (let i = hit.first - 1; i >= Math.max(0, hit.first - JOINED_NOUN_GAP); i--) {
    const t = view.tokens[i];
    if (!t || t.kind !== 'word') return false;
    if (view.cues.and.has(t.norm) || t.analyses.some((a) => a.proclitics.some(conjunction) && view.cues.preposition.has(a.stem))) return true;
    if (!view.cues.determiner.has(t.norm) && !view.cues.preposition.has(t.norm)) return false;
  }
  return false;
}

/** القصف المتبادل، mutual shelling: a mutual word at the trigger's edge (after it in Arabic, before it in English). */
export function isMutual(view: SentenceView, hit: TriggerHit): boolean {
  const edges = [view.tokens[hit.first - 1], view.tokens[hit.last - 1], view.tokens[hit.last]];
  return edges.some((t) => t !== undefined && view.cues.mutual.has(t.norm));
}

/**
 * A mutual act is two: each side did it to the other. Sides named together (الهند وباكستان، بعد
 * أيام من الضربات المتبادلة) are split into the first and the others.
 */
export function mutualCounterpart(record: Event): Event | null {
  const [first, ...rest] = record.sources;
  // the sides named together are the two parties, whatever else the clause names
  if (first && rest.length > 0 && rest.every((r) => r.code !== first.code)) {
    record.sources = [first];
    record.targets = rest;
  }
  if (record.sources.length === 0 || record.targets.length === 0) return null;
  return { ...record, id: stableId(record.id, 'mutual'), sources: record.targets, targets: record.sources };
}

/**
 * جمدت أرمينيا مشاركتها، Armenia has frozen its participation: a member suspending its own
 * participation (a possessive in the trigger) is sanctioned by no one.
 */
export function suspendsItself(view: SentenceView, hit: TriggerHit, roles: Roles, m: Membership): boolean {
  const words = [...Array.from({ length: hit.last - hit.first }, (_, k) => hit.first + k), ...hit.splitWords].map((k) => view.tokens[k]);
  const own = words.some((t) => t !== undefined && (view.cues.own.has(t.norm) || t.analyses.some((a) => a.enclitic !== null && view.cues.own.has(a.enclitic))));
  const doers = new Set(roles.sources.flatMap((g) => g.members.map((x) => x.code)));
  return own && doers.has(m.actor.code) && !doers.has(m.grouping.code);
}

/** CAMEO "threaten": what a conditional sanction or attack is. */
export const THREAT_CAMEO = '130';

/** …if Tbilisi does not reverse, إذا لم تتراجع: a condition after the trigger in its sentence. */
export function conditionAfter(view: SentenceView, hit: TriggerHit): boolean {
  return view.tokens.slice(hit.last).some((t) => view.cues.condition.has(t.norm));
}

/** لن توافق، will not join: negated for the future is a refusal (has not yet joined is not). */
export function refuses(modality: Modality): boolean {
  return modality.negated && modality.modality === 'future';
}

/** How many words may stand between a condemning verb and the act it names (its subject, in VSO). */
const CONDEMNED_ACT_REACH = 4;

/**
 * أدانت مصر الهجوم الإسرائيلي على رفح: a condemnation (type rule "blames-doer") whose object is an act
 * coded right after it, and which took that act's target as its own, blames the act's doer instead.
 * Returns the events whose targets it changed.
 */
export function blameDoers(view: SentenceView, coded: { hit: TriggerHit; type: string; record: Event | undefined }[]): Event[] {
  const changed: Event[] = [];
  for (let k = 0; k + 1 < coded.length; k++) {
    const outer = coded[k]?.record;
    const act = coded[k + 1];
    if (!outer || !act?.record || !view.typeRules['blames-doer'].has(outer.type) || act.record.sources.length === 0) continue;
    const near = act.hit.first - (coded[k]?.hit.last ?? 0) <= CONDEMNED_ACT_REACH && view.clauseOf[act.hit.first] === view.clauseOf[coded[k]?.hit.first ?? 0];
    const sameTargets = outer.targets.length > 0 && outer.targets.every((t) => act.record?.targets.some((u) => u.start === t.start));
    if (!near || !sameTargets) continue;
    const doers = act.record.sources.filter((s) => !outer.sources.some((o) => o.code === s.code));
    // أدانت فرنسا الهجوم على السفارة: the act took the condemner as its doer, but no one condemns their
    // own act: its doer, whom the condemnation blames, is not named
    outer.targets = doers.map((s) => ({ ...s }));
    changed.push(outer);
    if (doers.length > 0) continue;
    act.record.sources = [];
    changed.push(act.record);
  }
  return changed;
}
