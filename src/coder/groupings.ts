import { readTsv } from '../datafile/tsv.ts';
import { dataPath } from '../datafile/paths.ts';
import type { Grouping, GroupingFormat, Membership, MembershipChange, Sentence, Token } from '../model/index.ts';
import type { ActorMention, Lang, Lexicon, OrganisationEntry } from '../lexicon/index.ts';
import { cliticRoles, normalise, stemEnglish } from '../text/index.ts';
import type { MembershipPattern } from './patterns.ts';
import { sentenceRef, stableId, type EventDate } from './records.ts';
import type { Roles } from './roles.ts';
import type { TriggerHit } from './triggers.ts';
import type { SentenceView } from './view.ts';

/**
 * Memberships and groupings. A membership trigger (انضمت، الانسحاب من، founded, applied to join)
 * links the states among its roles to the organisation among them. When states found something
 * the lexicon does not know (أسست أربع دول اتحادا لليثيوم), a new grouping is made from the noun
 * phrase after the trigger, its founders and the issue words of the sentence.
 *
 * Format by member count: 2 bilateral, 3–9 minilateral, 10 or more multilateral — the thresholds
 * of the minilateralism literature (small groups of three to nine states on a narrow agenda).
 */

export const MINILATERAL_MIN = 3;
export const MULTILATERAL_MIN = 10;

export function formatFor(memberCount: number): GroupingFormat {
  if (memberCount >= MULTILATERAL_MIN) return 'multilateral';
  return memberCount >= MINILATERAL_MIN ? 'minilateral' : 'bilateral';
}

export interface MembershipContext {
  docId: string;
  text: string;
  s: Sentence;
  view: SentenceView;
  hit: TriggerHit;
  pattern: MembershipPattern;
  roles: Roles;
  when: EventDate;
  negated: boolean;
}

export interface MembershipFindings {
  memberships: Membership[];
  groupings: Grouping[];
  reasons: string[];
}

const MAX_NAME_WORDS = 6;
/** How far before a membership trigger a "become" or "bid" word may stand (أصبحت فنلندا رسميا العضو). */
const CUE_REACH = 5;
/** How far after the grouping noun a quoted name may start (… جديد يحمل اسم «…»). */
const QUOTE_REACH = 6;
const OPENING_QUOTES = new Set(['«', '“', '"']);
const CLOSING_QUOTES = new Set(['»', '”', '"']);
const STATE_KINDS = new Set(['state', 'region', 'place']);

/** States join and leave groupings; so do their leaders speaking for them (the Ukrainian president applied). */
function actsForAState(m: ActorMention): boolean {
  if (!m.code) return false;
  return STATE_KINDS.has(m.kind) || (m.kind === 'person' && m.agent === 'GOV');
}

function ref(m: { code: string; text: string; start: number; end: number }): { code: string; text: string; start: number; end: number } {
  return { code: m.code, text: m.text, start: m.start, end: m.end };
}

interface Discovered {
  record: Grouping;
  ref: { code: string; text: string; start: number; end: number };
}

export class GroupingFinder {
  private readonly groupingNouns: Record<Lang, Set<string>>;
  /** Issue phrases per language, by their first word's key. */
  private readonly issueWords: Record<Lang, Map<string, { words: string[]; issue: string }[]>>;
  private readonly unMembers: string[];

  constructor(private readonly lexicon: Lexicon) {
    const nouns: Record<Lang, Set<string>> = { ar: new Set(), en: new Set() };
    for (const r of readTsv(dataPath('coder', 'grouping-nouns.tsv'), 2)) {
      const lang = (r.fields[0] ?? '').trim() as Lang;
      nouns[lang]?.add(this.key(lang, (r.fields[1] ?? '').trim()));
    }
    this.groupingNouns = nouns;
    this.issueWords = { ar: new Map(), en: new Map() };
    for (const r of readTsv(dataPath('coder', 'issue-keywords.tsv'), 3)) {
      const lang = (r.fields[0] ?? '').trim() as Lang;
      const words = (r.fields[1] ?? '').trim().split(/\s+/).map((w) => this.key(lang, w));
      const byFirst = this.issueWords[lang];
      if (!byFirst) continue;
      const list = byFirst.get(words[0] ?? '') ?? [];
      list.push({ words, issue: (r.fields[2] ?? '').trim() });
      byFirst.set(words[0] ?? '', list);
    }
    this.unMembers = readTsv(dataPath('lexicon', 'un-members.tsv'), 2).filter((r) => r.fields[1]?.trim() === 'member').map((r) => (r.fields[0] ?? '').trim());
  }

  private key(lang: Lang, word: string): string {
    if (lang === 'en') return stemEnglish(normalise(word));
    const norm = normalise(word);
    const { article } = cliticRoles();
    return norm.startsWith(article) ? norm.slice(article.length) : norm;
  }

