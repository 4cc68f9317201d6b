import type { Db } from './db.ts';

/**
 * Reading events back: filtered lists with their evidence. Filters are bound values; the SQL is
 * put together only from the fixed fragments below, picked by which filters are given.
 */

export interface EventFilter {
  /** A source actor's code. */
  actor?: string;
  /** A target actor's code. */
  target?: string;
  /** PLOVER type. */
  type?: string;
  /** Dates YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  limit?: number;
  /** A page's cursor: only events after this one in list order (date, then id). */
  after?: { date: string; id: number };
}

export interface Evidence {
  article_id: string;
  article_title: string | null;
  article_date: string;
  sentence: number;
  trigger: { text: string; start: number; end: number };
  rule: string;
  sources: StoredActor[];
  targets: StoredActor[];
}

export interface StoredActor {
  code: string;
  agent: string | null;
  text: string;
  start: number;
  end: number;
}

export interface StoredEvent {
  id: number;
  date: string;
  date_precision: string;
  type: string;
  mode: string | null;
  context: string[];
  cameo: string;
  quad_class: number;
  goldstein: number;
  negated: boolean;
  modality: string | null;
  sources: string[];
  targets: string[];
  num_mentions: number;
  num_articles: number;
  num_sources: number;
}

interface EventRow extends Omit<StoredEvent, 'context' | 'negated' | 'sources' | 'targets'> {
  context: string;
  negated: number;
}

/**
 * Where a list is read from: the dyad table when both sides are given, the parties table when
 * one is, else the events themselves; each in date order by its key, so a limit stops early.
 * CROSS JOIN keeps that table the outer loop.
 */
interface Plan {
  from: string;
  where: string[];
  /** The columns holding the date and the event id in the driving table: lists go in their order. */
  date: string;
  id: string;
  type: string;
}

function plan(f: EventFilter): Plan {
  if (f.actor !== undefined && f.target !== undefined) {
    return { from: 'event_dyads d CROSS JOIN events e ON e.id = d.event_id', where: ['d.source = @actor', 'd.target = @target'], date: 'd.date', id: 'd.event_id', type: 'e.type' };
  }
  if (f.actor !== undefined || f.target !== undefined) {
    const side = f.actor !== undefined ? "p.role = 'source' AND p.code = @actor" : "p.role = 'target' AND p.code = @target";
    return { from: 'event_parties p CROSS JOIN events e ON e.id = p.event_id', where: [side], date: 'p.date', id: 'p.event_id', type: 'p.type' };
  }
  return { from: 'events e', where: [], date: 'e.date', id: 'e.id', type: 'e.type' };
}

/** The statement for a filter: fixed fragments only, the values bound by name. */
function eventsSql(f: EventFilter): string {
  const p = plan(f);
  const where = [...p.where];
  if (f.type !== undefined) where.push(`${p.type} = @type`);
  if (f.from !== undefined) where.push(`${p.date} >= @from`);
  if (f.to !== undefined) where.push(`${p.date} <= @to`);
  if (f.after !== undefined) where.push(`(${p.date}, ${p.id}) > (@after_date, @after_id)`);
  return `SELECT e.id, e.date, e.date_precision, e.type, e.mode, e.context, e.cameo, e.quad_class, e.goldstein, e.negated, e.modality,
      e.num_mentions, e.num_articles, e.num_sources
    FROM ${p.from} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${p.date}, ${p.id} ${f.limit === undefined ? '' : 'LIMIT @limit'}`;
}

export class EventQueries {
  private readonly cache = new Map<string, ReturnType<Db['prepare']>>();
  private readonly parties;
  private readonly mentions;
  private readonly actors;

  constructor(private readonly db: Db) {
    this.parties = db.prepare<[number], { role: string; code: string }>('SELECT role, code FROM event_parties WHERE event_id = ? ORDER BY code');
    this.mentions = db.prepare<[number], { id: number; article_id: string; title: string | null; article_date: string; sentence_idx: number; trigger_text: string; trigger_start: number; trigger_end: number; rule: string }>(
      `SELECT m.id, m.article_id, a.title, a.date AS article_date, m.sentence_idx, m.trigger_text, m.trigger_start, m.trigger_end, m.rule
       FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY m.id`,
    );
    this.actors = db.prepare<[number], StoredActor & { role: string }>('SELECT role, code, agent, text, start, "end" FROM event_actors WHERE mention_id = ? ORDER BY role, position');
  }

  /** Events matching the filter, by date then id. */
  *events(f: EventFilter): Generator<StoredEvent> {
    const stmt = this.prepared(eventsSql(f));
    const { after, ...filters } = f;
    const params = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
    if (after) Object.assign(params, { after_date: after.date, after_id: after.id });
    for (const row of stmt.iterate(params) as Iterable<EventRow>) yield this.withParties(row);
  }

  /** One event by its id, or null. */
  event(id: number): StoredEvent | null {
    const row = this.prepared(
      `SELECT id, date, date_precision, type, mode, context, cameo, quad_class, goldstein, negated, modality, num_mentions, num_articles, num_sources
       FROM events WHERE id = ?`,
    ).get(id) as EventRow | undefined;
    return row ? this.withParties(row) : null;
  }

  /** Every mention of an event: the article, sentence, trigger span, rule and actor spans. */
  evidence(eventId: number): Evidence[] {
    return this.mentions.all(eventId).map((m) => {
      const actors = this.actors.all(m.id);
      const pick = (role: string): StoredActor[] => actors.filter((a) => a.role === role).map(({ code, agent, text, start, end }) => ({ code, agent, text, start, end }));
      return {
        article_id: m.article_id,
        article_title: m.title,
        article_date: m.article_date,
        sentence: m.sentence_idx,
        trigger: { text: m.trigger_text, start: m.trigger_start, end: m.trigger_end },
        rule: m.rule,
        sources: pick('source'),
        targets: pick('target'),
      };
    });
  }

  private withParties(row: EventRow): StoredEvent {
    const parties = this.parties.all(row.id);
    return {
      ...row,
      context: JSON.parse(row.context) as string[],
      negated: row.negated === 1,
      sources: parties.filter((p) => p.role === 'source').map((p) => p.code),
      targets: parties.filter((p) => p.role === 'target').map((p) => p.code),
    };
  }

  /** One statement per combination of filters, prepared once. */
  private prepared(sql: string): ReturnType<Db['prepare']> {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }
}
