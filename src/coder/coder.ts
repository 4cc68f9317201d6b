import { createHash } from 'node:crypto';
import type { ActorRef, DateMention, Event, Grouping, Language, Membership, Sentence, Token } from '../model/index.ts';
import { Lexicon, type ActorMention, type Lang } from '../lexicon/index.ts';
import { analyseText, type TextDocument } from '../text/index.ts';
import { rulesVersion } from './rules-version.ts';
import { readCameo, type CameoCode } from './cameo.ts';
import { cueWords, readCues, readLightVerbs, readNotTriggers, type Cues } from './cues.ts';
import { GroupingFinder } from './groupings.ts';
import { readModality, type Modality } from './modality.ts';
import { asJointOperation, foundingAgreement, jointBySides, refusedAccession, suspensionSanction } from './derived.ts';
import { notAnEvent, type CodedTrigger } from './not-events.ts';
import { readPatterns, type EventPattern } from './patterns.ts';
import { actorRefs, eventDate, isHistorical, sentenceRef, stableId } from './records.ts';
import { assignRoles, type Roles } from './roles.ts';
import { blameDoers, conditionAfter, coordinatedVerb, isMutual, joinedByAnd, mutualCounterpart, refuses, suspendsItself, THREAT_CAMEO } from './relations.ts';
import { buildTriggerIndex, findTriggers, triggerWords, type Blocked, type TriggerHit, type TriggerIndex } from './triggers.ts';
import { readTypeRules, type TypeRules } from './type-rules.ts';
import { bySources, readSourceRules, type SourceRules } from './source-rules.ts';
import { sentenceView, type ActorGroup, type SentenceView } from './view.ts';

/**
 * The event coder: a document in, PLOVER/CAMEO events, memberships and groupings out, each tied
 * to its sentence, its trigger and the data-file rule that fired.
 */

export type CodedRecord = Event | Membership | Grouping;

export interface CodeInput {
  docId: string;
  text: string;
  /** Article date YYYY-MM-DD. */
  date: string;
  lang?: Language;
}

export interface TriggerExplanation {
  trigger: string;
  rule: string;
  /** The PLOVER type or membership change coded, or "" when nothing was. */
  type: string;
  also: string[];
  reasons: string[];
}

export interface SentenceExplanation {
  index: number;
  text: string;
  lang: Language;
  tokens: string[];
  mentions: { text: string; code: string | null; agent: string | null; kind: string }[];
  triggers: TriggerExplanation[];
}

export interface CodedDocument {
  records: CodedRecord[];
  sentences: number;
  explanations: SentenceExplanation[];
}

/**
 * Named actors are never part of a trigger; agent and role words only inside a longer one. Numbers,
 * quantity words, adverbs and dates may stand inside a verb phrase split by its subject.
 */
function blockedBy(actors: ActorMention[], tokens: Token[], dateTokens: ReadonlySet<number>, cues: Cues): Blocked {
  const blocked: Blocked = { named: new Set(), generic: new Set(), filler: new Set(dateTokens), opener: new Set(), particle: new Set() };
  for (const a of actors) {
    const set = a.code === null && (a.kind === 'agent' || a.kind === 'role') ? blocked.generic : blocked.named;
    for (let i = a.first; i < a.last; i++) set.add(i);
  }
  const counterparts = cueWords(cues.counterpart).initials;
  tokens.forEach((t, i) => {
    // سلّمت السلطات المغربية نظيرتها الإسبانية مواطناً: a counterpart word is part of the second party
    const counterpart = counterparts.has(t.norm.slice(0, 1)) && t.analyses.some((a) => cues.counterpart.has(a.stem));
    const filler = t.kind === 'number' || cues.quantifier.has(t.norm) || cues.approximate.has(t.norm) || cues.adverb.has(t.norm) || cues.possessive.has(t.norm) || counterpart;
    if (filler) blocked.filler.add(i);
    if (cues['phrase-opener'].has(t.norm)) blocked.opener.add(i);
    if (cues.particle.has(t.norm) || cues.preposition.has(t.norm)) blocked.particle.add(i);
  });
  return blocked;
}

