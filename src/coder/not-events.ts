import type { MembershipChange, Token } from '../model/index.ts';
import { cliticRoles } from '../text/index.ts';
import { introducedByCue, isFramed, type SentenceView } from './view.ts';
import { cueWords } from './cues.ts';
import type { TriggerHit } from './triggers.ts';

/**
 * Triggers that name no new event: what a demand or threat asks for (دعت إلى وقف إطلاق النار),
 * a purpose (لدعم …), or a reference to an earlier event (بموجب الاتفاق). `notAnEvent` says why.
 */

/** How far a governed noun may follow its trigger (types: "governs" and "governs-far" in type-rules.tsv). */
const COMPLEMENT_REACH = 6;
/** The membership change of a founding, as coded triggers carry it. */
const FOUNDING: MembershipChange = 'found';
const FAR_COMPLEMENT_REACH = 12;

/**
 * "دعت الجامعة إلى وقف إطلاق النار", "called for an immediate ceasefire", "agreed to a truce",
 * "praised Egypt's efforts to secure a truce": a noun trigger shortly after a governing trigger in
 * the same clause is what that trigger asks for, agrees on, praises or alleges — not an event.
 */
function complementOf<T extends CodedTrigger>(view: SentenceView, hit: TriggerHit, coded: T[]): T | null {
  const outer = coded.at(-1);
  // هدنة بوساطة مصرية: who mediated is no part of what was agreed
  if (!outer || insideCue(view, hit, view.cues.mediation) || outer.hit.forms[0]?.pattern.mediates) return null;
  // هنأه، في اتصال هاتفي: a setting is no complement, and governs none (وقعتا خلال الزيارة مذكرات)
  if ((hit.forms[0]?.pos === 'noun' && isFramed(view, hit)) || isFramed(view, outer.hit)) return null;
  const founding = hit.forms.some((f) => f.pattern.kind === 'membership' && f.pattern.change === 'found');
  if (founding && view.typeRules.founds.has(outer.type)) return null;
  // "، متهمةً …"، "لإطلاق النار، بعد أيام من الضربات": a comma closes what the trigger governs
  if (view.tokens.slice(outer.hit.last, hit.first).some((t) => view.cues['clause-comma'].has(t.norm))) return null;
  // هدد بشن عملية عسكرية، حذر من أن أي محاولة لتهجير …: a threat, demand or rejection governs what follows it
  // further, across the complementiser that opens its clause
  if (view.typeRules['governs-far'].has(outer.type) && hit.first - outer.hit.last <= FAR_COMPLEMENT_REACH) {
    const clausesApart = (view.clauseOf[hit.first] ?? 0) - (view.clauseOf[outer.hit.first] ?? 0);
    // demanded that Kyiv withdraw, threatened to resume attacks: an English verb in the clause it opens,
    // or one an infinitive takes up, is what it demands
    const infinitival = view.lang === 'en' && view.tokens.slice(outer.hit.last, hit.first).some((t) => view.cues.infinitive.has(t.norm));
    const governed = nounReading(view, hit) || infinitival ? clausesApart <= 1 : view.lang === 'en' && clausesApart === 1;
    if (governed) return outer;
  }
  // accused by Britain, France and Germany of failing to meet …: what an accusation alleges, a little
  // further, unless "and" joins a new act (اتهمت رواندا بإرسال قواتها … وقطعت علاقاتها)
  const joined = hit.analysis.proclitics.some((c) => cliticRoles().conjunctions.has(c));
  if (view.typeRules.alleges.has(outer.type) && !joined && hit.first - outer.hit.last <= FAR_COMPLEMENT_REACH && isAllegation(view, outer.hit, hit)) return outer;
  // وصفتها بأنها اعتداء، خلصت إلى أن قواته ارتكبت إبادة: the verdict of a characterising verb is what
  // it says, not an event, also in the clause it opens; what it describes before the verdict
  // (وصفت الضربة الأمريكية بأنها اعتداء) happened
  const verdict = verdictAfter(view, outer.hit);
  if (verdict !== null && hit.last > verdict && hit.first - outer.hit.last <= NEEDS_AFTER_REACH) return outer;
  if (view.clauseOf[outer.hit.first] !== view.clauseOf[hit.first] || hit.first - outer.hit.last > COMPLEMENT_REACH) return null;
  // تأسيس آلية تعاون ثلاثي: a noun after a founding names what is founded
  if (outer.type === FOUNDING && hit.forms.some((f) => f.pos === 'noun')) return outer;
  // أعلن في ختام القمة أمس انضمام …: a date between them closes the first phrase, unless a preposition
  // takes the noun up again (اتفقا أمس على إقامة علاقات)
  // (threatened on Friday to resume attacks: an infinitive takes it up too)
  const between = view.tokens.slice(outer.hit.last, hit.first);
  const takenUp = hit.analysis.proclitics.some((c) => cliticRoles().prepositions.has(c)) || view.cues.preposition.has(view.tokens[hit.first - 1]?.norm ?? '') ||
    between.some((t) => view.cues.infinitive.has(t.norm));
  for (let i = outer.hit.last; i < hit.first && !takenUp; i++) if (view.dateTokens.has(i)) return null;
  if (view.typeRules.alleges.has(outer.type) && isAllegation(view, outer.hit, hit)) return outer;
  // زار … لبحث، called up reservists to fight: a purpose clause says why the event before it happened
  // (refused to receive, threatened to impose: an infinitive the trigger governs)
  const infinitive = view.cues.infinitive.has(view.tokens[hit.first - 1]?.norm ?? '');
  if (infinitive || hit.analysis.proclitics.some((c) => view.cues.purpose.has(c))) return outer;
  return nounReading(view, hit) && view.typeRules.governs.has(outer.type) ? outer : null;
}

