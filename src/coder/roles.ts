import { cliticRoles } from '../text/index.ts';
import type { Pattern } from './patterns.ts';
import type { TriggerHit } from './triggers.ts';
import { introducedBy, introducedByCue, isBare, isFramed, isOblique, type ActorGroup, type SentenceView } from './view.ts';

/**
 * Who did it to whom, without a parser: positional rules over actor groups in the trigger's
 * clause. Verbs take a subject after them (VSO) or before them (SVO) and an object or a
 * preposition-marked target; nouns take an adjective or genitive right after them (غارة إسرائيلية،
 * قصف الطائرات الروسية), the subject of a light verb (شنت إسرائيل غارة), or a preceding subject.
 * Every decision is written to `reasons` for `nasij code --explain`.
 */

export interface Roles {
  sources: ActorGroup[];
  targets: ActorGroup[];
  /** The target is the source's own state (a domestic protest), possibly the same words. */
  domestic: boolean;
  /** The grammatical subject (the host, for a reversed pattern): who a next sentence may continue with. */
  subject: ActorGroup | null;
  /** The source was carried over from before, not named in the trigger's clause. */
  carried: boolean;
  /** The trigger names the act an earlier one answers (رداً على …). */
  answered: boolean;
  /** The source is the verb's own subject (VSO, SVO, a light verb's): a reliable doer. */
  ownSubject: boolean;
  reasons: string[];
}

/** How many letters into a perfect verb its passive mark may stand (قُتل، اعتُقل). */
const PASSIVE_MARK_REACH = 4;

/** How far (in tokens) a subject may stand from its verb. */
const SUBJECT_AFTER_VERB = 3;
const SUBJECT_BEFORE = 10;
const OBJECT_AFTER = 6;
const NOUN_COMPLEMENT = 2;
const LIGHT_VERB_REACH = 4;
/** How far before a verb its pronoun subject may stand (they were withdrawing). */
const PRONOUN_REACH = 3;
const BETWEEN_REACH = 4;
/** How far after its trigger a place may be where the event happened. */
const PLACE_REACH = 10;

function label(g: ActorGroup): string {
  return g.members.map((m) => `${m.text}(${m.code ?? '-'}${m.agent ? ' ' + m.agent : ''})`).join(' + ');
}

class Assigner {
  readonly sources: ActorGroup[] = [];
  readonly targets: ActorGroup[] = [];
  readonly reasons: string[] = [];
  private readonly used = new Set<ActorGroup>();
  /** Set when the target is the source's own state: the same words may stand for both. */
  domestic = false;
  /** Set when the source comes from before the clause. */
  carried = false;
  /** Set when a grouping holds the meeting: it has no target but a named partner (with). */
  convened = false;
  /** The sides of a symmetric event before they were split: who the sentence goes on about. */
  bothSides: ActorGroup | null = null;
  /** Set when the source is the verb's own subject. */
  ownSubject = false;
  private readonly after: ActorGroup[];
  private readonly before: ActorGroup[];
  /** Places after the trigger in its clause (في بيروت): targets only of force used on them. */
  private readonly places: ActorGroup[];

  constructor(
    private readonly view: SentenceView,
    private readonly hit: TriggerHit,
    private readonly pattern: Pattern,
    private readonly lightVerbs: Set<string>,
  ) {
    const clause = view.clauseOf[hit.first];
    // a place after a target preposition is what is targeted (غارة على جنوب لبنان)
    // … and places after بين are its sides (القصف المتبادل بين قطاع غزة وجنوب إسرائيل)
    const party = (g: ActorGroup): boolean => !g.location || introducedBy(g, pattern.target) || introducedBy(g, view.cues.between);
    // words of a phrase split by its subject (أرسلت رواندا ألف جندي) are the trigger, not a party
    const inPhrase = (g: ActorGroup): boolean => hit.splitWords.some((k) => k >= g.first && k < g.last);
    // in a deal brokered by Qatar: the mediator is no party of the deal (a mediation codes it)
    const mediator = (g: ActorGroup): boolean => !pattern.mediates && introducedBy(g, view.cues.mediation);
    const inClause = view.groups.filter((g) => g.clause === clause && party(g) && !inPhrase(g) && !mediator(g));
    this.after = inClause.filter((g) => g.first >= hit.last);
    this.before = inClause.filter((g) => g.last <= hit.first).reverse();
    this.places = view.groups.filter((g) => g.clause === clause && g.location && g.first >= hit.last && g.first - hit.last <= PLACE_REACH);
  }

