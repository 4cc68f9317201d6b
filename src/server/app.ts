import Fastify, { type FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Coder } from '../coder/index.ts';
import { openDb, schemaVersion } from '../store/index.ts';
import { registerAnalysisRoutes } from './analysis-routes.ts';
import { handleError } from './errors.ts';
import { registerIngestRoute } from './ingest-route.ts';
import { registerReadRoutes } from './read-routes.ts';
import { registerWebUi } from './static.ts';

/**
 * The HTTP API over a Nasij database (Fastify): inputs validated with zod, the OpenAPI document at
 * /openapi.json, errors as `{error, message}`. Handlers run the store's prepared queries.
 */

export interface ServerOptions {
  dbFile: string;
  /** The coder, loaded on the first POST /articles (loading takes about a second). */
  coder: () => Coder;
  /** Needed to POST articles; undefined turns ingesting off. */
  token: string | undefined;
  /** Largest request body, bytes. */
  bodyLimit: number;
  logger: boolean;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const db = openDb(options.dbFile);
  const app = Fastify({ logger: options.logger, bodyLimit: options.bodyLimit });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  await registerWebUi(app);
  app.addHook('onClose', () => db.close());
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Nasij API', description: 'Political event data coded from Arabic and English news, with evidence', version: '1' } },
    transform: jsonSchemaTransform,
  });
  app.get('/health', { schema: { description: 'Liveness, schema version and counts' } }, () => ({
    status: 'ok',
    schema_version: schemaVersion(db),
    articles: (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n,
    events: (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n,
  }));
  registerReadRoutes(app, db);
  registerAnalysisRoutes(app, db);
  registerIngestRoute(app, db, options.coder, options.token);
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
  return app;
}
