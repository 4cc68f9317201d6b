import type { ActorRef, Event } from '../model/index.ts';
import type { Db } from './db.ts';

/**
 * Storing coded events so that one event reported by several articles is one row: an event's
 * identity is its type, negation, modality and source and target code sets; a record with that
 * identity dated within a day of a stored event is one more mention of it. An event naming no
 * actor at all is never merged: nothing says two such reports are one happening.
 */

export function dedupKey(e: Event): string | null {
  if (e.sources.length === 0 && e.targets.length === 0) return null;
  return [e.type, e.negated ? 'negated' : '', e.modality ?? '', codeSet(e.sources).join(','), codeSet(e.targets).join(',')].join('|');
}

export function codeSet(refs: ActorRef[]): string[] {
  return [...new Set(refs.map((r) => r.code))].sort();
}

/** The day `days` after an ISO date, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export class EventWriter {
  private readonly nearest;
  private readonly insertEvent;
  private readonly insertParty;
  private readonly insertDyad;
  private readonly addDyadDay;
  private readonly insertMention;
  private readonly insertActor;
  private readonly bumpMentions;
  private readonly bumpArticles;
  private readonly bumpSources;
  private readonly sourceSeen;
  private readonly storySeen;
  private readonly articleSources;
  private readonly eventsOfArticle;
  private readonly deleteMentions;
  private readonly recount;
  private readonly unreported;
  private readonly subtractDyadDays;
  private readonly dropEmptyDyadDays;
  private readonly deleteEvent;

  constructor(db: Db) {
    this.nearest = db.prepare<{ key: string; date: string; from: string; to: string }, { id: number }>(
      `SELECT id FROM events WHERE dedup_key = @key AND date BETWEEN @from AND @to
       ORDER BY abs(julianday(date) - julianday(@date)), id LIMIT 1`,
    );
    this.insertEvent = db.prepare(
      `INSERT INTO events (dedup_key, type, mode, context, cameo, quad_class, goldstein, date, date_precision, negated, modality)
       VALUES (@key, @type, @mode, @context, @cameo, @quad_class, @goldstein, @date, @date_precision, @negated, @modality)`,
    );
    this.insertParty = db.prepare('INSERT OR IGNORE INTO event_parties (event_id, role, code, date, type) VALUES (?, ?, ?, ?, ?)');
    this.insertDyad = db.prepare('INSERT OR IGNORE INTO event_dyads (event_id, source, target, date, quad_class, goldstein) VALUES (?, ?, ?, ?, ?, ?)');
    this.addDyadDay = db.prepare(
      `INSERT INTO dyad_days (source, target, date, quad_class, events, goldstein_sum) VALUES (?, ?, ?, ?, 1, ?)
       ON CONFLICT DO UPDATE SET events = events + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum`,
    );
    this.insertMention = db.prepare(
      `INSERT INTO event_mentions (event_id, article_id, record_id, sentence_idx, type, mode, context, cameo, quad_class, goldstein,
         date, date_precision, negated, modality, rule, trigger_text, trigger_start, trigger_end, lexicon_version)
       VALUES (@event_id, @article_id, @record_id, @sentence_idx, @type, @mode, @context, @cameo, @quad_class, @goldstein,
         @date, @date_precision, @negated, @modality, @rule, @trigger_text, @trigger_start, @trigger_end, @lexicon_version)`,
    );
    this.insertActor = db.prepare('INSERT INTO event_actors (mention_id, role, position, code, agent, text, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    this.bumpMentions = db.prepare('UPDATE events SET num_mentions = num_mentions + 1 WHERE id = ?');
    this.bumpArticles = db.prepare('UPDATE events SET num_articles = num_articles + 1 WHERE id = ?');
    this.bumpSources = db.prepare('UPDATE events SET num_sources = num_sources + 1 WHERE id = ?');
    // another article of the event read from this source already counted it; CROSS JOIN keeps
    // the source's few articles outside, so a much-reported event's mentions are never scanned
    this.sourceSeen = db.prepare<{ event: number; source: string; article: string }, { one: number }>(
      `SELECT 1 AS one FROM article_sources s CROSS JOIN event_mentions m ON m.event_id = @event AND m.article_id = s.article_id
       WHERE s.source = @source AND s.article_id != @article LIMIT 1`,
    );
    // a near-duplicate of an article that already reported the event adds no article to it
    this.storySeen = db.prepare<{ event: number; article: string }, { one: number }>(
      `SELECT 1 AS one FROM event_mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.event_id = @event AND m.article_id != @article AND a.story_id = (SELECT story_id FROM articles WHERE id = @article) LIMIT 1`,
    );
    this.eventsOfArticle = db.prepare<[string], { event_id: number }>('SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?');
    this.deleteMentions = db.prepare('DELETE FROM event_mentions WHERE article_id = ?');
    this.recount = db.prepare(
      `UPDATE events SET
         num_mentions = (SELECT count(*) FROM event_mentions WHERE event_id = @id),
         num_articles = (SELECT count(DISTINCT a.story_id) FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = @id),
         num_sources = (SELECT count(DISTINCT s.source) FROM event_mentions m JOIN article_sources s ON s.article_id = m.article_id WHERE m.event_id = @id)
       WHERE id = @id`,
    );
    this.unreported = db.prepare<[number], { one: number }>('SELECT 1 AS one FROM events WHERE id = ? AND num_mentions = 0');
    this.subtractDyadDays = db.prepare(
      `UPDATE dyad_days SET events = events - 1, goldstein_sum = goldstein_sum - d.goldstein
       FROM (SELECT source, target, date, quad_class, goldstein FROM event_dyads WHERE event_id = ?) AS d
       WHERE dyad_days.source = d.source AND dyad_days.target = d.target AND dyad_days.date = d.date AND dyad_days.quad_class = d.quad_class`,
    );
    this.dropEmptyDyadDays = db.prepare(
      `DELETE FROM dyad_days WHERE events <= 0
       AND (source, target, date, quad_class) IN (SELECT source, target, date, quad_class FROM event_dyads WHERE event_id = ?)`,
    );
    this.deleteEvent = db.prepare('DELETE FROM events WHERE id = ?');
    this.articleSources = db.prepare<[string], { source: string }>('SELECT source FROM article_sources WHERE article_id = ?');
  }

  /**
   * Stores one article's events (its sources already stored); call inside the article's
   * transaction. Each event it mentions counts the article once (unless another article of its
   * story did: near-duplicates are one report) and each new source once.
   */
  storeArticleEvents(articleId: string, lexiconVersion: string, events: Event[]): void {
    const touched = new Set<number>();
    for (const e of events) {
      const eventId = this.eventFor(e, articleId);
      this.storeMention(eventId, articleId, lexiconVersion, e);
      this.bumpMentions.run(eventId);
      touched.add(eventId);
    }
    const sources = this.articleSources.all(articleId).map((r) => r.source);
    for (const eventId of touched) {
      if (!this.storySeen.get({ event: eventId, article: articleId })) this.bumpArticles.run(eventId);
      for (const source of sources) this.countSource(eventId, source, articleId);
    }
  }

  /**
   * Takes an article's mentions out of their events, counts those events again from the mentions
   * left, and drops the events none is left for (their parties and dyads go with them).
   */
  forgetArticle(articleId: string): void {
    const events = this.eventsOfArticle.all(articleId).map((r) => r.event_id);
    this.deleteMentions.run(articleId);
    for (const id of events) {
      this.recount.run({ id });
      if (this.unreported.get(id)) this.drop(id);
    }
  }

  /** Deletes an event no mention reports, taking it out of the dyad day sums first. */
  private drop(id: number): void {
    this.subtractDyadDays.run(id);
    this.dropEmptyDyadDays.run(id);
    this.deleteEvent.run(id);
  }

  /** Counts `source`, newly recorded for an article, for an event the article mentions. */
  countSource(eventId: number, source: string, articleId: string): void {
    if (!this.sourceSeen.get({ event: eventId, source, article: articleId })) this.bumpSources.run(eventId);
  }

  /** The stored event this record reports, or a new one. */
  private eventFor(e: Event, articleId: string): number {
    const key = dedupKey(e);
    const found = key === null ? undefined : this.nearest.get({ key, date: e.date, from: addDays(e.date, -1), to: addDays(e.date, 1) });
    if (found) return found.id;
    const id = Number(this.insertEvent.run({ key: key ?? `single:${articleId}:${e.id}`, ...eventFields(e) }).lastInsertRowid);
    for (const code of codeSet(e.sources)) this.insertParty.run(id, 'source', code, e.date, e.type);
    for (const code of codeSet(e.targets)) this.insertParty.run(id, 'target', code, e.date, e.type);
    for (const source of codeSet(e.sources)) {
      for (const target of codeSet(e.targets)) {
        this.insertDyad.run(id, source, target, e.date, e.quad_class, e.goldstein);
        this.addDyadDay.run(source, target, e.date, e.quad_class, e.goldstein);
      }
    }
    return id;
  }

  private storeMention(eventId: number, articleId: string, lexiconVersion: string, e: Event): void {
    const mention = this.insertMention.run({
      ...eventFields(e),
      event_id: eventId,
      article_id: articleId,
      record_id: e.id,
      sentence_idx: e.sentence.index,
      rule: e.rule,
      trigger_text: e.trigger.text,
      trigger_start: e.trigger.start,
      trigger_end: e.trigger.end,
      lexicon_version: lexiconVersion,
    });
    const mentionId = mention.lastInsertRowid;
    const actors: [string, ActorRef[]][] = [['source', e.sources], ['target', e.targets]];
    for (const [role, refs] of actors) {
      refs.forEach((a, i) => this.insertActor.run(mentionId, role, i, a.code, a.agent, a.text, a.start, a.end));
    }
  }
}

/** The columns an event and its mentions share. */
function eventFields(e: Event): Record<string, string | number | null> {
  return {
    type: e.type,
    mode: e.mode,
    context: JSON.stringify(e.context),
    cameo: e.cameo,
    quad_class: e.quad_class,
    goldstein: e.goldstein,
    date: e.date,
    date_precision: e.date_precision,
    negated: e.negated ? 1 : 0,
    modality: e.modality,
  };
}