  /** Force used on a place hits that place's state (strikes on sites in Syria → SYR). */
  placeAsTarget(): void {
    if (this.targets.length > 0 || this.pattern.kind !== 'event' || !this.view.typeRules['place-target'].has(this.pattern.type)) return;
    this.take('target', this.places.find((g) => !this.restatesSource(g)), 'the place where force was used');
  }

  private take(role: 'source' | 'target', g: ActorGroup | undefined, why: string): boolean {
    // a place is where things happen, never who does them
    if (!g || this.used.has(g) || (role === 'source' && g.location)) return false;
    if (role === 'target' && this.restatesSource(g)) return false;
    this.used.add(g);
    (role === 'source' ? this.sources : this.targets).push(g);
    this.reasons.push(`${role} ${label(g)}: ${why}`);
    return true;
  }

  /**
   * Types that are never aimed at oneself (a visit, aid, sanctions): a group naming only the
   * source's state restates the source (زيارة لمسؤول سعودي after the Saudi minister), no target;
   * nor is a group naming no state, which would take the sentence's, mostly the source's.
   */
  private restatesSource(g: ActorGroup): boolean {
    if (this.pattern.kind !== 'event' || !this.view.typeRules.foreign.has(this.pattern.type)) return false;
    if (g.members.every((m) => m.code === null)) return true; // في أول زيارة لرئيس أجنبي
    const isSource = (code: string): boolean => this.sources.some((s) => s.members.some((m) => m.code === code));
    return g.members.every((m) => m.code !== null && isSource(m.code));
  }

  private free(list: ActorGroup[]): ActorGroup[] {
    return list.filter((g) => !this.used.has(g));
  }

  /** Passive agents and other explicit source phrases (من قبل، على يد، by). */
  explicitSource(): void {
    const g = this.free(this.after).find((x) => introducedBy(x, this.pattern.source));
    this.take('source', g, 'introduced by a source phrase');
  }

  prepositionTarget(): void {
    const g = this.free(this.after).find((x) => introducedBy(x, this.pattern.target) && !this.restatesSource(x));
    // thanked Germany for its air defence package: a named object before an unnamed one wins
    const namedObjectFirst = g !== undefined && !g.members.some((m) => m.code) && this.pattern.object === 'target' &&
      this.free(this.after).some((x) => x.first < g.first && isBare(x) && x.members.some((m) => m.code));
    if (namedObjectFirst) return;
    this.take('target', g, `introduced by "${g?.preposition ?? g?.intro[0] ?? ''}"`);
  }

  /**
   * بين X و Y / between X and Y, shortly after the trigger (محادثات غير مباشرة بين إيران والولايات
   * المتحدة): the first is the source if none yet, the rest targets.
   */
  between(): void {
    // words only: a quoted name between does not count (التمرين البحري المشترك 'مرجان' بين …)
    const wordsBetween = (x: ActorGroup): number => this.view.tokens.slice(this.hit.last, x.first).filter((t) => t.kind === 'word').length;
    const g = this.free(this.after).find((x) => introducedBy(x, this.view.cues.between) && wordsBetween(x) <= BETWEEN_REACH);
    if (!g) return;
    this.used.add(g);
    const [first, ...rest] = g.members;
    const asGroup = (ms: typeof g.members): ActorGroup => ({ ...g, members: ms });
    // بوساطة مصرية بين X و Y: both sides are the mediator's targets
    if (this.sources.length === 0 && first && !this.pattern.mediates) {
      this.sources.push(asGroup([first]));
      if (rest.length > 0) this.targets.push(asGroup(rest));
      this.reasons.push(`source and targets ${label(g)}: "between X and Y"`);
    } else {
      this.targets.push(g);
      this.reasons.push(`target ${label(g)}: "between"`);
    }
  }

  /**
   * أن القوات الأمريكية قصفت، or a sentence opening with its subject: a named group right before
   * the verb at the start of its clause is the subject (SVO), whatever follows the verb.
   */
  subjectOpeningClause(): boolean {
    const g = this.before[0];
    if (!g || this.used.has(g) || !isBare(g) || isOblique(g, this.view)) return false;
    const gap = this.view.tokens.slice(g.last, this.hit.first);
    if (!gap.every((_, k) => this.view.dateTokens.has(g.last + k))) return false;
    const opener = this.view.tokens[g.first - 1];
    if (g.first > 0 && !(opener && this.view.cues.complementiser.has(opener.norm))) return false;
    this.ownSubject = this.take('source', g, 'subject opening its clause, before the verb');
    return this.ownSubject;
  }

