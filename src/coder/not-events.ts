import type { SentenceView } from './view.ts';
import type { TriggerHit } from './triggers.ts';

/**
 * Triggers that name no new event: what a demand or threat asks for (دعت إلى وقف إطلاق النار),
 * a purpose (لدعم …), or a reference to an earlier event (بموجب الاتفاق). `notAnEvent` says why.
 */

/** How far a governed noun may follow its trigger (types: "governs" and "governs-far" in type-rules.tsv). */
const COMPLEMENT_REACH = 6;
const FAR_COMPLEMENT_REACH = 12;

/**
 * "دعت الجامعة إلى وقف إطلاق النار", "called for an immediate ceasefire", "agreed to a truce",
 * "praised Egypt's efforts to secure a truce": a noun trigger shortly after a governing trigger in
 * the same clause is what that trigger asks for, agrees on, praises or alleges — not an event.
 */
function complementOf(view: SentenceView, hit: TriggerHit, coded: { hit: TriggerHit; type: string }[]): string | null {
  const outer = coded.at(-1);
  if (!outer) return null;
  // هدد بشن عملية عسكرية، حذر من أن أي محاولة لتهجير …: a threat, demand or rejection governs what follows it
  // further, across the complementiser that opens its clause
  if (view.typeRules['governs-far'].has(outer.type) && hit.forms[0]?.pos === 'noun' && hit.first - outer.hit.last <= FAR_COMPLEMENT_REACH) {
    const clausesApart = (view.clauseOf[hit.first] ?? 0) - (view.clauseOf[outer.hit.first] ?? 0);
    if (clausesApart <= 1) return outer.type;
  }
  if (view.clauseOf[outer.hit.first] !== view.clauseOf[hit.first] || hit.first - outer.hit.last > COMPLEMENT_REACH) return null;
  // زار … لبحث: a purpose clause with ل says why the event before it happened
  if (hit.analysis.proclitics.some((c) => view.cues.purpose.has(c))) return outer.type;
  return hit.forms[0]?.pos === 'noun' && view.typeRules.governs.has(outer.type) ? outer.type : null;
}

/** "لدعم برامج الحماية"، "دعماً لمبادرات السلام": support named as a purpose is not support given. */
function isPurpose(view: SentenceView, hit: TriggerHit): boolean {
  const [form] = hit.forms;
  if (form?.pos !== 'noun' || form.pattern.kind !== 'event' || !view.typeRules.purpose.has(form.pattern.type)) return false;
  const text = view.tokens[hit.first]?.text ?? '';
  const adverbial = [...view.cues['adverbial-mark']].some((mark) => text.endsWith(mark)); // دعماً
  return adverbial || hit.analysis.proclitics.some((c) => view.cues.purpose.has(c));
}

/** A noun trigger right after a reference word (بموجب الاتفاق، under the agreement) names an earlier event. */
function isReference(view: SentenceView, hit: TriggerHit): boolean {
  if (hit.forms[0]?.pos !== 'noun') return false;
  const before = (n: number): string => view.tokens.slice(Math.max(0, hit.first - n), hit.first).map((t) => t.norm).join(' ');
  const prev = view.tokens[hit.first - 1];
  const prevStems = prev?.analyses.map((a) => a.stem) ?? [];
  // تنفيذاً لاتفاق: the reference word stands before a clitic preposition on the trigger
  return view.cues.reference.has(before(1)) || view.cues.reference.has(before(2)) || prevStems.some((s) => view.cues.reference.has(s));
}

/** Why a trigger names no new event, or null when it does. `coded` are the sentence's earlier triggers. */
export function notAnEvent(view: SentenceView, hit: TriggerHit, coded: { hit: TriggerHit; type: string }[]): string | null {
  if (isPurpose(view, hit)) return 'it says what something is for (لدعم …)';
  if (isReference(view, hit)) return 'it refers to an earlier event (بموجب، في إطار، under …)';
  const outer = complementOf(view, hit, coded);
  return outer ? `it is what the ${outer} before it asks, threatens, agrees on or alleges` : null;
}