/** Where the verdict of a characterising verb starts: the first of its needed words after it, or null. */
function verdictAfter(view: SentenceView, outer: TriggerHit): number | null {
  const needs = outer.forms[0]?.pattern.needsAfter ?? [];
  if (needs.length === 0) return null;
  for (let i = outer.last; i < view.tokens.length; i++) {
    const t = view.tokens[i];
    if (t && (needs.includes(t.norm) || t.analyses.some((a) => needs.includes(a.stem)))) return i;
  }
  return view.tokens.length;
}

/** A trigger read as a noun: in English any reading (attacks), in Arabic its first (دعم is a verb first). */
function nounReading(view: SentenceView, hit: TriggerHit): boolean {
  return view.lang === 'en' ? hit.forms.some((f) => f.pos === 'noun') : hit.forms[0]?.pos === 'noun';
}

/** اتهم قطر بدعم الإرهاب، accused Algeria of shooting down a drone: the allegation word before the trigger. */
function isAllegation(view: SentenceView, outer: TriggerHit, hit: TriggerHit): boolean {
  const marks = view.cues.allegation;
  if (hit.analysis.proclitics.some((c) => marks.has(c))) return true;
  // … بارتكاب إبادة جماعية: the mark may be the clitic of a word between, unless an adverb (أدانت بشدة الهجوم)
  const marked = (t: Token): boolean => marks.has(t.norm) || (!view.cues.adverb.has(t.norm) && t.analyses.some((a) => a.proclitics.some((c) => marks.has(c))));
  return view.tokens.slice(outer.last, hit.first).some(marked);
}