  subjectAfterVerb(): boolean {
    if (this.sources.length > 0) return true;
    const g = this.free(this.after)[0];
    if (!g || !isBare(g) || isOblique(g, this.view) || g.first - this.hit.last > SUBJECT_AFTER_VERB) return false;
    this.ownSubject = this.take('source', g, 'subject after the verb (VSO)');
    return this.ownSubject;
  }

  subjectBefore(reach = SUBJECT_BEFORE): boolean {
    if (this.sources.length > 0) return true;
    const g = this.free(this.before).find((x) => isBare(x) && !isOblique(x, this.view));
    if (!g || this.hit.first - g.last > reach) return false;
    return this.take('source', g, 'subject before the trigger');
  }

  directObject(): void {
    if (this.pattern.object !== 'target' || this.targets.length > 0) return;
    const g = this.free(this.after).find((x) => isBare(x) && !this.restatesSource(x));
    if (!g || g.first - this.hit.last > OBJECT_AFTER) return;
    this.take('target', g, 'direct object');
  }

  /** An actor right after a noun: an adjective (غارة إسرائيلية) is the doer; a genitive as the pattern says. */
  nounComplement(): void {
    const g = this.free(this.after)[0];
    if (this.convened || !g || !isBare(g) || g.first - this.hit.last > NOUN_COMPLEMENT) return;
    const between = this.view.tokens.slice(this.hit.last, g.first);
    // هدنة بوساطة مصرية: the adjective belongs to the mediation
    const stop = (t: (typeof between)[number]): boolean => t.kind !== 'word' || this.view.cues.preposition.has(t.norm) || this.view.cues.mediation.has(t.norm);
    if (between.some(stop)) return;
    const adjective = g.members.every((m) => m.form === 'adjective');
    // سراح مئتي أسير فلسطيني: an indefinite adjective past other words belongs to them; a definite one
    // may close a construct (شحنات الأسلحة الروسية)
    const adjacent = between.every((_, k) => this.view.dateTokens.has(this.hit.last + k));
    const definite = g.members.every((m) => m.proclitics.some((c) => cliticRoles().articles.has(c)));
    if (adjective && (this.sources.length > 0 || !(adjacent || definite))) return;
    if (adjective) {
      this.take('source', g, 'adjective after the noun');
      return;
    }
    // اقتحام محتجين إيرانيين سفارة الرياض: a verbal noun's genitive followed by its object is its doer
    const object = this.free(this.after).find((x) => x.first === g.last && isBare(x));
    if (this.pattern.genitive === 'target' && object) {
      this.take('source', g, 'genitive after the verbal noun, which has an object of its own: the doer');
      this.take('target', object, 'object of the verbal noun');
      return;
    }
    if (this.pattern.genitive === 'source' && this.sources.length > 0) return;
    this.take(this.pattern.genitive, g, `genitive after the noun (${this.pattern.genitive})`);
  }

  /**
   * A meeting a grouping holds (قمة مجموعة العشرين، خلال قمة قادة المنظمة): the grouping named
   * nearest the trigger is the source, and the meeting is aimed at no one else.
   */
  convener(): void {
    // قمتهم: a summit with a pronoun is its subject's
    if (!this.pattern.convened || this.sources.length > 0 || this.hit.analysis.enclitic !== null) return;
    const distance = (g: ActorGroup): number => Math.abs(g.first - this.hit.first);
    const groupings = this.view.groups.filter((g) => !this.used.has(g) && g.members.every((m) => m.kind === 'organisation'));
    const nearest = groupings.sort((a, b) => distance(a) - distance(b))[0];
    if (this.take('source', nearest, 'the grouping whose meeting it is')) this.convened = true;
  }

  /**
   * أكدت الجامعة العربية دعمها للصومال: a noun whose genitive is its doer, with a pronoun suffix, is
   * done by the actor named last before it. (A dual pronoun, اتفاقهما, is the parties': symmetric.)
   */
  possessor(): void {
    const pronoun = this.hit.analysis.enclitic;
    if (pronoun === null || this.hit.forms[0]?.pos !== 'noun' || this.pattern.genitive !== 'source' || this.pattern.symmetric || this.sources.length > 0) return;
    const owner = [...this.view.groups].reverse().find((g) => g.last <= this.hit.first && !g.location && !this.used.has(g) && g.members.some((m) => m.code));
    this.take('source', owner, 'the owner of the pronoun suffix');
  }

