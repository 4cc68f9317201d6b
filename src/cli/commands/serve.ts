import type { Command } from 'commander';
import { Coder } from '../../coder/index.ts';
import { buildServer, DEFAULT_BODY_LIMIT } from '../../server/app.ts';
import { makeContext, UsageError } from '../context.ts';

/**
 * `nasij serve`: the HTTP API over a database. POST /articles needs NASIJ_TOKEN in the
 * environment (clients send it as a bearer token); without it the API is read-only.
 */

interface ServeOptions {
  db: string;
  port: string;
  host: string;
  lexicon: string[];
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number 0–65535, got "${value}"`);
  return port;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (OpenAPI at /openapi.json) over a database')
    .option('--db <file>', 'the database', 'nasij.db')
    .option('--port <n>', 'port (0: any free one)', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--lexicon <dir>', 'a folder of data files layered over the bundled lexicon (repeatable)', (v: string, all: string[]) => [...all, v], [])
    .action(async (options: ServeOptions) => {
      const ctx = makeContext(Boolean(program.opts().quiet));
      const port = parsePort(options.port);
      let coder: Coder | undefined;
      const token = process.env.NASIJ_TOKEN || undefined;
      const app = await buildServer({ dbFile: options.db, coder: () => (coder ??= Coder.load(options.lexicon)), token, bodyLimit: DEFAULT_BODY_LIMIT, logger: false });
      const address = await app.listen({ port, host: options.host });
      ctx.log(`nasij: serving ${options.db} at ${address} (API: ${address}/openapi.json${token ? '' : '; read-only: set NASIJ_TOKEN to allow POST /articles'})`);
      const stop = (): void => void app.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
