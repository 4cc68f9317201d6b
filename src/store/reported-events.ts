import type { Db } from './db.ts';
import type { StoredActor } from './events-query.ts';
import { EventQueries, type EventFilter, type StoredEvent } from './events-query.ts';

/**
 * Events as the field's formats want them: each distinct event with its report counts and, as its
 * evidence, its first report — the actors as named there, the sentence, the article's URL (else
 * the file it came from) and when it was stored.
 */

export interface ReportedActor {
  code: string;
  agent: string | null;
  text: string;
}

export interface ReportedEvent extends Omit<StoredEvent, 'sources' | 'targets'> {
  sources: ReportedActor[];
  targets: ReportedActor[];
  evidence: {
    article_id: string;
    url: string | null;
    source: string;
    sentence_index: number;
    sentence_text: string;
    trigger_text: string;
    rule: string;
  };
  /** When the first report was stored, ISO 8601. */
  added_at: string;
}

interface ArticleRow {
  text: string;
  ingested_at: string;
  source: string;
  url: string | null;
}

export class ReportedEvents {
  private readonly events: EventQueries;
  private readonly article;
  private readonly sentence;

  constructor(db: Db) {
    this.events = new EventQueries(db);
    // the article's first source, preferring one with a URL
    this.article = db.prepare<[string], ArticleRow>(
      `SELECT a.text, a.ingested_at, s.source, s.url FROM articles a JOIN article_sources s ON s.article_id = a.id
       WHERE a.id = ? ORDER BY s.url IS NULL, s.source LIMIT 1`,
    );
    this.sentence = db.prepare<[string, number], { start: number; end: number }>('SELECT start, "end" FROM sentences WHERE article_id = ? AND idx = ?');
  }

  *reported(filter: EventFilter): Generator<ReportedEvent> {
    for (const e of this.events.events(filter)) {
      const [first] = this.events.evidence(e.id);
      if (!first) continue;
      const article = this.article.get(first.article_id);
      const span = this.sentence.get(first.article_id, first.sentence);
      yield {
        id: e.id,
        date: e.date,
        date_precision: e.date_precision,
        type: e.type,
        mode: e.mode,
        context: e.context,
        cameo: e.cameo,
        quad_class: e.quad_class,
        goldstein: e.goldstein,
        negated: e.negated,
        modality: e.modality,
        num_mentions: e.num_mentions,
        num_articles: e.num_articles,
        num_sources: e.num_sources,
        sources: first.sources.map(actor),
        targets: first.targets.map(actor),
        evidence: {
          article_id: first.article_id,
          url: article?.url ?? null,
          source: article?.source ?? '',
          sentence_index: first.sentence,
          sentence_text: article && span ? article.text.slice(span.start, span.end) : '',
          trigger_text: first.trigger.text,
          rule: first.rule,
        },
        added_at: article?.ingested_at ?? '',
      };
    }
  }
}

function actor(a: StoredActor): ReportedActor {
  return { code: a.code, agent: a.agent, text: a.text };
}