  /** A lexicon grouping as a record: its members on the given date. */
  known(code: string, docId: string, s: Sentence, date: string): Grouping | null {
    const org = this.lexicon.compiled.organisations.get(code);
    if (!org) return null;
    return {
      kind: 'grouping', id: stableId(docId, 'grouping', code), doc_id: docId, sentence: sentenceRef(s),
      code, name: (s.lang === 'en' ? org.names.en[0] : org.names.ar[0]) ?? code, format: org.format as GroupingFormat,
      members: this.membersOn(org, date), issues: org.issues, new: false,
    };
  }

  membersOn(org: OrganisationEntry, date: string): string[] {
    if (org.members === null) return [...this.unMembers];
    return org.members.filter((m) => (m.from ?? '0000') <= date && (m.to === null || date < m.to)).map((m) => m.code);
  }

  memberships(ctx: MembershipContext): MembershipFindings {
    // "الدول الأعضاء" names no one's membership by itself: a carried-over actor is not its member
    const sources = ctx.roles.carried && ctx.pattern.change === 'member' ? [] : ctx.roles.sources;
    const mentions = [...sources, ...ctx.roles.targets].flatMap((g) => g.members);
    const candidates = [...mentions, ...this.listedMembers(ctx)].filter((m, i, all) => actsForAState(m) && all.indexOf(m) === i);
    // "أربع دول أفريقية هي زامبيا …": a region describes the states named, it is no member itself
    const actors = candidates.some((m) => m.kind !== 'region') ? candidates.filter((m) => m.kind !== 'region') : candidates;
    const change = this.changeOf(ctx);
    let grouping: { code: string; text: string; start: number; end: number } | null = null;
    const org = mentions.find((m) => m.kind === 'organisation' && m.code) ?? this.organisationNear(ctx);
    if (org?.code) grouping = ref({ ...org, code: org.code });
    const findings: MembershipFindings = { memberships: [], groupings: [], reasons: [] };
    if (!grouping && ctx.pattern.change === 'found' && actors.length >= 2) {
      const discovered = this.discover(ctx, actors);
      if (discovered) {
        findings.groupings.push(discovered.record);
        grouping = discovered.ref;
        findings.reasons.push(`new grouping "${discovered.ref.text}" with ${actors.length} founders`);
      }
    }
    if (!grouping) {
      findings.reasons.push('no grouping found: no membership recorded');
      return findings;
    }
    const done = new Set<string>();
    for (const a of actors) {
      // the same state named twice (أبوظبي … الإمارات) is one membership
      if (!a.code || done.has(a.code)) continue;
      done.add(a.code);
      findings.memberships.push({
        kind: 'membership', id: stableId(ctx.docId, ctx.s.index, ctx.hit.first, ctx.pattern.id, a.code, grouping.code),
        doc_id: ctx.docId, sentence: sentenceRef(ctx.s), actor: ref({ ...a, code: a.code }), grouping,
        change, date: ctx.when.date, date_precision: ctx.when.precision, negated: ctx.negated, rule: ctx.pattern.id,
      });
      findings.reasons.push(`${a.text} ${change} ${grouping.code}`);
    }
    return findings;
  }

  /** A list of states in the clause (ست دول هي السعودية والإمارات …، members include …) names members too. */
  private listedMembers(ctx: MembershipContext): ActorMention[] {
    const clause = ctx.view.clauseOf[ctx.hit.first];
    return ctx.view.groups.filter((g) => g.clause === clause && !g.location && g.members.length >= 2).flatMap((g) => g.members);
  }

  /**
   * The change a verb before the trigger makes of it: "أصبحت فنلندا العضو" joins, "علق الاتحاد عضوية
   * الغابون" suspends, "طرد … من عضويته" expels; "قدمت طلبين للانضمام", "applied to join" is a bid.
   */
  private changeOf(ctx: MembershipContext): MembershipChange {
    const { change } = ctx.pattern;
    const cues = ctx.view.cues;
    if (change === 'member') {
      if (this.cueBefore(ctx, cues.suspend)) return 'suspend';
      if (this.cueBefore(ctx, cues.expel)) return 'expel';
      if (this.cueBefore(ctx, cues.become)) return 'join';
    }
    // "المرشحة لعضوية الاتحاد", "طلب للانضمام": a bid
    if ((change === 'join' || change === 'member') && this.cueBefore(ctx, cues.bid)) return 'seek';
    return change;
  }

  /** A cue word shortly before the trigger in its clause; the actors between do not count (علقت إيكواس عضوية …). */
  private cueBefore(ctx: MembershipContext, words: Set<string>): boolean {
    const { view } = ctx;
    const clause = view.clauseOf[ctx.hit.first];
    const named = view.namedTokens;
    let seen = 0;
    for (let i = ctx.hit.first - 1; i >= 0 && seen < CUE_REACH && view.clauseOf[i] === clause; i--) {
      if (named.has(i)) continue;
      seen++;
      const t = view.tokens[i];
      if (t && (words.has(t.norm) || t.analyses.some((a) => words.has(a.stem)))) return true;
    }
    return false;
  }

