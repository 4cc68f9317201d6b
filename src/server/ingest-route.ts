import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Coder } from '../coder/index.ts';
import { DEFAULT_WEB, readWebSource, type RawDocument } from '../ingest/index.ts';
import { ingestArticle, StoreWriter, type Db, type IngestOutcome, type NewArticle } from '../store/index.ts';
import { HttpError } from './errors.ts';
import { NewArticleBody } from './schemas.ts';

/**
 * POST /articles: code and store one article, given as text or as a URL to fetch (a page, or a
 * feed whose items are all stored). It writes, so it needs the token the server was started with
 * (NASIJ_TOKEN), sent as "Authorization: Bearer …"; without one the route is off.
 */

const today = (): string => new Date().toISOString().slice(0, 10);

/** The articles at a URL: a page's one, a feed's items; a URL that fails is the client's error. */
async function fetchArticles(url: string): Promise<RawDocument[]> {
  const docs: RawDocument[] = [];
  for await (const item of readWebSource(url, DEFAULT_WEB)) {
    if (item.error) throw new HttpError(422, item.error.message);
    docs.push(item.doc);
  }
  return docs;
}

function fromPage(doc: RawDocument, body: NewArticleBody, url: string): NewArticle {
  const lang = doc.meta.lang === 'ar' || doc.meta.lang === 'en' ? doc.meta.lang : body.lang;
  return { text: doc.text, date: doc.meta.date ?? body.date ?? today(), title: body.title ?? doc.meta.title ?? null, lang, source: { name: doc.meta.url ?? url, url: doc.meta.url ?? url } };
}

function checkToken(req: FastifyRequest, token: string | undefined): void {
  if (!token) throw new HttpError(403, 'ingesting is disabled: start the server with NASIJ_TOKEN set');
  const sent = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!sent) throw new HttpError(401, 'send the token as "Authorization: Bearer <token>"');
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new HttpError(401, 'wrong token');
}

export function registerIngestRoute(app: FastifyInstance, db: Db, coder: () => Coder, token: string | undefined): void {
  const writer = new StoreWriter(db);
  app.withTypeProvider<ZodTypeProvider>().post(
    '/articles',
    {
      schema: { body: NewArticleBody, description: 'Code and store an article (needs the token); the same text again only adds its source' },
      // the token is checked before the body is read
      onRequest: async (req) => checkToken(req, token),
    },
    async (req, reply) => {
      const body = req.body;
      const inputs: NewArticle[] = body.text !== undefined
        ? [{ text: body.text, date: body.date ?? today(), title: body.title ?? null, lang: body.lang, source: { name: body.url ?? 'api', url: body.url ?? null } }]
        : (await fetchArticles(body.url ?? '')).map((doc) => fromPage(doc, body, body.url ?? ''));
      const outcomes: IngestOutcome[] = inputs.map((input) => ingestArticle(writer, coder(), input));
      const [first] = outcomes;
      if (!first) throw new HttpError(422, `${body.url}: no article found there`);
      // the first article as the outcome; a feed's further ones counted beside it
      return reply.status(outcomes.some((o) => o.kind === 'added') ? 201 : 200).send({ ...first, articles: outcomes.length });
    },
  );
}