/** Indices of the tokens inside the sentence's stated dates. */
function dateTokensOf(tokens: Token[], dates: DateMention[]): Set<number> {
  const inDates = new Set<number>();
  tokens.forEach((t, i) => {
    if (dates.some((d) => t.start >= d.start && t.end <= d.end)) inDates.add(i);
  });
  return inDates;
}

const ORGANISATION_REACH = 8;
/** How many words may stand between a noun that names no event and a noun trigger continuing it. */
const NAMED_PHRASE_GAP = 2;
/** How far a place may follow an unnamed actor to be its home (وزارة الصحة في قطاع غزة). */
const HOME_PLACE_REACH = 3;

/** The code of the sentence's first state actor, for agents it leaves unnamed (its troops). */
function firstCoded(view: SentenceView): string | null {
  for (const g of view.groups) for (const m of g.members) if (m.code && (m.kind === 'state' || m.kind === 'group' || m.kind === 'place' || m.kind === 'person')) return m.code;
  return null;
}

/**
 * The state of an actor the text leaves unnamed: the place right after it (المتظاهرون في بيروت →
 * LBN), else the sentence's first coded actor (the Israeli army … its troops → ISR) and then its
 * place — or, for those an event is aimed at (killing three people in southern Lebanon), the place
 * first.
 */
function homes(view: SentenceView, placeFirst: boolean): (m: ActorMention) => string | null {
  const first = firstCoded(view);
  const anyPlace = view.groups.find((g) => g.location)?.members[0]?.code ?? null;
  return (m) => {
    // متهمةً إسرائيل وحكومتها، حكومتها: a pronoun suffix belongs to the last actor named before it
    const owner = m.enclitic === null ? undefined : [...view.groups].reverse().find((g) => g.last <= m.first && !g.location && g.members.some((x) => x.code));
    if (owner) return owner.members.find((x) => x.code)?.code ?? null;
    const near = view.groups.find((g) => g.location && g.first >= m.last && g.first - m.last <= HOME_PLACE_REACH);
    return near?.members[0]?.code ?? (placeFirst ? anyPlace ?? first : first ?? anyPlace);
  };
}

/**
 * A word that is both a membership change and an event (انسحبت، withdrew) is a membership when an
 * organisation or treaty follows it in the clause (انسحبت من منظمة الصحة العالمية), else an event.
 */
function choosePattern(view: SentenceView, hit: TriggerHit): TriggerHit['forms'] {
  const membership = hit.forms.filter((f) => f.pattern.kind === 'membership');
  const event = hit.forms.filter((f) => f.pattern.kind === 'event');
  if (membership.length === 0 || event.length === 0) return hit.forms;
  const clause = view.clauseOf[hit.first];
  const organisationAfter = view.groups.some(
    (g) => g.clause === clause && g.first >= hit.last && g.first - hit.last <= ORGANISATION_REACH && g.members.some((m) => m.kind === 'organisation'),
  );
  return organisationAfter ? [...membership, ...event] : [...event, ...membership];
}

/** A trigger coded in the current sentence, with the event it made (an approval may yield it). */
interface CodedHit extends CodedTrigger {
  yields: boolean;
  record: Event | undefined;
  explanation: TriggerExplanation;
}

interface LanguageRules {
  index: TriggerIndex;
  cues: Cues;
  lightVerbs: Set<string>;
}

/** Everything a coder compiles from data/patterns and data/coder; the lexicon is loaded apart. */
export interface CompiledRules {
  rules: Record<Lang, LanguageRules>;
  cameo: Map<string, CameoCode>;
  typeRules: TypeRules;
  sourceRules: SourceRules;
  /** Hash of the data files the rules were compiled from. */
  version: string;
}

export class Coder {
  private constructor(
    readonly lexicon: Lexicon,
    private readonly rules: Record<Lang, LanguageRules>,
    private readonly groupings: GroupingFinder,
    readonly cameo: Map<string, CameoCode>,
    readonly typeRules: TypeRules,
    readonly sourceRules: SourceRules,
    private readonly rulesVersion: string,
  ) {}

