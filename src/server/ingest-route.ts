import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Coder } from '../coder/index.ts';
import { ingestArticle, StoreWriter, type Db } from '../store/index.ts';
import { HttpError } from './errors.ts';
import { NewArticleBody } from './schemas.ts';

/**
 * POST /articles: code and store one article. It writes, so it needs the token the server was
 * started with (NASIJ_TOKEN), sent as "Authorization: Bearer …"; without one the route is off.
 */

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
      const outcome = ingestArticle(writer, coder(), {
        text: body.text,
        date: body.date,
        title: body.title ?? null,
        lang: body.lang,
        source: { name: body.url ?? 'api', url: body.url ?? null },
      });
      return reply.status(outcome.kind === 'added' ? 201 : 200).send(outcome);
    },
  );
}
