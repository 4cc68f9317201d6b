import type { Command } from 'commander';
import { Coder } from '../../coder/index.ts';
import {
  DEFAULT_FETCH, expandSources, fileSize, InputError, isMarkupFile, isUrl, readArticles, readWebSource,
  type IncomingArticle, type IngestItem, type RawDocument, type WebOptions,
} from '../../ingest/index.ts';
import { CodingError, ingestArticle, openDb, StoreWriter, type IngestOutcome } from '../../store/index.ts';
import { EXIT_FAILURE, EXIT_OK, makeContext, parseDateOption, todayUtc, UsageError, type CliContext } from '../context.ts';
import { startByteProgress } from '../progress.ts';

/**
 * `nasij ingest`: text and Markdown files, JSON Lines, HTML pages and RSS/Atom feeds (files,
 * folders of them, or URLs) into the database, each article coded and stored with all its records
 * in one transaction. A bad input is reported by name and reason and the rest is ingested; a
 * rerun stores nothing twice. `--watch` polls the sources again on an interval.
 */

interface IngestOptions {
  db: string;
  date?: string;
  lexicon: string[];
  followLinks?: boolean;
  timeout: string;
  watch?: string | boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Seconds between two polls of `--watch` when none are given. */
const DEFAULT_WATCH_SECONDS = 900;

class Tally {
  added = 0;
  newSources = 0;
  known = 0;
  events = 0;
  failed = 0;

  count(out: IngestOutcome): void {
    if (out.kind === 'added') {
      this.added++;
      this.events += out.events;
    } else if (out.kind === 'new-source') this.newSources++;
    else this.known++;
  }

  summary(db: string): string {
    return `nasij: ${db}: ${this.added} articles added (${this.events} event records), ${this.newSources} known articles from a new source, ${this.known} already stored, ${this.failed} inputs failed`;
  }
}

function ingestOne(a: IncomingArticle, fallbackDate: string, writer: StoreWriter, coder: Coder, tally: Tally, ctx: CliContext): void {
  try {
    tally.count(ingestArticle(writer, coder, { text: a.text, date: a.date ?? fallbackDate, title: a.title, source: { name: a.source, url: a.url } }));
  } catch (err) {
    if (!(err instanceof CodingError)) throw err;
    ctx.fail(`${a.name}: ${err.message}`);
    tally.failed++;
  }
}

function fromWeb(doc: RawDocument): IncomingArticle {
  const url = doc.meta.url ?? null;
  return { name: doc.name, source: url ?? doc.name, url, title: doc.meta.title ?? null, date: doc.meta.date ?? null, text: doc.text };
}

/** The articles of one file or URL: pages and feeds through the web reader, the rest as text. */
async function* articlesOf(source: string, web: WebOptions): AsyncGenerator<IngestItem> {
  if (!isUrl(source) && !isMarkupFile(source)) {
    yield* readArticles(source);
    return;
  }
  for await (const item of readWebSource(source, web)) {
    yield item.error ? { ok: false, error: item.error, bytes: 0 } : { ok: true, article: fromWeb(item.doc), bytes: 0 };
  }
}

function parseSeconds(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a number of seconds above 0, got "${value}"`);
  return n;
}

/** One pass over every source; returns the tally. */
async function ingestAll(sources: string[], options: IngestOptions, writer: StoreWriter, coder: Coder, ctx: CliContext): Promise<Tally> {
  const fallbackDate = parseDateOption(options.date) ?? todayUtc();
  const web: WebOptions = {
    fetch: { ...DEFAULT_FETCH, timeoutMs: parseSeconds(options.timeout, '--timeout') * 1000 },
    followLinks: Boolean(options.followLinks),
    known: (url) => writer.hasSource(url),
  };
  const files = expandSources(sources);
  const tally = new Tally();
  const progress = startByteProgress(files.reduce((n, f) => n + (typeof f === 'string' ? fileSize(f) : 0), 0), ctx.quiet);
  for (const file of files) {
    if (file instanceof InputError) {
      ctx.fail(file.message);
      tally.failed++;
      continue;
    }
    for await (const item of articlesOf(file, web)) {
      if (item.ok) ingestOne(item.article, fallbackDate, writer, coder, tally, ctx);
      else {
        ctx.fail(item.error.message);
        tally.failed++;
      }
      progress.tick(item.bytes);
    }
    if (isMarkupFile(file) && !isUrl(file)) progress.tick(fileSize(file));
  }
  progress.stop();
  return tally;
}

/** Resolves after `seconds`, or at once when the run is being stopped. */
function pause(seconds: number, stopping: { now: boolean; wake?: () => void }): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, seconds * 1000);
    stopping.wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('code articles — text, Markdown, JSON Lines, HTML pages, RSS/Atom feeds, by file, folder or URL — and store them')
    .argument('<sources...>', 'files, folders (searched recursively) or http(s) URLs; JSON Lines: {id?, url?, title?, date, text} per line')
    .option('--db <file>', 'the database file', 'nasij.db')
    .option('--date <YYYY-MM-DD>', 'date of articles that give none (default: today)')
    .option('--follow-links', "fetch each feed item's page for the full article instead of the feed's summary")
    .option('--timeout <seconds>', 'give up on a URL after this long', '15')
    .option('--watch [seconds]', `poll the sources again every N seconds (default ${DEFAULT_WATCH_SECONDS}) until stopped`)
    .option('--lexicon <dir>', 'a folder of data files layered over the bundled lexicon (repeatable)', collect, [])
    .action(async (sources: string[], options: IngestOptions) => {
      const ctx = makeContext(Boolean(program.opts().quiet));
      const every = options.watch === undefined ? null : options.watch === true ? DEFAULT_WATCH_SECONDS : parseSeconds(String(options.watch), '--watch');
      parseSeconds(options.timeout, '--timeout');
      const db = openDb(options.db);
      const stopping: { now: boolean; wake?: () => void } = { now: false };
      const stop = (): void => {
        stopping.now = true;
        stopping.wake?.();
      };
      if (every !== null) process.once('SIGINT', stop).once('SIGTERM', stop);
      let failed = false;
      try {
        const writer = new StoreWriter(db);
        const coder = Coder.load(options.lexicon);
        do {
          const tally = await ingestAll(sources, options, writer, coder, ctx);
          ctx.log(tally.summary(options.db));
          failed ||= tally.failed > 0;
          if (every !== null && !stopping.now) await pause(every, stopping);
        } while (every !== null && !stopping.now);
      } finally {
        db.close();
      }
      process.exitCode = failed ? EXIT_FAILURE : EXIT_OK;
    });
}
