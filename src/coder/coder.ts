import type { ActorRef, Event, Grouping, Language, Membership, Sentence, Token } from '../model/index.ts';
import { Lexicon, type ActorMention, type Lang } from '../lexicon/index.ts';
import { analyseText, type TextDocument } from '../text/index.ts';
import { readCameo, type CameoCode } from './cameo.ts';
import { readCues, readLightVerbs, readNotTriggers, type Cues } from './cues.ts';
import { GroupingFinder } from './groupings.ts';
import { readModality } from './modality.ts';
import { asJointOperation, foundingAgreement, suspensionSanction } from './derived.ts';
import { notAnEvent } from './not-events.ts';
import { readPatterns, type EventPattern } from './patterns.ts';
import { actorRefs, eventDate, isHistorical, sentenceRef, stableId } from './records.ts';
import { assignRoles, type Roles } from './roles.ts';
import { buildTriggerIndex, findTriggers, triggerWords, type Blocked, type TriggerHit, type TriggerIndex } from './triggers.ts';
import { readTypeRules, type TypeRules } from './type-rules.ts';
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

/** Named actors are never part of a trigger; agent and role words only inside a longer one. */
function blockedBy(actors: ActorMention[]): Blocked {
  const blocked: Blocked = { named: new Set(), generic: new Set() };
  for (const a of actors) {
    const set = a.code === null && (a.kind === 'agent' || a.kind === 'role') ? blocked.generic : blocked.named;
    for (let i = a.first; i < a.last; i++) set.add(i);
  }
  return blocked;
}