  /** The first organisation in the trigger's clause, after it if any. */
  private organisationNear(ctx: MembershipContext): ActorMention | undefined {
    const clause = ctx.view.clauseOf[ctx.hit.first];
    const orgs = ctx.view.groups.filter((g) => g.clause === clause).flatMap((g) => g.members).filter((m) => m.kind === 'organisation' && m.code);
    return orgs.find((m) => m.first >= ctx.hit.last) ?? orgs.at(-1);
  }

  private discover(ctx: MembershipContext, founders: ActorMention[]): Discovered | null {
    const { tokens, lang, clauseOf } = ctx.view;
    const clause = clauseOf[ctx.hit.first];
    const occupied = ctx.view.namedTokens;
    let startAt = -1;
    // the trigger may hold the grouping noun itself (إطلاق مبادرة، ميثاق تأسيس مجلس …)
    for (let i = ctx.hit.first + 1; i < tokens.length && clauseOf[i] === clause; i++) {
      const t = tokens[i];
      if (t && t.kind === 'word' && !occupied.has(i) && this.isGroupingNoun(lang, t, ctx.view.cues['accusative-ending'])) {
        startAt = i;
        break;
      }
    }
    if (startAt < 0) return null;
    const quoted = this.quotedName(ctx, startAt);
    if (quoted) return this.newGrouping(ctx, founders, quoted);
    let endAt = startAt + 1;
    while (endAt < tokens.length && endAt - startAt < MAX_NAME_WORDS && clauseOf[endAt] === clause) {
      const t = tokens[endAt];
      if (!t || t.kind !== 'word' || occupied.has(endAt) || ctx.view.cues.preposition.has(t.norm) || ctx.view.cues.and.has(t.norm)) break;
      endAt++;
    }
    const first = tokens[startAt];
    const last = tokens[endAt - 1];
    if (!first || !last) return null;
    return this.newGrouping(ctx, founders, { start: first.start, end: last.end });
  }

  /** اتحاد، تحالفاً، والمنتدى: a grouping noun in any reading, also in the accusative with alif. */
  private isGroupingNoun(lang: Lang, t: Token, accusativeEndings: ReadonlySet<string>): boolean {
    const nouns = this.groupingNouns[lang];
    const stems = [t.norm, ...t.analyses.map((a) => a.stem)];
    const bare = (stem: string): string[] => [...accusativeEndings].filter((e) => stem.endsWith(e)).map((e) => stem.slice(0, -e.length));
    return stems.some((stem) => [stem, ...bare(stem)].some((w) => nouns.has(this.key(lang, w))));
  }

  /** A name given in quotation marks after the grouping noun: إطار جديد باسم «اتحاد ممر المشرق للطاقة». */
  private quotedName(ctx: MembershipContext, from: number): { start: number; end: number } | null {
    const { tokens } = ctx.view;
    for (let i = from; i < Math.min(tokens.length, from + QUOTE_REACH); i++) {
      if (!OPENING_QUOTES.has(tokens[i]?.text ?? '')) continue;
      const close = tokens.findIndex((t, k) => k > i && CLOSING_QUOTES.has(t.text));
      const first = tokens[i + 1];
      const last = tokens[close - 1];
      if (close > i + 1 && first && last) return { start: first.start, end: last.end };
    }
    return null;
  }

  private newGrouping(ctx: MembershipContext, founders: ActorMention[], span: { start: number; end: number }): Discovered {
    const name = ctx.text.slice(span.start, span.end);
    const members = [...new Set(founders.map((f) => f.code).filter((c): c is string => c !== null))].sort();
    const code = `NEW-${stableId(normalise(name), members.join(','))}`.slice(0, 16).toUpperCase();
    const record: Grouping = {
      kind: 'grouping', id: stableId(ctx.docId, 'grouping', code), doc_id: ctx.docId, sentence: sentenceRef(ctx.s),
      code, name, format: formatFor(members.length), members, issues: this.issuesOf(ctx), new: true,
    };
    return { record, ref: { code, text: name, ...span } };
  }

  private issuesOf(ctx: MembershipContext): string[] {
    const lang = ctx.view.lang;
    // actors are not issue words: مالي is Mali there, not "financial"
    const named = ctx.view.namedTokens;
    // every reading of each word: لليثيوم is ل + ال + ليثيوم
    const keys = ctx.view.tokens.map((t, i) => (named.has(i) ? new Set<string>() : new Set([this.key(lang, t.norm), ...t.analyses.map((a) => this.key(lang, a.stem))])));
    const found = new Set<string>();
    keys.forEach((readings, i) => {
      for (const first of readings) {
        for (const w of this.issueWords[lang].get(first) ?? []) {
          if (i + w.words.length <= keys.length && w.words.every((k, j) => keys[i + j]?.has(k))) found.add(w.issue);
        }
      }
    });
    return [...found].sort();
  }
}