  static load(lexiconDirs: string[] = []): Coder {
    return Coder.withRules(Lexicon.load(lexiconDirs), Coder.compileRules());
  }

  /** Reads and compiles the patterns, cues and rules of every language (most of a load's time). */
  static compileRules(): CompiledRules {
    const cameo = readCameo();
    const patternIds = new Set<string>();
    const rulesFor = (lang: Lang): LanguageRules => {
      const { patterns, forms } = readPatterns(lang, cameo, triggerWords(lang));
      for (const p of patterns) patternIds.add(p.id);
      return { index: buildTriggerIndex(lang, forms, readNotTriggers(lang)), cues: readCues(lang), lightVerbs: readLightVerbs(lang) };
    };
    const rules = { ar: rulesFor('ar'), en: rulesFor('en') };
    return { rules, cameo, typeRules: readTypeRules(), sourceRules: readSourceRules(cameo, patternIds), version: rulesVersion() };
  }

  /** A coder from compiled rules: this one's, copied to a worker thread, spare it compiling them again. */
  static withRules(lexicon: Lexicon, r: CompiledRules): Coder {
    return new Coder(lexicon, r.rules, new GroupingFinder(lexicon), r.cameo, r.typeRules, r.sourceRules, r.version);
  }

  /** The compiled rules: plain data (maps, sets, arrays, objects), so a worker gets them by structured clone. */
  get compiledRules(): CompiledRules {
    return { rules: this.rules, cameo: this.cameo, typeRules: this.typeRules, sourceRules: this.sourceRules, version: this.rulesVersion };
  }

  /** The version of all the data that codes: lexicon and rules. Stored records carry it. */
  get version(): string {
    return createHash('sha256').update(`${this.lexicon.version}:${this.rulesVersion}`).digest('hex').slice(0, 12);
  }

  /** Number of trigger forms per language, for reports. */
  get triggerCounts(): Record<Lang, number> {
    return { ar: this.rules.ar.index.size, en: this.rules.en.index.size };
  }

  code(input: CodeInput, explain = false): CodedDocument {
    const doc = analyseText(input.text, { published: input.date, lang: input.lang });
    const run = new DocumentRun(this, doc, input.docId, explain);
    for (const s of doc.sentences) run.sentence(s);
    return { records: [...run.records, ...run.groupingRecords()], sentences: doc.sentences.length, explanations: run.explanations };
  }

  rulesFor(lang: Lang): LanguageRules {
    return this.rules[lang];
  }

  get groupingFinder(): GroupingFinder {
    return this.groupings;
  }
}

/** The state of coding one document: records so far and the actor a new sentence may carry over. */
class DocumentRun {
  readonly records: CodedRecord[] = [];
  readonly explanations: SentenceExplanation[] = [];
  private readonly tokensBySentence = new Map<number, Token[]>();
  private carried: ActorGroup | null = null;
  /** The subject of the sentence's last event: a verb joined to it by "and" shares it. */
  private sentenceSubject: ActorGroup | null = null;
  /** The target of the sentence's last event. */
  private sentenceTarget: ActorGroup | null = null;
  /** The subject of the sentence's first event. */
  private mainSubject: ActorGroup | null = null;
  private readonly groupingCodes = new Map<string, Sentence>();
  private readonly discovered: Grouping[] = [];
  private readonly clauseOfEvent = new Map<string, number>();

  constructor(
    private readonly coder: Coder,
    private readonly doc: TextDocument,
    private readonly docId: string,
    private readonly explain: boolean,
  ) {
    // a sentence's tokens stand together, in order
    const { tokens } = doc;
    for (let from = 0, to = 1; from < tokens.length; to++) {
      const sentence = (tokens[from] as Token).sentence;
      if (to < tokens.length && tokens[to]?.sentence === sentence) continue;
      this.tokensBySentence.set(sentence, tokens.slice(from, to));
      from = to;
    }
  }