/** "لدعم برامج الحماية"، "دعماً لمبادرات السلام": support named as a purpose is not support given. */
function isPurpose(view: SentenceView, hit: TriggerHit): boolean {
  // رفضاً is also read as a dual verb (رفضا): any noun reading of a purpose type counts
  const nounOfPurpose = hit.forms.some((f) => f.pos === 'noun' && f.pattern.kind === 'event' && view.typeRules.purpose.has(f.pattern.type));
  if (!nounOfPurpose) return false;
  const text = view.tokens[hit.last - 1]?.text ?? '';
  // دعماً لـ، احتجاجاً على: the adverbial accusative with its preposition (نفذ إضراباً عاماً is an object)
  const next = view.tokens[hit.last];
  const prepositionAfter = next !== undefined && (view.cues['adverbial-preposition'].has(next.norm) || next.analyses.some((a) => a.proclitics.some((c) => view.cues.purpose.has(c))));
  const adverbial = prepositionAfter && [...view.cues['adverbial-mark']].some((mark) => text.endsWith(mark));
  return adverbial || hit.analysis.proclitics.some((c) => view.cues.purpose.has(c));
}

/** A loan … was approved by the World Bank: a passive approval yields to the event named before it. */
function approvesEarlier(view: SentenceView, hit: TriggerHit, coded: CodedTrigger[]): boolean {
  if (!hit.forms[0]?.pattern.yields) return false;
  const passive = view.tokens.slice(Math.max(0, hit.first - 2), hit.first).some((t) => view.cues['passive-aux'].has(t.norm));
  const clause = view.clauseOf[hit.first];
  return passive && coded.some((c) => view.clauseOf[c.hit.first] === clause && c.hit.last <= hit.first);
}

/** How far back a draft's name may stand before the verb that says what it says. */
const DRAFT_REACH = 7;

/** مشروع قرار جزائري في مجلس الأمن يطالب بوقف …: a verb whose doer is a draft, past names and places. */
function saidByDraft(view: SentenceView, hit: TriggerHit): boolean {
  if (hit.forms[0]?.pos !== 'verb' || view.cues.draft.size === 0) return false;
  const clause = view.clauseOf[hit.first];
  let unnamed = 0;
  for (let i = hit.first - 1; i >= Math.max(0, hit.first - DRAFT_REACH) && view.clauseOf[i] === clause; i--) {
    const t = view.tokens[i];
    if (!t || view.namedTokens.has(i) || view.cues.preposition.has(t.norm)) continue;
    if (view.cues.draft.has(t.norm)) return true;
    // the draft's own noun (قرار، resolution) may stand between
    if (++unnamed > 1) return false;
  }
  return false;
}

/** The longest cue phrase, in words. */
const CUE_WORDS = 4;

/** A trigger whose words all belong to one of the cue phrases (in retaliation for, ثأراً لـ). */
function insideCue(view: SentenceView, hit: TriggerHit, phrases: ReadonlySet<string>): boolean {
  const { all } = cueWords(phrases);
  for (let k = hit.first; k < hit.last; k++) if (!all.has(view.tokens[k]?.norm ?? '')) return false;
  for (let from = Math.max(0, hit.last - CUE_WORDS); from <= hit.first; from++) {
    for (let to = hit.last; to <= from + CUE_WORDS && to <= view.tokens.length; to++) {
      if (phrases.has(view.tokens.slice(from, to).map((t) => t.norm).join(' '))) return true;
    }
  }
  return false;
}

/** A trigger whose first word is one of the cue words (بتهمة التجسس as one trigger). */
function startsWithCue(view: SentenceView, hit: TriggerHit, words: ReadonlySet<string>): boolean {
  return words.has(view.tokens[hit.first]?.norm ?? '');
}

/** A trigger coded earlier in the sentence, as the rules here need it. */
export interface CodedTrigger {
  hit: TriggerHit;
  type: string;
}

export interface NotAnEvent<T extends CodedTrigger> {
  why: string;
  /** The earlier trigger that governs this one (دعت إلى …، وافق على …), if that is the reason. */
  governor: T | null;
  /** It names an earlier or a sought event, and so does a noun that continues it (بهدف التوصل إلى اتفاق دائم لوقف …). */
  names?: boolean;
}

/** How far after a trigger the number of a vote count may stand (بتأييد ٩٣ دولة). */
const TALLY_REACH = 2;

