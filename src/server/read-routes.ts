import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ActorQueries, ArticleQueries, DyadQueries, EventQueries, GroupingQueries, SearchQueries, type Db } from '../store/index.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { HttpError } from './errors.ts';
import { ActorsQuery, ArticleIdParam, DyadParams, DyadQuery, EventsQuery, GroupingParam, GroupingsQuery, IdParam, PageQuery, SearchQuery } from './schemas.ts';

/** The read side of the API: every route a prepared query of the store. */
export function registerReadRoutes(app: FastifyInstance, db: Db): void {
  const events = new EventQueries(db);
  const articles = new ArticleQueries(db);
  const dyads = new DyadQueries(db);
  const actors = new ActorQueries(db);
  const groupings = new GroupingQueries(db);
  const search = new SearchQueries(db);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/events', { schema: { querystring: EventsQuery, description: 'Events by source, target, type and dates, oldest first, a page at a time' } }, (req) => {
    const { cursor, limit, ...filter } = req.query;
    const page = [...events.events({ ...filter, limit: limit + 1, after: cursor ? decodeCursor(cursor) : undefined })];
    const shown = page.slice(0, limit);
    const last = shown.at(-1);
    return { events: shown, next_cursor: page.length > limit && last ? encodeCursor(last) : null };
  });

  r.get('/events/:id', { schema: { params: IdParam, description: 'One event with all its evidence: articles, sentences, trigger and actor spans' } }, (req) => {
    const event = events.event(req.params.id);
    if (!event) throw new HttpError(404, `no event ${req.params.id}`);
    return { ...event, evidence: events.evidence(event.id) };
  });

  r.get('/articles', { schema: { querystring: PageQuery, description: 'Articles, latest stored first' } }, (req) => articles.page(req.query.limit, req.query.cursor));

  r.get('/articles/:id', { schema: { params: ArticleIdParam, description: 'An article with its text, sources, sentences, and its events and memberships with their spans' } }, (req) => {
    const article = articles.article(req.params.id);
    if (!article) throw new HttpError(404, `no article ${req.params.id}`);
    return article;
  });

  r.get('/dyads/:source/:target', { schema: { params: DyadParams, querystring: DyadQuery, description: 'Events from source to target per day, week or month: counts per quad class and mean Goldstein' } }, (req) => ({
    source: req.params.source,
    target: req.params.target,
    by: req.query.by,
    series: dyads.dyad({ ...req.params, ...req.query }),
  }));

  r.get('/actors', { schema: { querystring: ActorsQuery, description: 'Actor codes with how often each acts and is acted on' } }, (req) => ({ actors: actors.actors(req.query.limit) }));

  r.get('/groupings', { schema: { querystring: GroupingsQuery, description: 'Groupings, lexicon and discovered, by format' } }, (req) => ({ groupings: groupings.list(req.query.format) }));

  r.get('/groupings/:code', { schema: { params: GroupingParam, description: 'A grouping, its members, the membership changes reported over time, and the events it takes part in (the first 50 on each side)' } }, (req) => {
    const g = groupings.grouping(req.params.code);
    if (!g) throw new HttpError(404, `no grouping ${req.params.code}`);
    const acting = [...events.events({ actor: g.code, limit: 50 }), ...events.events({ target: g.code, limit: 50 })];
    return { ...g, events: acting };
  });

  r.get('/search', { schema: { querystring: SearchQuery, description: 'Full-text search over articles; hamza, ta marbuta and diacritic variants match' } }, (req) => ({
    hits: search.search(req.query.q, req.query.limit),
  }));
}