  sentence(s: Sentence): void {
    if (s.lang === 'other') return;
    this.sentenceSubject = null;
    this.sentenceTarget = null;
    this.mainSubject = null;
    const rules = this.coder.rulesFor(s.lang);
    const tokens = this.tokensBySentence.get(s.index) ?? [];
    const actors = this.coder.lexicon.sentenceActors(this.doc.text, s, tokens, this.doc.published);
    const dateTokens = dateTokensOf(tokens, this.doc.dates.filter((d) => d.start >= s.start && d.end <= s.end));
    const view = sentenceView(s.lang, tokens, actors, rules.cues, this.coder.typeRules, dateTokens);
    const hits = findTriggers(rules.index, tokens, blockedBy(actors, tokens, dateTokens, rules.cues));
    const explanation: TriggerExplanation[] = [];
    const coded: CodedHit[] = [];
    let skippedEnd = -1;
    // the trigger whose complement was skipped last: a noun joined to that complement by و is one too
    let governor: CodedHit | null = null;
    for (const hit of hits) {
      const modality = readModality(tokens, view.clauseOf, hit, rules.cues, rules.lightVerbs);
      const not = notAnEvent(view, hit, coded, { hypothetical: modality.modality === 'hypothetical', lightVerbs: rules.lightVerbs });
      const yielding = not?.governor?.yields && not.governor.record ? not.governor : null;
      // اتفاق دائم لوقف إطلاق النار after بهدف: a noun right after a skipped one belongs to it
      const partOfSkipped = skippedEnd >= 0 && hit.first - skippedEnd <= NAMED_PHRASE_GAP && hit.forms[0]?.pos === 'noun' &&
        tokens.slice(skippedEnd, hit.first).every((t) => t.kind === 'word' || rules.cues.quote.has(t.norm)); // يدعو إلى 'وقف …'
      const alsoGoverned = governor !== null && hit.forms.some((f) => f.pos === 'noun') && joinedByAnd(view, hit);
      if ((not && !yielding) || partOfSkipped || alsoGoverned) {
        const text = this.doc.text.slice(tokens[hit.first]?.start ?? 0, tokens[hit.last - 1]?.end ?? 0);
        const joined = alsoGoverned && governor ? `it is joined by "and" to what the ${governor.type} before it governs` : null;
        const why = not?.why ?? joined ?? 'it continues the phrase before it, which names no event';
        if (not?.governor) governor = not.governor;
        explanation.push({ trigger: text, rule: '', type: '', also: [], reasons: [`not an event: ${why}`] });
        // what it names, and what a governing trigger takes, may go on in the next noun
        skippedEnd = not?.names || not?.governor || partOfSkipped ? hit.last : -1;
        continue;
      }
      skippedEnd = -1;
      governor = null;
      if (yielding?.record) {
        this.records.splice(this.records.indexOf(yielding.record), 1);
        yielding.record = undefined;
      }
      const before = this.records.length;
      const e = this.trigger(s, view, hit, rules, modality);
      if (yielding) e.reasons.unshift(`what the ${yielding.type} before it governs: coded instead of it`);
      explanation.push(e);
      const record = this.records.length > before ? this.records.at(-1) : undefined;
      const yields = choosePattern(view, hit)[0]?.pattern.yields ?? false;
      coded.push({ hit, type: e.type, yields, record: record?.kind === 'event' ? record : undefined, explanation: e });
    }
    for (const changed of blameDoers(view, coded)) {
      const why = changed.type === 'ACCUSE' ? `target: the doer of the act it condemns (${changed.targets.map((t) => t.code).join(', ') || 'not named'})` : 'no source: the one who condemns it is not its doer';
      coded.find((c) => c.record === changed)?.explanation.reasons.push(why);
    }
    // a sentence without events still sets who the next one may be about
    const firstActor = view.groups.find((g) => !g.location && g.members.some((m) => m.code));
    if (hits.length === 0 && firstActor) this.carried = firstActor;
    if (this.explain) this.explainSentence(s, tokens, actors, explanation);
  }