  /** The subject of a light verb before a noun trigger: شنت إسرائيل غارة، Israel launched strikes. */
  lightVerbSubject(): void {
    if (this.sources.length > 0) return;
    const tokens = this.view.tokens;
    for (let i = this.hit.first - 1; i >= Math.max(0, this.hit.first - LIGHT_VERB_REACH); i--) {
      const t = tokens[i];
      if (!t || !this.isLightVerb(i)) continue;
      const after = this.free(this.after.concat(this.before)).find((g) => g.first > i && g.last <= this.hit.first && isBare(g));
      if (this.take('source', after, `subject of the light verb "${t.text}"`)) {
        this.ownSubject = true;
        return;
      }
      const before = this.free(this.before).find((g) => g.last <= i && isBare(g));
      if (this.take('source', before, `subject of the light verb "${t.text}"`)) return;
    }
  }

  /**
   * A light verb after a noun with a pronoun for it names the doer (هجوم واسع شنته فصائل معارضة،
   * a relative clause); without a subject of its own it is the sentence's (أول هجوم تشنه من
   * أراضيها → the subject of أطلقت).
   */
  relativeLightVerb(previous: ActorGroup | null): void {
    if (this.sources.length > 0) return;
    const tokens = this.view.tokens;
    for (let i = this.hit.last; i < Math.min(tokens.length, this.hit.last + LIGHT_VERB_REACH); i++) {
      const t = tokens[i];
      if (!t || t.kind !== 'word' || this.view.clauseOf[i] !== this.view.clauseOf[this.hit.first]) return;
      const verb = t.analyses.find((a) => a.enclitic !== null && this.lightVerbs.has(a.stem));
      if (!verb) continue;
      const subject = this.free(this.after).find((g) => g.first > i && g.first - i <= SUBJECT_AFTER_VERB && isBare(g));
      if (this.take('source', subject, `subject of "${t.text}", which refers back to the noun`)) return;
      // without a subject of its own: the sentence's (its last event's, else its first named actor)
      const sentenceSubject = previous ?? this.view.groups.find((g) => isBare(g) && !g.location && g.last <= this.hit.first && g.members.some((m) => m.code));
      if (sentenceSubject && !this.used.has(sentenceSubject)) {
        this.sources.push(sentenceSubject);
        this.used.add(sentenceSubject);
        this.reasons.push(`source ${label(sentenceSubject)}: the sentence's subject does "${t.text}"`);
      }
      return;
    }
  }

  private isLightVerb(i: number): boolean {
    const t = this.view.tokens[i];
    if (!t) return false;
    if (this.lightVerbs.has(t.norm)) return true;
    return t.analyses.some((a) => this.lightVerbs.has(a.stem));
  }

  /**
   * قُتل، اعتُقل: a perfect verb written with the passive damma takes its subject as the target;
   * the doer, if named, comes with من قبل / على يد (explicitSource).
   */
  arabicPassive(): boolean {
    const token = this.view.tokens[this.hit.first];
    const head = token ? [...token.text.slice(0, PASSIVE_MARK_REACH)] : [];
    if (!token || this.hit.forms[0]?.tense !== 'perfect' || !head.some((ch) => this.view.cues['passive-mark'].has(ch))) return false;
    const g = this.free(this.after)[0];
    if (g && isBare(g) && g.first - this.hit.last <= SUBJECT_AFTER_VERB) this.take('target', g, 'subject of a passive verb (damma)');
    return true;
  }

  /**
   * "accused Algeria … and recalled its ambassador", "…، وأغلقت منافذها": a verb joined by "and"
   * (و) to an earlier one in the sentence shares its subject.
   */
  conjoinedSubject(previous: ActorGroup | null): boolean {
    if (!previous || this.sources.length > 0) return false;
    const before = this.view.tokens[this.hit.first - 1];
    const first = this.hit.analysis.proclitics[0];
    const conjoined = this.view.lang === 'en' ? before !== undefined && this.view.cues.and.has(before.norm) : first !== undefined && cliticRoles().conjunctions.has(first);
    if (!conjoined) return false;
    this.sources.push(previous);
    this.used.add(previous);
    this.reasons.push(`source ${label(previous)}: subject of the verb this one is joined to`);
    return true;
  }