const ORGANISATION_REACH = 8;
/** The code of the sentence's first state actor, for agents it leaves unnamed (its troops). */
function firstCoded(view: SentenceView): string | null {
  for (const g of view.groups) for (const m of g.members) if (m.code && (m.kind === 'state' || m.kind === 'group' || m.kind === 'place')) return m.code;
  return null;
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

interface LanguageRules {
  index: TriggerIndex;
  cues: Cues;
  lightVerbs: Set<string>;
}

export class Coder {
  private constructor(
    readonly lexicon: Lexicon,
    private readonly rules: Record<Lang, LanguageRules>,
    private readonly groupings: GroupingFinder,
    readonly cameo: Map<string, CameoCode>,
    readonly typeRules: TypeRules,
  ) {}

  static load(lexiconDirs: string[] = []): Coder {
    const cameo = readCameo();
    const rulesFor = (lang: Lang): LanguageRules => {
      const { forms } = readPatterns(lang, cameo, triggerWords(lang));
      return { index: buildTriggerIndex(lang, forms, readNotTriggers(lang)), cues: readCues(lang), lightVerbs: readLightVerbs(lang) };
    };
    const lexicon = Lexicon.load(lexiconDirs);
    return new Coder(lexicon, { ar: rulesFor('ar'), en: rulesFor('en') }, new GroupingFinder(lexicon), cameo, readTypeRules());
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
    const rules = this.coder.rulesFor(s.lang);
    const tokens = this.tokensBySentence.get(s.index) ?? [];
    const actors = this.coder.lexicon.sentenceActors(this.doc.text, s, tokens, this.doc.published);
    const view = sentenceView(s.lang, tokens, actors, rules.cues, this.coder.typeRules);
    const hits = findTriggers(rules.index, tokens, blockedBy(actors));
    const explanation: TriggerExplanation[] = [];
    const coded: { hit: TriggerHit; type: string }[] = [];
    for (const hit of hits) {
      const why = notAnEvent(view, hit, coded);
      if (why) {
        const text = this.doc.text.slice(tokens[hit.first]?.start ?? 0, tokens[hit.last - 1]?.end ?? 0);
        explanation.push({ trigger: text, rule: '', type: '', also: [], reasons: [`not an event: ${why}`] });
        continue;
      }
      const e = this.trigger(s, view, hit, rules);
      explanation.push(e);
      coded.push({ hit, type: e.type });
    }
    // a sentence without events still sets who the next one may be about
    const firstActor = view.groups.find((g) => !g.location && g.members.some((m) => m.code));
    if (hits.length === 0 && firstActor) this.carried = firstActor;
    if (this.explain) this.explainSentence(s, tokens, actors, explanation);
  }

  private trigger(s: Sentence, view: SentenceView, hit: TriggerHit, rules: LanguageRules): TriggerExplanation {
    const [form, ...others] = choosePattern(view, hit);
    const pattern = form?.pattern && form.pattern.kind === 'event' ? asJointOperation(view, hit, form.pattern, this.coder.cameo) : form?.pattern;
    const tokens = view.tokens;
    const triggerText = this.doc.text.slice(tokens[hit.first]?.start ?? 0, tokens[hit.last - 1]?.end ?? 0);
    if (!pattern) return { trigger: triggerText, rule: '', type: '', also: [], reasons: [] };
    const roles = assignRoles(view, hit, pattern, rules.lightVerbs, { previousSubject: this.sentenceSubject, carried: this.carried });
    const modality = readModality(tokens, view.clauseOf, hit, rules.cues, rules.lightVerbs);
    const reasons = [...roles.reasons, ...modality.reasons];
    const place = view.groups.find((g) => g.location)?.members[0]?.code ?? firstCoded(view);
    const start = tokens[hit.first]?.start ?? s.start;
    const end = tokens[hit.last - 1]?.end ?? start;
    const trigger = { text: this.doc.text.slice(start, end), start, end };
    const when = eventDate(this.doc.dates, s, start, this.doc.published);
    if (pattern.kind === 'event') {
      this.event(s, view.clauseOf[hit.first] ?? 0, pattern, roles, trigger, when, modality, place);
    } else {
      const found = this.coder.groupingFinder.memberships({ docId: this.docId, text: this.doc.text, s, view, hit, pattern, roles, when, negated: modality.negated });
      // several triggers of one sentence (انضمت … لتصبح عضوا) state one membership change once
      this.records.push(...found.memberships.filter((m) => !this.hasMembership(m)));
      this.discovered.push(...found.groupings);
      for (const m of found.memberships) if (!m.grouping.code.startsWith('NEW-')) this.noteGrouping(m.grouping.code, s);
      const derived = [
        ...found.memberships.map((m) => suspensionSanction(this.docId, this.coder.cameo, m, pattern.id, trigger)),
        this.records.some((r) => r.kind === 'event' && r.sentence.index === s.index && r.type === 'AGREE')
          ? null
          : foundingAgreement(this.docId, this.coder.cameo, found.memberships, pattern.id, trigger),
      ];
      for (const e of derived) if (e) this.records.push(e);
      reasons.push(...found.reasons);
    }
    if (roles.subject) {
      this.carried = roles.subject;
      this.sentenceSubject = roles.subject;
    }
    const also = [...new Set(others.map((f) => f.pattern.id))].filter((id) => id !== pattern.id);
    return { trigger: trigger.text, rule: pattern.id, type: pattern.kind === 'event' ? pattern.type : pattern.change, also, reasons };
  }



  private event(
    s: Sentence, clause: number, pattern: EventPattern, roles: Roles, trigger: { text: string; start: number; end: number },
    when: ReturnType<typeof eventDate>, modality: ReturnType<typeof readModality>, place: string | null,
  ): void {
    const sources = actorRefs(roles.sources, place);
    const targets = actorRefs(roles.targets, place).filter((t) => roles.domestic || !sources.some((x) => x.start === t.start));
    if (this.mergeIntoEarlier(s, clause, pattern.type, sources, targets)) {
      roles.reasons.push(`restates the ${pattern.type} event before it in this sentence: merged with it`);
      return;
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
      negated: modality.negated,
      modality: historical ? 'historical' : modality.modality,
      rule: pattern.id,
    };
    this.records.push(record);
    this.clauseOfEvent.set(record.id, clause);
    for (const g of [...roles.sources, ...roles.targets]) {
      for (const m of g.members) if (m.kind === 'organisation' && m.code) this.noteGrouping(m.code, s);
    }
  }

  /**
   * A second trigger of a type already coded in the sentence is the same event, merged into the
   * first: when it names only actors already there ("زار … في زيارة رسمية"); when it has the same
   * doer and names the target the first lacked ("attacked border posts, killing two soldiers");
   * or when it stands in the same clause ("قُتل سليماني في غارة أمريكية") with no doer of its own
   * (a doer of its own — "… رداً على هجوم للحوثيين" — makes it another event).
   */
  private mergeIntoEarlier(s: Sentence, clause: number, type: string, sources: ActorRef[], targets: ActorRef[]): boolean {
    const codes = (refs: ActorRef[]): Set<string> => new Set(refs.map((a) => a.code));
    const earlier = this.records.filter((r): r is Event => r.kind === 'event' && r.sentence.index === s.index && r.type === type);
    for (const r of earlier) {
      const seen = codes([...r.sources, ...r.targets]);
      if ([...sources, ...targets].every((a) => seen.has(a.code))) return true;
      const sameDoer = sources.length === 0 || [...codes(sources)].every((c) => codes(r.sources).has(c));
      if (sameDoer && r.targets.length === 0 && targets.length > 0) {
        r.targets = targets.filter((t) => !codes(r.sources).has(t.code) || sources.length === 0);
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