  private trigger(s: Sentence, view: SentenceView, hit: TriggerHit, rules: LanguageRules, modality: Modality): TriggerExplanation {
    const [form, ...others] = choosePattern(view, hit);
    const written = form?.pattern && form.pattern.kind === 'event' ? asJointOperation(view, hit, form.pattern, this.coder.cameo) : form?.pattern;
    const tokens = view.tokens;
    const triggerText = this.doc.text.slice(tokens[hit.first]?.start ?? 0, tokens[hit.last - 1]?.end ?? 0);
    if (!written) return { trigger: triggerText, rule: '', type: '', also: [], reasons: [] };
    const context = { previousSubject: this.sentenceSubject, previousTarget: this.sentenceTarget, mainSubject: this.mainSubject, carried: this.carried };
    let pattern = written;
    let roles = assignRoles(view, hit, pattern, rules.lightVerbs, context);
    const joint = pattern.kind === 'event' ? jointBySides(view, pattern, roles.sources, this.coder.cameo) : pattern;
    if (joint !== pattern) {
      // the sides of a joint exercise are read again as a symmetric event's
      pattern = joint;
      roles = assignRoles(view, hit, pattern, rules.lightVerbs, context);
      roles.reasons.push('held by the forces of several states together: military cooperation between them');
    }
    const reasons = [...roles.reasons, ...modality.reasons];
    const place = { doers: homes(view, false), aimedAt: homes(view, true) };
    const start = tokens[hit.first]?.start ?? s.start;
    const end = tokens[hit.last - 1]?.end ?? start;
    const trigger = { text: this.doc.text.slice(start, end), start, end };
    const when = eventDate(this.doc.dates, s, start, this.doc.published);
    let type: string = pattern.kind === 'event' ? pattern.type : pattern.change;
    if (pattern.kind === 'event') {
      const coded = this.event(s, view.clauseOf[hit.first] ?? 0, pattern, roles, trigger, when, modality, place, { coordinated: coordinatedVerb(view, hit, rules.lightVerbs), mutual: isMutual(view, hit), conditional: conditionAfter(view, hit) });
      type = coded.type;
      if (coded.reason) reasons.push(coded.reason);
    } else {
      const found = this.coder.groupingFinder.memberships({ docId: this.docId, text: this.doc.text, s, view, hit, pattern, roles, when, negated: modality.negated });
      // several triggers of one sentence (انضمت … لتصبح عضوا) state one membership change once
      this.records.push(...found.memberships.filter((m) => !this.hasMembership(m)));
      this.discovered.push(...found.groupings);
      for (const m of found.memberships) if (!m.grouping.code.startsWith('NEW-')) this.noteGrouping(m.grouping.code, s);
      const derived = [
        // Armenia froze its participation: a member suspending itself is sanctioned by no one
        ...found.memberships.filter((m) => !suspendsItself(view, hit, roles, m)).map((m) => suspensionSanction(this.docId, this.coder.cameo, m, pattern.id, trigger)),
        ...(refuses(modality) ? found.memberships.map((m) => refusedAccession(this.docId, this.coder.cameo, m, pattern.id, trigger)) : []),
        // a founding announced at a meeting or in an agreement is that event's, not a signing of its own
        this.records.some((r) => r.kind === 'event' && r.sentence.index === s.index && (r.type === 'AGREE' || r.type === 'CONSULT'))
          ? null
          : foundingAgreement(this.docId, this.coder.cameo, found.memberships, pattern.id, trigger),
      ];
      for (const e of derived) if (e) this.records.push(e);
      reasons.push(...found.reasons);
    }
    if (roles.subject) {
      this.carried = roles.subject;
      this.sentenceSubject = roles.subject;
      this.sentenceTarget = roles.targets[0] ?? null;
      this.mainSubject ??= roles.subject;
    }
    const also = [...new Set(others.map((f) => f.pattern.id))].filter((id) => id !== pattern.id);
    return { trigger: trigger.text, rule: pattern.id, type, also, reasons };
  }