  /**
   * "، متهمةً الدوحة بدعم الإرهاب"، "، معتبرةً أن …": a participle opening a clause after a comma,
   * without و, says what the sentence's main subject did while doing it.
   */
  circumstantial(mainSubject: ActorGroup | null): boolean {
    if (this.sources.length > 0 || !mainSubject || this.view.lang !== 'ar') return false;
    const before = this.view.tokens[this.hit.first - 1];
    const conjoined = this.hit.analysis.proclitics.some((c) => cliticRoles().conjunctions.has(c));
    // ، برعاية أمريكية: a word with a preposition is no participle
    const readings = this.view.tokens[this.hit.first]?.analyses ?? [];
    const prepositional = readings.some((a) => a.proclitics.some((c) => cliticRoles().prepositions.has(c)));
    // ، تعهدت موسكو: a perfect verb opens a clause with a subject of its own (، تتهمهم … is still a حال)
    const finite = this.hit.forms[0]?.tense === 'perfect';
    if (!before || !this.view.cues['clause-comma'].has(before.norm) || conjoined || prepositional || finite) return false;
    this.sources.push(mainSubject);
    this.used.add(mainSubject);
    this.reasons.push(`source ${label(mainSubject)}: a participle after a comma speaks of the sentence's subject`);
    return true;
  }

  /**
   * A pronoun subject shortly before the verb (أعلنت مصر أنها ستنسحب، announced that they were
   * withdrawing) speaks of the sentence's first named actor.
   */
  pronounSubject(): boolean {
    if (this.sources.length > 0) return true;
    let pronoun = -1;
    for (let i = Math.max(0, this.hit.first - PRONOUN_REACH); i < this.hit.first; i++) {
      if (this.view.cues['subject-pronoun'].has(this.view.tokens[i]?.norm ?? '')) pronoun = i;
    }
    // أنها سوف تزود أوكرانيا: what follows the verb is its object; a name between is the subject itself
    if (pronoun < 0 || this.view.groups.some((g) => g.first > pronoun && g.last <= this.hit.first)) return false;
    const speaker = this.view.groups.find((g) => isBare(g) && !g.location && g.last <= this.hit.first && g.members.some((m) => m.code));
    return this.take('source', speaker, 'the sentence\'s subject, which the pronoun before the verb stands for');
  }

  /** A mediation without parties of its own (بوساطة مصرية) is aimed at those of the event it frames. */
  mediatedParties(previousSubject: ActorGroup | null, previousTarget: ActorGroup | null): void {
    if (!this.pattern.mediates || this.targets.length > 0) return;
    const named = new Set<string | null>();
    for (const g of [previousSubject, previousTarget]) {
      // the sides of a symmetric event are its subject already
      if (!g || this.used.has(g) || this.restatesSource(g) || g.members.every((m) => named.has(m.code))) continue;
      for (const m of g.members) named.add(m.code);
      this.targets.push(g);
      this.reasons.push(`target ${label(g)}: a party of the event it mediates`);
    }
  }

  /**
   * هنأ أردوغان الشرع، في اتصال هاتفي، …: a noun after a framing preposition (في، خلال، during) that
   * names no actor of its own is the setting of the event before it, between the same parties.
   */
  setting(previousSubject: ActorGroup | null, previousTarget: ActorGroup | null): void {
    if (this.sources.length > 0 || !previousSubject || this.hit.forms[0]?.pos !== 'noun') return;
    if (!isFramed(this.view, this.hit)) return;
    this.sources.push(previousSubject);
    this.used.add(previousSubject);
    this.reasons.push(`source ${label(previousSubject)}: the setting of the event before it`);
    if (previousTarget && !this.used.has(previousTarget)) {
      this.targets.push(previousTarget);
      this.used.add(previousTarget);
      this.reasons.push(`target ${label(previousTarget)}: the setting of the event before it`);
    }
  }

  private answering: boolean | undefined;

  /** Whether the trigger names the act answered (رداً على هجمات، in response to attacks). */
  answers(): boolean {
    this.answering ??= introducedByCue(this.view, this.hit, this.view.cues.retaliation);
    return this.answering;
  }

