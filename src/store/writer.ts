import type { CodedRecord } from '../coder/index.ts';
import type { Event, Grouping, Membership, Sentence } from '../model/index.ts';
import type { Db } from './db.ts';
import { EventWriter } from './event-writer.ts';
import { indexText } from './search.ts';
import { StoryFinder, toBlob } from './stories.ts';

/**
 * Writing articles: each article with its source, sentences, full-text entry and every record
 * coded from it goes in ONE transaction, so a crash leaves it wholly stored or not at all.
 */

export interface ArticleSource {
  /** Where it was read: a file path, or a URL. */
  name: string;
  url: string | null;
}

export interface ArticleToStore {
  /** Hash of the normalised text (`articleId` of the text stage). */
  id: string;
  title: string | null;
  date: string;
  lang: string;
  /** The text after NFC: every stored span points into it. */
  text: string;
  lexiconVersion: string;
  source: ArticleSource;
  sentences: Sentence[];
  records: CodedRecord[];
  /** MinHash signature of the text (text stage's `fingerprint`), null when too short to compare. */
  signature: Uint32Array | null;
}

export class StoreWriter {
  private readonly events: EventWriter;
  private readonly stories: StoryFinder;
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.events = new EventWriter(db);
    this.stories = new StoryFinder(db);
    this.stmts = {
      has: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM articles WHERE id = ?'),
      forgetMemberships: db.prepare('DELETE FROM memberships WHERE article_id = ?'),
      forgetGroupingMentions: db.prepare('DELETE FROM grouping_mentions WHERE article_id = ?'),
      setVersion: db.prepare('UPDATE articles SET lexicon_version = ? WHERE id = ?'),
      hasSource: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM article_sources WHERE source = ? LIMIT 1'),
      article: db.prepare(
        `INSERT INTO articles (id, title, date, lang, text, lexicon_version, ingested_at, story_id, signature)
         VALUES (@id, @title, @date, @lang, @text, @lexiconVersion, @ingestedAt, @storyId, @signatureBlob)`,
      ),
      fts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
      source: db.prepare('INSERT OR IGNORE INTO article_sources (article_id, source, url) VALUES (?, ?, ?)'),
      sentence: db.prepare('INSERT INTO sentences (article_id, idx, start, "end", lang) VALUES (?, ?, ?, ?, ?)'),
      eventsOf: db.prepare<[string], { event_id: number }>('SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?'),
      membership: db.prepare(
        `INSERT INTO memberships (article_id, record_id, sentence_idx, actor_code, actor_text, actor_start, actor_end,
           grouping_code, grouping_text, grouping_start, grouping_end, change, date, date_precision, negated, rule, lexicon_version)
         VALUES (@article_id, @record_id, @sentence_idx, @actor_code, @actor_text, @actor_start, @actor_end,
           @grouping_code, @grouping_text, @grouping_start, @grouping_end, @change, @date, @date_precision, @negated, @rule, @lexicon_version)`,
      ),
      grouping: db.prepare('INSERT OR IGNORE INTO groupings (code, name, format, issues, discovered) VALUES (?, ?, ?, ?, ?)'),
      member: db.prepare('INSERT OR IGNORE INTO grouping_members (grouping_code, member_code) VALUES (?, ?)'),
      groupingMention: db.prepare('INSERT OR IGNORE INTO grouping_mentions (grouping_code, article_id, record_id, sentence_idx) VALUES (?, ?, ?, ?)'),
    };
  }

  hasArticle(id: string): boolean {
    return this.stmts.has.get(id) !== undefined;
  }

  /** Whether some article was read from this file or URL already. */
  hasSource(source: string): boolean {
    return this.stmts.hasSource.get(source) !== undefined;
  }

  /**
   * Records one more place a stored article was read from; its events count the source if no
   * other article of theirs came from it. Returns false when the source was known already.
   */
  addSource(articleId: string, source: ArticleSource): boolean {
    return this.db.transaction(() => {
      if (this.stmts.source.run(articleId, source.name, source.url).changes === 0) return false;
      for (const { event_id } of this.stmts.eventsOf.all(articleId)) this.events.countSource(event_id, source.name, articleId);
      return true;
    }).immediate();
  }

  /** Stores a new article and all its records at once. */
  addArticle(a: ArticleToStore): void {
    this.db.transaction(() => {
      const storyId = this.stories.storyOf(a.id, a.signature);
      const { signature, ...fields } = a;
      const row = this.stmts.article.run({ ...fields, ingestedAt: new Date().toISOString(), storyId, signatureBlob: toBlob(signature) });
      this.stories.index(a.id, signature);
      this.stmts.fts.run(row.lastInsertRowid, indexText(a.title ?? ''), indexText(a.text));
      this.stmts.source.run(a.id, a.source.name, a.source.url);
      for (const s of a.sentences) this.stmts.sentence.run(a.id, s.index, s.start, s.end, s.lang);
      const events = a.records.filter((r): r is Event => r.kind === 'event');
      this.events.storeArticleEvents(a.id, a.lexiconVersion, events);
      this.storeOthers(a.id, a.lexiconVersion, a.records);
    }).immediate();
  }

  /**
   * Replaces a stored article's records with a new coding of it (`nasij recode` after the data
   * files change), at once: its old mentions leave their events, whose counts are taken again.
   */
  replaceRecords(articleId: string, lexiconVersion: string, records: CodedRecord[]): void {
    this.db.transaction(() => {
      this.events.forgetArticle(articleId);
      this.stmts.forgetMemberships.run(articleId);
      this.stmts.forgetGroupingMentions.run(articleId);
      this.stmts.setVersion.run(lexiconVersion, articleId);
      this.events.storeArticleEvents(articleId, lexiconVersion, records.filter((r): r is Event => r.kind === 'event'));
      this.storeOthers(articleId, lexiconVersion, records);
    }).immediate();
  }

  private storeOthers(articleId: string, lexiconVersion: string, records: CodedRecord[]): void {
    for (const r of records) {
      if (r.kind === 'membership') this.storeMembership(articleId, lexiconVersion, r);
      else if (r.kind === 'grouping') this.storeGrouping(articleId, r);
    }
  }

  private storeMembership(articleId: string, lexiconVersion: string, m: Membership): void {
    this.stmts.membership.run({
      article_id: articleId,
      record_id: m.id,
      sentence_idx: m.sentence.index,
      actor_code: m.actor.code,
      actor_text: m.actor.text,
      actor_start: m.actor.start,
      actor_end: m.actor.end,
      grouping_code: m.grouping.code,
      grouping_text: m.grouping.text,
      grouping_start: m.grouping.start,
      grouping_end: m.grouping.end,
      change: m.change,
      date: m.date,
      date_precision: m.date_precision,
      negated: m.negated ? 1 : 0,
      rule: m.rule,
      lexicon_version: lexiconVersion,
    });
  }

  /** A grouping is stored as first seen; later articles add members and where they name it. */
  private storeGrouping(articleId: string, g: Grouping): void {
    this.stmts.grouping.run(g.code, g.name, g.format, JSON.stringify(g.issues), g.new ? 1 : 0);
    for (const member of g.members) this.stmts.member.run(g.code, member);
    this.stmts.groupingMention.run(g.code, articleId, g.id, g.sentence.index);
  }
}