  /** Records the event (or merges it into one it restates); returns the type coded and why it changed. */
  private event(
    s: Sentence, clause: number, written: EventPattern, roles: Roles, trigger: { text: string; start: number; end: number },
    when: ReturnType<typeof eventDate>, modality: Modality,
    place: { doers: (m: ActorMention) => string | null; aimedAt: (m: ActorMention) => string | null },
    how: { coordinated: boolean; mutual: boolean; conditional: boolean },
  ): { type: string; reason: string | null } {
    const sources = actorRefs(roles.sources, place.doers);
    const named = actorRefs(roles.targets, place.aimedAt).filter((t) => roles.domestic || !sources.some((x) => x.start === t.start));
    const bySource = bySources(this.coder.sourceRules, written, sources);
    // اقتحمت قوات الأمن التونسية مقر الهيئة: made domestic by who does it (a raid), aimed at their own state
    const madeDomestic = bySource.reason !== null && named.length === 0 && this.coder.typeRules.domestic.has(bySource.pattern.type);
    const targets = madeDomestic ? sources : named;
    // لن توافق، will not accept: an approval negated for the future is a refusal, coded as one and not negated
    const refusal = refuses(modality) ? bySource.pattern.negatedAs : null;
    // could suspend visa-free travel if …، قد تفرض عقوبات إذا …: a conditional sanction or attack is a threat of it
    const threat = how.conditional && modality.modality === 'hypothetical' && this.coder.typeRules['threat-if'].has(bySource.pattern.type) ? this.coder.cameo.get(THREAT_CAMEO) : undefined;
    const recoded = refusal?.plover ? refusal : threat?.plover ? threat : null;
    const pattern = recoded?.plover ? { ...bySource.pattern, type: recoded.plover, cameo: recoded, mode: null } : bySource.pattern;
    const reason = recoded ? `a ${refusal?.plover ? 'negated' : 'conditional'} ${bySource.pattern.type} is a ${refusal?.plover ? 'refusal' : 'threat'}: ${recoded.plover} ${recoded.code}` : bySource.reason;
    const negated = modality.negated && !refusal?.plover;
    const stated = threat?.plover ? null : modality.modality;
    // رداً على هجمات الجماعة: the act answered is another act, never a restatement of the answer
    if (!roles.answered && this.mergeIntoEarlier(s, clause, pattern.type, { sources, targets, ownSubject: roles.ownSubject }, how.coordinated ? pattern.cameo.code : null)) {
      roles.reasons.push(`restates the ${pattern.type} event before it in this sentence: merged with it`);
      return { type: pattern.type, reason };
    }
    const historical = modality.modality === null && isHistorical(when, this.doc.published);
    const record: Event = {
      kind: 'event',
      id: stableId(this.docId, s.index, trigger.start, pattern.id),
      doc_id: this.docId,
      sentence: sentenceRef(s),
      type: pattern.type,
      mode: pattern.mode,
      context: pattern.context,
      cameo: pattern.cameo.code,
      quad_class: pattern.cameo.quadClass,
      goldstein: pattern.cameo.goldstein,
      date: when.date,
      date_precision: when.precision,
      sources,
      targets,
      trigger,
      negated,
      modality: historical ? 'historical' : stated,
      rule: pattern.id,
    };
    this.records.push(record);
    this.clauseOfEvent.set(record.id, clause);
    // a symmetric event (reciprocal agreements) already holds both sides
    const answer = (how.mutual && !pattern.symmetric) || pattern.mutual ? mutualCounterpart(record) : null;
    if (answer) {
      this.records.push(answer);
      roles.reasons.push('mutual: the other side did the same to the first');
    }
    for (const g of [...roles.sources, ...roles.targets]) {
      for (const m of g.members) if (m.kind === 'organisation' && m.code) this.noteGrouping(m.code, s);
    }
    return { type: pattern.type, reason };
  }

