import type { Db } from './db.ts';
import type { StoredActor } from './events-query.ts';

/**
 * Reading articles back: a page of them, newest stored first (a cursor is the last row seen), and
 * one article whole with its sources, sentences and every event and membership coded from it,
 * with the spans of its actors and triggers in the article's text.
 */

export interface ArticleSummary {
  id: string;
  title: string | null;
  date: string;
  lang: string;
  sources: string[];
  events: number;
}

export interface ArticleEventMention {
  event_id: number;
  type: string;
  mode: string | null;
  cameo: string;
  quad_class: number;
  goldstein: number;
  date: string;
  negated: boolean;
  modality: string | null;
  rule: string;
  sentence: number;
  trigger: { text: string; start: number; end: number };
  sources: StoredActor[];
  targets: StoredActor[];
}

export interface ArticleMembership {
  actor: { code: string; text: string; start: number; end: number };
  grouping: { code: string; text: string; start: number; end: number };
  change: string;
  date: string;
  negated: boolean;
  sentence: number;
  rule: string;
}

export interface ArticleDetail extends ArticleSummary {
  text: string;
  /** The story it tells: the id of the first stored article of it (itself, unless it is a near-duplicate). */
  story_id: string;
  /** The other stored articles of its story (the same story republished with small edits). */
  near_duplicates: string[];
  urls: string[];
  lexicon_version: string;
  sentences: { index: number; start: number; end: number; lang: string }[];
  mentions: ArticleEventMention[];
  memberships: ArticleMembership[];
}

export interface ArticlePage {
  articles: ArticleSummary[];
  /** Pass back as `cursor` for the next page; null on the last. */
  next: number | null;
}

interface MentionRow extends Omit<ArticleEventMention, 'negated' | 'sentence' | 'trigger' | 'sources' | 'targets'> {
  id: number;
  negated: number;
  sentence_idx: number;
  trigger_text: string;
  trigger_start: number;
  trigger_end: number;
}

export class ArticleQueries {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      page: db.prepare<{ before: number; limit: number }, { rowid: number; id: string; title: string | null; date: string; lang: string }>(
        'SELECT rowid, id, title, date, lang FROM articles WHERE rowid < @before ORDER BY rowid DESC LIMIT @limit',
      ),
      one: db.prepare<[string], { id: string; title: string | null; date: string; lang: string; text: string; lexicon_version: string; story_id: string }>(
        'SELECT id, title, date, lang, text, lexicon_version, story_id FROM articles WHERE id = ?',
      ),
      story: db.prepare<[string, string], { id: string }>('SELECT id FROM articles WHERE story_id = ? AND id != ? ORDER BY rowid'),
      sources: db.prepare<[string], { source: string; url: string | null }>('SELECT source, url FROM article_sources WHERE article_id = ? ORDER BY source'),
      eventCount: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM event_mentions WHERE article_id = ?'),
      sentences: db.prepare<[string], { idx: number; start: number; end: number; lang: string }>('SELECT idx, start, "end", lang FROM sentences WHERE article_id = ? ORDER BY idx'),
      mentions: db.prepare<[string], MentionRow>(
        `SELECT id, event_id, type, mode, cameo, quad_class, goldstein, date, negated, modality, rule, sentence_idx, trigger_text, trigger_start, trigger_end
         FROM event_mentions WHERE article_id = ? ORDER BY trigger_start, id`,
      ),
      actors: db.prepare<[number], StoredActor & { role: string }>('SELECT role, code, agent, text, start, "end" FROM event_actors WHERE mention_id = ? ORDER BY role, position'),
      memberships: db.prepare<[string], Record<string, string | number>>(
        `SELECT actor_code, actor_text, actor_start, actor_end, grouping_code, grouping_text, grouping_start, grouping_end, change, date, negated, sentence_idx, rule
         FROM memberships WHERE article_id = ? ORDER BY actor_start`,
      ),
    };
  }

  page(limit: number, cursor?: number): ArticlePage {
    const rows = this.stmts.page.all({ before: cursor ?? Number.MAX_SAFE_INTEGER, limit: limit + 1 });
    const more = rows.length > limit;
    const shown = rows.slice(0, limit);
    return {
      articles: shown.map((r) => ({ id: r.id, title: r.title, date: r.date, lang: r.lang, sources: this.stmts.sources.all(r.id).map((s) => s.source), events: this.stmts.eventCount.get(r.id)?.n ?? 0 })),
      next: more ? (shown.at(-1)?.rowid ?? null) : null,
    };
  }

  article(id: string): ArticleDetail | null {
    const a = this.stmts.one.get(id);
    if (!a) return null;
    const sources = this.stmts.sources.all(id);
    const mentions = this.stmts.mentions.all(id).map((m) => this.mention(m));
    return {
      id: a.id,
      title: a.title,
      date: a.date,
      lang: a.lang,
      text: a.text,
      lexicon_version: a.lexicon_version,
      story_id: a.story_id,
      near_duplicates: this.stmts.story.all(a.story_id, a.id).map((r) => r.id),
      sources: sources.map((s) => s.source),
      urls: sources.flatMap((s) => (s.url ? [s.url] : [])),
      events: mentions.length,
      sentences: this.stmts.sentences.all(id).map((s) => ({ index: s.idx, start: s.start, end: s.end, lang: s.lang })),
      mentions,
      memberships: this.stmts.memberships.all(id).map(membership),
    };
  }

  private mention(m: MentionRow): ArticleEventMention {
    const actors = this.stmts.actors.all(m.id);
    const side = (role: string): StoredActor[] => actors.filter((a) => a.role === role).map(({ code, agent, text, start, end }) => ({ code, agent, text, start, end }));
    return {
      event_id: m.event_id,
      type: m.type,
      mode: m.mode,
      cameo: m.cameo,
      quad_class: m.quad_class,
      goldstein: m.goldstein,
      date: m.date,
      negated: m.negated === 1,
      modality: m.modality,
      rule: m.rule,
      sentence: m.sentence_idx,
      trigger: { text: m.trigger_text, start: m.trigger_start, end: m.trigger_end },
      sources: side('source'),
      targets: side('target'),
    };
  }
}

function membership(r: Record<string, string | number>): ArticleMembership {
  const s = (k: string): string => String(r[k]);
  const n = (k: string): number => Number(r[k]);
  return {
    actor: { code: s('actor_code'), text: s('actor_text'), start: n('actor_start'), end: n('actor_end') },
    grouping: { code: s('grouping_code'), text: s('grouping_text'), start: n('grouping_start'), end: n('grouping_end') },
    change: s('change'),
    date: s('date'),
    negated: n('negated') === 1,
    sentence: n('sentence_idx'),
    rule: s('rule'),
  };
}