/** أيدته ١٤١ دولة وعارضته خمس: a support or rejection followed by a number counts votes. */
function isTally(view: SentenceView, hit: TriggerHit): boolean {
  const type = hit.forms[0]?.pattern.kind === 'event' ? hit.forms[0].pattern.type : null;
  if (!type || !view.typeRules.tallies.has(type)) return false;
  return view.tokens.slice(hit.last, hit.last + TALLY_REACH).some((t) => t.kind === 'number' || view.cues.quantifier.has(t.norm));
}

/** دعت إليها قوى معارضة: a verb with a pronoun pointing back describes the noun before it. */
function isRelativeDescription(view: SentenceView, hit: TriggerHit): boolean {
  const next = view.tokens[hit.last];
  return hit.forms[0]?.pos === 'verb' && next !== undefined && view.cues.resumptive.has(next.norm);
}

/** How far from a trigger a natural hazard may stand as its doer (ضرب زلزال، an earthquake struck). */
const HAZARD_REACH = 2;

function byHazard(view: SentenceView, hit: TriggerHit): boolean {
  // Storm Daniel swept through …: the trigger word may name the hazard itself
  const near = view.tokens.slice(Math.max(0, hit.first - HAZARD_REACH), hit.last + HAZARD_REACH);
  return near.some((t) => view.cues.hazard.has(t.norm) || t.analyses.some((a) => view.cues.hazard.has(a.stem)));
}

/** How many other words may stand between a noun and its light verb (وقعت مصر والأردن أمس في عمّان اتفاقية). */
const LIGHT_VERB_BEFORE = 4;

/** An agreement noun with no light verb before it in its clause names an agreement, it makes none. */
function withoutItsLightVerb(view: SentenceView, hit: TriggerHit, lightVerbs: ReadonlySet<string>): NotAnEvent<never> | null {
  const noun = hit.forms[0];
  // اتفاقهما: with a possessive the parties' own agreement is the news
  if (noun?.pos !== 'noun' || !noun.pattern.needsLightVerb || hit.analysis.enclitic !== null) return null;
  if (madeInRelativeClause(view, hit, lightVerbs)) return null;
  const clause = view.clauseOf[hit.first];
  let seen = 0;
  // the subject, its place and the date do not count towards the reach (وقعت X و Y في البيت الأبيض أمس اتفاقيات)
  for (let i = hit.first - 1; i >= 0 && seen < LIGHT_VERB_BEFORE && view.clauseOf[i] === clause; i--) {
    const t = view.tokens[i];
    if (t && (lightVerbs.has(t.norm) || t.analyses.some((a) => lightVerbs.has(a.stem)))) return null;
    if (!view.namedTokens.has(i) && !view.dateTokens.has(i)) seen++;
  }
  return { why: 'it names an agreement without a verb that makes one (وقع، توصل إلى)', governor: null, names: true };
}

/** مذكرة التفاهم التي وقعتها إثيوبيا: a relative clause after the noun whose light verb takes it up makes it. */
function madeInRelativeClause(view: SentenceView, hit: TriggerHit, lightVerbs: ReadonlySet<string>): boolean {
  const relative = view.tokens[hit.last];
  const verb = view.tokens[hit.last + 1];
  if (!relative || !verb || !view.cues.relative.has(relative.norm)) return false;
  if (verb.analyses.some((a) => a.enclitic !== null && lightVerbs.has(a.stem))) return true;
  // الاتفاق الذي توصل إليه الرئيسان: the pronoun on the preposition after the light verb
  const resumptive = view.tokens[hit.last + 2];
  return resumptive !== undefined && view.cues.resumptive.has(resumptive.norm) && (lightVerbs.has(verb.norm) || verb.analyses.some((a) => lightVerbs.has(a.stem)));
}

/** How far after a characterising verb its verdict may stand (وصفت الحكومة الضربة الأمريكية بأنها اعتداء). */
const NEEDS_AFTER_REACH = 12;

