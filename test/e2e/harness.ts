import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Coder } from '../../src/coder/index.ts';
import { buildServer } from '../../src/server/app.ts';
import { ingestArticle, openDb, StoreWriter } from '../../src/store/index.ts';

/**
 * What the browser tests share: Debian's Chromium driven by playwright-core, a real server on a real
 * SQLite file seeded with articles coded by the real coder, and a page that records console errors.
 */

export const CHROMIUM = process.env.NASIJ_CHROMIUM ?? '/usr/bin/chromium';
/** Outside CI a machine without Chromium skips the browser tests; in CI they must run (scripts/ensure-chromium.sh installs it). */
export const SKIP = !existsSync(CHROMIUM) && !process.env.CI ? `no ${CHROMIUM}: run scripts/ensure-chromium.sh` : false;

export interface Article { text: string; date: string; title: string; url?: string }

export interface Served { url: string; close: () => Promise<void> }

/** A database file holding `articles`, served with the dashboard on a free port. */
export async function serveSeeded(articles: Article[], token: string): Promise<Served> {
  const coder = Coder.load();
  const dbFile = join(mkdtempSync(join(tmpdir(), 'nasij-e2e-')), 'seed.db');
  const db = openDb(dbFile);
  const writer = new StoreWriter(db);
  for (const a of articles) ingestArticle(writer, coder, { text: a.text, date: a.date, title: a.title, source: { name: a.url ?? a.title, url: a.url ?? null } });
  db.close();
  const app: FastifyInstance = await buildServer({ dbFile, coder: () => coder, token, bodyLimit: 1_000_000, logger: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => app.close() };
}

export function launch(): Promise<Browser> {
  // root in CI: Chromium's sandbox needs user namespaces it may not have there
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** A new page whose console errors and uncaught exceptions are collected in `errors`. */
export async function openPage(browser: Browser, lang: 'en' | 'ar' = 'en'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang });
  // the page starts in `lang`, as a returning visitor's saved choice would make it
  await context.addInitScript(`localStorage.setItem('nasij.lang', ${JSON.stringify(lang)})`);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, errors };
}