  /** An act answered that names no doer of its own is by the other side: the answering event's target. */
  answeredSource(previousTarget: ActorGroup | null): void {
    if (this.sources.length > 0 || !previousTarget || !this.answers()) return;
    this.sources.push(previousTarget);
    this.used.add(previousTarget);
    this.reasons.push(`source ${label(previousTarget)}: the act answered is by the other side of the event that answers it`);
  }

  /** … and aimed at the one who answers it. */
  answeredTarget(previousSubject: ActorGroup | null): void {
    if (this.targets.length > 0 || !previousSubject || this.used.has(previousSubject) || !this.answers()) return;
    this.targets.push(previousSubject);
    this.reasons.push(`target ${label(previousSubject)}: the act answered is aimed at the one who answers it`);
  }

  /** A clause that names no doer continues the previous one's (أكدت مصر … وأضافت أنها ستشارك). */
  carriedSource(carried: ActorGroup | null): void {
    if (this.sources.length > 0 || !carried) return;
    this.sources.push(carried);
    this.carried = true;
    this.reasons.push(`source ${label(carried)}: carried over from before`);
  }

  /** English "X was attacked by Y": the subject is the target. */
  passiveSubject(): boolean {
    const prev = this.view.tokens.slice(Math.max(0, this.hit.first - 2), this.hit.first);
    if (!prev.some((t) => this.view.cues['passive-aux'].has(t.norm))) return false;
    const g = this.free(this.before).find((x) => isBare(x));
    if (g) this.take('target', g, 'subject of a passive');
    const by = this.free(this.after).find((x) => introducedBy(x, this.view.cues.by));
    this.take('source', by, 'agent of a passive ("by")');
    return true;
  }

  /**
   * Protests, concessions and repression with no named target are domestic: they are aimed at the
   * state where they happen (the place named), or else at the source's own state.
   */
  domesticTarget(): void {
    if (this.targets.length > 0 || this.pattern.kind !== 'event' || !this.view.typeRules.domestic.has(this.pattern.type)) return;
    // السلطات: an unnamed source takes its state from the sentence when the record is made
    const source = this.sources.find((g) => g.members.some((m) => m.code)) ?? this.sources[0];
    const place = this.view.groups.find((g) => g.members.some((m) => m.kind === 'place' || (g.location && m.code)));
    const home = place && (!source || place.members[0]?.code === source.members[0]?.code) ? place : source;
    if (!home) return;
    this.targets.push(home);
    this.domestic = true;
    this.reasons.push(`target ${label(home)}: a domestic ${this.pattern.type.toLowerCase()} without a named target`);
  }

  /**
   * Protests whose protesters are not named as actors (اتسعت الاحتجاجات في إيران، خرج عشرات الآلاف
   * من الجزائريين) are by the people of the state where they happen.
   */
  protestersOfThePlace(): void {
    if (this.sources.length > 0 || this.pattern.kind !== 'event' || !this.view.typeRules['place-source'].has(this.pattern.type)) return;
    const clause = this.view.clauseOf[this.hit.first];
    const home = this.view.groups.find((g) => g.clause === clause && g.members.some((m) => m.code && (g.location || m.form === 'people' || m.form === 'adjective')));
    if (!home) return;
    this.sources.push(home);
    this.used.add(home);
    this.reasons.push(`source ${label(home)}: the people of the place where the protest happens`);
  }

  /**
   * No target yet: the other party of the clause is the likeliest one — an actor of another state
   * after the trigger (تعزيزات إلى إدلب شمال غربي سوريا), or else before it.
   */
  otherPartyTarget(): void {
    if (this.targets.length > 0) return;
    const sourceCodes = new Set(this.sources.flatMap((g) => g.members.map((m) => m.code)));
    const clause = this.view.clauseOf[this.hit.first] ?? 0;
    // a threat, demand or accusation is aimed at the party of the clause it governs (حذر من أن …)
    const ahead = this.pattern.kind === 'event' && this.view.typeRules['aims-ahead'].has(this.pattern.type);
    // a place (في مسقط) is where it happened; force used on a place is placeAsTarget's
    const other = (g: ActorGroup, clauses: number[]): boolean =>
      !this.used.has(g) && !g.location && clauses.includes(g.clause) && g.members.some((m) => m.code !== null) &&
      g.members.every((m) => m.code === null || !sourceCodes.has(m.code));
    const reachable = (g: ActorGroup): boolean => other(g, ahead ? [clause, clause + 1] : [clause]);
    const after = this.view.groups.find((g) => g.first >= this.hit.last && reachable(g));
    const before = [...this.view.groups].reverse().find((g) => g.last <= this.hit.first && other(g, [clause]));
    this.take('target', after ?? before, after ? 'the other party of the clause (after)' : 'the other party of the clause (before)');
  }



