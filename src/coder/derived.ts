import type { ActorRef, Event, Membership } from '../model/index.ts';
import type { CameoCode } from './cameo.ts';
import type { EventPattern } from './patterns.ts';
import { stableId } from './records.ts';
import type { TriggerHit } from './triggers.ts';
import type { ActorGroup, SentenceView } from './view.ts';

/**
 * Events that follow from others: a joint exercise is cooperation, not a show of force; an
 * organisation suspending a member sanctions it; states founding a grouping together agree to it.
 */

/** Military cooperation (CAMEO 062): what a joint exercise or operation is. */
const JOINT_CAMEO = '062';
const JOINT_REACH = 3;
/** CAMEO "reduce relations": what a suspension from an organisation is, as an event. */
const SUSPENSION_CAMEO = '160';
/** CAMEO "reject": what a state's refusal to join (لن تنضم، will not join) is, as an event. */
const REFUSAL_CAMEO = '120';
/** CAMEO "sign formal agreement": what founding a grouping together is, as an event. */
const FOUNDING_CAMEO = '057';

/** المناورات المشتركة، التمرين البحري المشترك، joint drills: military cooperation between the sides. */
export function asJointOperation(view: SentenceView, hit: TriggerHit, pattern: EventPattern, cameo: Map<string, CameoCode>): EventPattern {
  const cooperation = cameo.get(JOINT_CAMEO);
  if (!cooperation || !view.typeRules['show-of-force'].has(pattern.type)) return pattern;
  // the adjective follows its noun in Arabic (المناورات المشتركة) and precedes it in English (joint drills);
  // a "joint" before an Arabic trigger belongs to someone's name (قيادة العمليات المشتركة فرضت حظراً)
  const near = view.lang === 'en' ? view.tokens.slice(Math.max(0, hit.first - 2), hit.last) : view.tokens.slice(hit.first, afterQuotedName(view, hit.last) + JOINT_REACH);
  if (!near.some((t) => view.cues.joint.has(t.norm))) return pattern;
  return { ...pattern, type: 'COOPERATE', cameo: cooperation, mode: null, symmetric: true };
}

/**
 * نفذت القوات البحرية المصرية واليونانية تدريباً: a show of force by the forces of two or more states
 * together is a joint one, military cooperation between them.
 */
export function jointBySides(view: SentenceView, pattern: EventPattern, sources: ActorGroup[], cameo: Map<string, CameoCode>): EventPattern {
  if (!view.typeRules['held-together'].has(pattern.type)) return pattern;
  const cooperation = cameo.get(JOINT_CAMEO);
  const sides = new Set(sources.flatMap((g) => g.members.map((m) => m.code)).filter((c) => c !== null));
  if (!cooperation || sides.size < 2) return pattern;
  return { ...pattern, type: 'COOPERATE', cameo: cooperation, mode: null, symmetric: true };
}

/** Past a quoted name right after the trigger (مناورات 'حزام الأمن البحري' المشتركة). */
function afterQuotedName(view: SentenceView, from: number): number {
  const open = view.tokens[from];
  if (!open || !view.cues.quote.has(open.norm)) return from;
  const close = view.tokens.findIndex((t, k) => k > from && view.cues.quote.has(t.norm));
  return close > from ? close + 1 : from;
}

function derivedEvent(docId: string, code: CameoCode, type: Event['type'], from: Membership, rule: string, trigger: Event['trigger'], key: string): Event {
  return {
    kind: 'event', id: stableId(docId, from.sentence.index, trigger.start, rule, key), doc_id: docId, sentence: from.sentence,
    type, mode: null, context: ['diplomatic'], cameo: code.code, quad_class: code.quadClass, goldstein: code.goldstein,
    date: from.date, date_precision: from.date_precision, sources: [], targets: [], trigger, negated: false, modality: null, rule,
  };
}

const actorOf = (m: Membership): ActorRef => ({ ...m.actor, agent: null });

/** An organisation suspending or expelling a member sanctions it (CAMEO 160). */
export function suspensionSanction(docId: string, cameo: Map<string, CameoCode>, m: Membership, rule: string, trigger: Event['trigger']): Event | null {
  const code = cameo.get(SUSPENSION_CAMEO);
  if ((m.change !== 'suspend' && m.change !== 'expel') || !code || m.negated) return null;
  const event = derivedEvent(docId, code, 'SANCTION', m, rule, trigger, `sanction ${m.actor.code}`);
  return { ...event, sources: [{ ...m.grouping, agent: 'IGO' }], targets: [actorOf(m)] };
}

/** A state that will not join a grouping (لن تنضم إلى المجموعة) rejects it (CAMEO 120); the caller decides it refuses. */
export function refusedAccession(docId: string, cameo: Map<string, CameoCode>, m: Membership, rule: string, trigger: Event['trigger']): Event | null {
  const code = cameo.get(REFUSAL_CAMEO);
  if ((m.change !== 'join' && m.change !== 'seek') || !code) return null;
  const event = derivedEvent(docId, code, 'REJECT', m, rule, trigger, `refuse ${m.actor.code}`);
  return { ...event, sources: [actorOf(m)], targets: [{ ...m.grouping, agent: 'IGO' }] };
}

/** States founding a grouping together agree to it (CAMEO 057): the first founder to the others. */
export function foundingAgreement(docId: string, cameo: Map<string, CameoCode>, memberships: Membership[], rule: string, trigger: Event['trigger']): Event | null {
  const [first, ...others] = memberships.filter((m) => m.change === 'found' && !m.negated);
  const code = cameo.get(FOUNDING_CAMEO);
  if (!first || others.length === 0 || !code) return null;
  const event = derivedEvent(docId, code, 'AGREE', first, rule, trigger, 'agree');
  return { ...event, sources: [actorOf(first)], targets: others.map(actorOf) };
}