  /**
   * A second trigger of a type already coded in the sentence is the same event, merged into the
   * first: when it names only actors already there ("زار … في زيارة رسمية"); when it has the same
   * doer and names the target the first lacked ("attacked border posts, killing two soldiers");
   * or when it stands in the same clause ("قُتل سليماني في غارة أمريكية") with no doer of its own
   * (a doer of its own — "… رداً على هجوم للحوثيين" — makes it another event); and a deed that
   * named only its victims takes the doer a later trigger names for them.
   */
  private mergeIntoEarlier(s: Sentence, clause: number, type: string, parties: { sources: ActorRef[]; targets: ActorRef[]; ownSubject: boolean }, joinedCameo: string | null): boolean {
    const { sources, targets } = parties;
    const codes = (refs: ActorRef[]): Set<string> => new Set(refs.map((a) => a.code));
    // "اعتقلت الشرطة الغنوشي وداهمت مقر الحركة": a verb joined by و with another CAMEO code is another
    // act; with the same code it goes on with the first (اقتحم محتجون المقر وأضرموا النار فيه: one riot)
    const earlier = this.records.filter((r): r is Event => r.kind === 'event' && r.sentence.index === s.index && r.type === type && (joinedCameo === null || r.cameo === joinedCameo));
    for (const r of earlier) {
      // أفرجت حماس عن رهائن، فيما أطلقت السلطات الإسرائيلية سراح أسرى: the other side doing it, named as the verb's subject, is another act
      const reversed = sources.length > 0 && sources.every((a) => codes(r.targets).has(a.code) && !codes(r.sources).has(a.code));
      if (reversed && parties.ownSubject) continue;
      const seen = codes([...r.sources, ...r.targets]);
      if ([...sources, ...targets].every((a) => seen.has(a.code))) {
        // قُتل سياح … في هجوم شنه مسلحون: the restatement may name the doer the first one left out
        if (r.sources.length === 0) r.sources = sources;
        return true;
      }
      const sameDoer = sources.length === 0 || [...codes(sources)].every((c) => codes(r.sources).has(c));
      if (sameDoer && r.targets.length === 0 && targets.length > 0) {
        r.targets = targets.filter((t) => !codes(r.sources).has(t.code) || sources.length === 0);
        return true;
      }
      // قُتل متظاهران … بعدما أطلقت قوات الأمن الرصاص: a doer for a deed that named only its victims
      if (r.sources.length === 0 && sources.length > 0 && targets.every((t) => seen.has(t.code))) {
        r.sources = sources;
        return true;
      }
    }
    const inClause = earlier.find((r) => this.clauseOfEvent.get(r.id) === clause);
    if (!inClause) return false;
    const doers = codes(inClause.sources);
    if (inClause.sources.length > 0 && sources.some((a) => !doers.has(a.code))) return false;
    if (inClause.sources.length === 0) inClause.sources = sources;
    if (inClause.targets.length === 0) inClause.targets = targets.filter((t) => !inClause.sources.some((x) => x.code === t.code) || sources.length === 0);
    return true;
  }

  private hasMembership(m: Membership): boolean {
    return this.records.some(
      (r) => r.kind === 'membership' && r.sentence.index === m.sentence.index && r.actor.code === m.actor.code && r.grouping.code === m.grouping.code,
    );
  }

  private noteGrouping(code: string, s: Sentence): void {
    if (!this.groupingCodes.has(code)) this.groupingCodes.set(code, s);
  }

  groupingRecords(): Grouping[] {
    const out: Grouping[] = [];
    for (const [code, s] of this.groupingCodes) {
      const g = this.coder.groupingFinder.known(code, this.docId, s, this.doc.published);
      if (g) out.push(g);
    }
    return [...out, ...this.discovered];
  }

  private explainSentence(s: Sentence, tokens: Token[], actors: ActorMention[], triggers: TriggerExplanation[]): void {
    this.explanations.push({
      index: s.index,
      text: this.doc.text.slice(s.start, s.end),
      lang: s.lang,
      tokens: tokens.map((t) => (t.analyses.length > 1 ? `${t.text}[${t.analyses.map((a) => [...a.proclitics, a.stem].join('+') + (a.enclitic ? '+' + a.enclitic : '')).join('|')}]` : t.text)),
      mentions: actors.map((a) => ({ text: a.text, code: a.code, agent: a.agent, kind: a.kind })),
      triggers,
    });
  }
}