  /** "sanctions on Putin and his minister" with the minister read as a source's: a target group keeps only the others. */
  dropSourcesFromTargets(): void {
    const sourceCodes = new Set(this.sources.flatMap((g) => g.members.map((m) => m.code).filter((c) => c !== null)));
    this.targets.forEach((g, k) => {
      const others = g.members.filter((m) => m.code === null || !sourceCodes.has(m.code));
      if (others.length === 0 || others.length === g.members.length) return;
      this.targets[k] = { ...g, members: others };
      this.reasons.push(`target ${label(g)}: the source's own state left out`);
    });
  }

  /** Symmetric events with one coordinated side: the first party is the source, the others targets. */
  splitSymmetric(): void {
    const [g] = this.sources;
    if (!this.pattern.symmetric || !g || this.sources.length !== 1 || g.members.length < 2) return;
    const [first, ...rest] = g.members;
    if (!first) return;
    this.bothSides = g;
    this.sources[0] = { ...g, members: [first] };
    this.targets.unshift({ ...g, members: rest });
    this.reasons.push('symmetric event: first party source, others targets');
  }
}

/** Actors from before the trigger's clause: the last subject in this sentence, its first one, and the one carried over. */
export interface Context {
  previousSubject: ActorGroup | null;
  /** The target of the sentence's last event: who an act it answers (رداً على …) comes from. */
  previousTarget: ActorGroup | null;
  /** The subject of the sentence's first event: who a circumstantial participle (، متهمةً …) speaks of. */
  mainSubject: ActorGroup | null;
  carried: ActorGroup | null;
}

export function assignRoles(view: SentenceView, hit: TriggerHit, pattern: Pattern, lightVerbs: Set<string>, context: Context): Roles {
  const { previousSubject } = context;
  const a = new Assigner(view, hit, pattern, lightVerbs);
  const isVerb = hit.forms[0]?.pos === 'verb';
  a.explicitSource();
  a.between();
  a.convener();
  if (a.circumstantial(context.mainSubject)) {
    if (isVerb) a.directObject();
    else a.nounComplement();
  } else if (view.lang === 'en') {
    if (isVerb) {
      if (!a.passiveSubject() && !a.conjoinedSubject(previousSubject)) {
        a.answeredSource(context.previousTarget); // in retaliation for the killing of …
        a.subjectBefore();
      }
    } else {
      a.subjectBefore(1); // Israeli strikes, U.S. sanctions
      a.answeredSource(context.previousTarget);
      a.setting(previousSubject, context.previousTarget); // in a deal brokered by …
      a.lightVerbSubject();
      a.subjectBefore();
    }
  } else if (isVerb) {
    if (!a.arabicPassive() && !a.pronounSubject() && !a.subjectOpeningClause() && !a.subjectAfterVerb() && !a.conjoinedSubject(previousSubject)) a.subjectBefore();
  } else {
    a.relativeLightVerb(previousSubject);
    a.possessor();
    a.nounComplement();
    a.answeredSource(context.previousTarget);
    a.setting(previousSubject, context.previousTarget);
    a.lightVerbSubject();
    a.subjectBefore();
  }
  a.protestersOfThePlace();
  if (isVerb) a.pronounSubject();
  a.carriedSource(context.carried);
  a.prepositionTarget();
  a.mediatedParties(previousSubject, context.previousTarget);
  if (!a.convened) {
    if (isVerb) a.directObject();
    a.answeredTarget(previousSubject);
    a.placeAsTarget();
    a.splitSymmetric();
    a.domesticTarget();
    a.otherPartyTarget();
  }
  a.dropSourcesFromTargets();
  const subject = a.bothSides ?? a.sources[0] ?? null;
  if (pattern.reversed) {
    a.reasons.push('the subject hosts: visitor is the source, host the target');
    return { sources: a.targets, targets: a.sources, subject, domestic: a.domestic, carried: a.carried, answered: a.answers(), ownSubject: a.ownSubject, reasons: a.reasons };
  }
  return { sources: a.sources, targets: a.targets, subject, domestic: a.domestic, carried: a.carried, answered: a.answers(), ownSubject: a.ownSubject, reasons: a.reasons };
}