/** وصف، اعتبر: a trigger that counts only with one of its pattern's words after it in the sentence. */
function withoutWhatItNeeds(view: SentenceView, hit: TriggerHit): NotAnEvent<never> | null {
  const needs = hit.forms[0]?.pattern.needsAfter ?? [];
  if (needs.length === 0) return null;
  const after = view.tokens.slice(hit.last, hit.last + NEEDS_AFTER_REACH);
  const found = after.some((t) => needs.includes(t.norm) || t.analyses.some((a) => needs.includes(a.stem)));
  return found ? null : { why: 'what it says of its object is no reproach', governor: null };
}

/** What the rules here need beyond the sentence: the trigger's modality and the language's light verbs. */
export interface NotAnEventContext {
  hypothetical: boolean;
  lightVerbs: ReadonlySet<string>;
}

/** Why a trigger names no new event, or null when it does. `coded` are the sentence's earlier triggers. */
export function notAnEvent<T extends CodedTrigger>(view: SentenceView, hit: TriggerHit, coded: T[], context: NotAnEventContext): NotAnEvent<T> | null {
  const threat = context.hypothetical ? coded.find((c) => view.typeRules.conditions.has(c.type)) : undefined;
  if (threat) return { why: `it is the condition of the ${threat.type} before it (إذا، unless …)`, governor: null };
  const type = hit.forms[0]?.pattern.kind === 'event' ? hit.forms[0].pattern.type : null;
  const protest = type === 'REQUEST' ? coded.find((c) => view.typeRules.demands.has(c.type)) : undefined;
  if (protest) return { why: `it is what the ${protest.type} before it demands`, governor: null };
  if (approvesEarlier(view, hit, coded)) return { why: 'it approves the event before it (a loan … was approved by)', governor: null };
  if (saidByDraft(view, hit)) return { why: 'it is what a draft says (مشروع قرار يطالب …), which no one has adopted', governor: null, names: true };
  if (isTally(view, hit)) return { why: 'it counts votes (بتأييد ٩٣ دولة)', governor: null };
  if (byHazard(view, hit)) return { why: 'a natural hazard did it (زلزال، earthquake)', governor: null };
  if (isRelativeDescription(view, hit)) return { why: 'it describes the noun before it (دعت إليها …)', governor: null };
  if (isPurpose(view, hit)) return { why: 'it says what something is for (لدعم …)', governor: null, names: true };
  if (startsWithCue(view, hit, view.cues.charge) || introducedByCue(view, hit, view.cues.charge)) return { why: 'it is what a charge alleges (بتهمة، on charges of)', governor: null, names: true };
  if (insideCue(view, hit, view.cues.aim)) return { why: 'it says what something is done for (in protest at …)', governor: null, names: true };
  if (insideCue(view, hit, view.cues.retaliation)) return { why: 'it is a word of "in retaliation for" (رداً على), which introduces the act answered', governor: null };
  if (introducedByCue(view, hit, view.cues.reference) && !madeInRelativeClause(view, hit, context.lightVerbs)) return { why: 'it refers to an earlier event (بموجب، في إطار، under …)', governor: null, names: true };
  if (introducedByCue(view, hit, view.cues.likeness)) return { why: 'it says what something amounts to (بمثابة، tantamount to)', governor: null, names: true };
  if (introducedByCue(view, hit, view.cues.aim)) return { why: 'it names an aim (بهدف التوصل إلى …، in a bid to …)', governor: null, names: true };
  // ورفضت مذكرة التفاهم التي وقعتها إثيوبيا: what is rejected happened, made by its own relative clause
  const outer = madeInRelativeClause(view, hit, context.lightVerbs) ? null : complementOf(view, hit, coded);
  if (outer) return { why: `it is what the ${outer.type} before it asks, threatens, agrees on or alleges`, governor: outer };
  return withoutItsLightVerb(view, hit, context.lightVerbs) ?? withoutWhatItNeeds(view, hit);
}
