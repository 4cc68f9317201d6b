import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { PACKAGE_ROOT } from '../datafile/paths.ts';

/**
 * The dashboard: the built web UI (`web/dist`, made by `npm run build`) served at `/`. API routes
 * are registered first and keep their paths; the UI's own pages live under `/ui/…`, so a page
 * reload there gets index.html (SPA fallback) while unknown API paths still answer JSON 404s.
 */

export const WEB_ROOT = join(PACKAGE_ROOT, 'web', 'dist');

/** A browser navigating (not a script fetching JSON) to a path that is no API route. */
function wantsPage(req: FastifyRequest): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
}

/** Serves the UI when it has been built; without it the server is the API alone. */
export async function registerWebUi(app: FastifyInstance, root = WEB_ROOT): Promise<void> {
  const built = existsSync(join(root, 'index.html'));
  if (built) {
    // wildcard off: only the built files get routes, so nothing shadows an API path
    await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((req: FastifyRequest, reply: FastifyReply) => {
    if (built && wantsPage(req)) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send({ error: 'Not Found', message: `no route ${req.method} ${req.url.split('?')[0]}` });
  });
}
