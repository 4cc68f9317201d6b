import type { Command } from 'commander';
import { Coder } from '../../coder/index.ts';
import {
  DEFAULT_FETCH, expandSources, fileSize, InputError, isMarkupFile, isUrl, readArticles, readWebSource,
  type IncomingArticle, type IngestItem, type RawDocument, type WebOptions,
} from '../../ingest/index.ts';
import { CodingError, ingestArticle, ingestBatch, openDb, StoreWriter, type IngestOutcome, type NewArticle } from '../../store/index.ts';
import { EXIT_FAILURE, EXIT_OK, makeContext, parseDateOption, todayUtc, UsageError, type CliContext } from '../context.ts';
import { startByteProgress, type Progress } from '../progress.ts';

/**
 * `nasij ingest`: text and Markdown files, JSON Lines, HTML pages and RSS/Atom feeds (files,
 * folders of them, or URLs) into the database, each article coded and stored with all its records
 * in one transaction. A bad input is reported by name and reason and the rest is ingested; a
 * rerun stores nothing twice. `--watch` polls the sources again on an interval.
 */

interface IngestOptions {
  db: string;
  date?: string;
  threads: string;
  lexicon: string[];
  followLinks?: boolean;
  timeout: string;
  watch?: string | boolean;
}

/** Seconds between two polls of `--watch` when none are given. */
const DEFAULT_WATCH_SECONDS = 900;

/** Articles coded together on several threads: enough to keep the workers busy, few enough to hold. */
const BATCH = 1000;

const collect = (value: string, previous: string[]): string[] => [...previous, value];

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

function parseThreads(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--threads must be a whole number from 1 to 64, got "${value}"`);
  return n;
}

/** Reads the articles and stores them: one by one on one thread, in batches on several. */
class Ingest {
  tally = new Tally();
  private batch: { article: NewArticle; bytes: number }[] = [];
  private progress: Progress = { tick: () => {}, stop: () => {} };

  constructor(
    private readonly writer: StoreWriter,
    private readonly coder: Coder,
    private readonly options: { threads: number; lexicon: string[]; date: string },
    private readonly ctx: CliContext,
  ) {}

  /** A new pass over the sources (`--watch` makes several), with its own progress and tally. */
  startPass(progress: Progress): void {
    this.progress = progress;
    this.tally = new Tally();
  }

  async item(item: IngestItem): Promise<void> {
    if (!item.ok) {
      this.failure(item.error.message, item.bytes);
      return;
    }
    const article = this.toNew(item.article);
    if (this.options.threads > 1) {
      this.batch.push({ article, bytes: item.bytes });
      if (this.batch.length >= BATCH) await this.flush();
      return;
    }
    try {
      this.tally.count(ingestArticle(this.writer, this.coder, article));
      this.progress.tick(item.bytes);
    } catch (err) {
      if (!(err instanceof CodingError)) throw err;
      this.failure(`${item.article.name}: ${err.message}`, item.bytes);
    }
  }

  failure(message: string, bytes = 0): void {
    this.ctx.fail(message);
    this.tally.failed++;
    this.progress.tick(bytes);
  }

  async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    if (batch.length === 0) return;
    await ingestBatch(this.writer, this.coder, batch.map((b) => b.article), this.options.threads, this.options.lexicon, (i, out) => {
      this.tally.count(out);
      this.progress.tick(batch[i]?.bytes);
    });
  }

  private toNew(a: IncomingArticle): NewArticle {
    return { text: a.text, date: a.date ?? this.options.date, title: a.title, source: { name: a.source, url: a.url } };
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
  // a saved page or feed counts its bytes once read through
  const bytes = isUrl(source) ? 0 : fileSize(source);
  let first = true;
  for await (const item of readWebSource(source, web)) {
    const counted = first ? bytes : 0;
    first = false;
    yield item.error ? { ok: false, error: item.error, bytes: counted } : { ok: true, article: fromWeb(item.doc), bytes: counted };
  }
}

function parseSeconds(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a number of seconds above 0, got "${value}"`);
  return n;
}

/** One pass over every source. */
async function ingestAll(sources: string[], run: Ingest, web: WebOptions, quiet: boolean): Promise<void> {
  const files = expandSources(sources);
  const progress = startByteProgress(files.reduce((n, f) => n + (typeof f === 'string' ? fileSize(f) : 0), 0), quiet);
  run.startPass(progress);
  try {
    for (const file of files) {
      if (file instanceof InputError) run.failure(file.message);
      else for await (const item of articlesOf(file, web)) await run.item(item);
    }
    await run.flush();
  } finally {
    progress.stop();
  }
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
    .option('--threads <n>', 'threads coding articles (the database is the same for any n)', '1')
    .option('--follow-links', "fetch each feed item's page for the full article instead of the feed's summary")
    .option('--timeout <seconds>', 'give up on a URL after this long', '15')
    .option('--watch [seconds]', `poll the sources again every N seconds (default ${DEFAULT_WATCH_SECONDS}) until stopped`)
    .option('--lexicon <dir>', 'a folder of data files layered over the bundled lexicon (repeatable)', collect, [])
    .action(async (sources: string[], options: IngestOptions) => {
      const ctx = makeContext(Boolean(program.opts().quiet));
      const settings = { threads: parseThreads(options.threads), lexicon: options.lexicon, date: parseDateOption(options.date) ?? todayUtc() };
      const every = options.watch === undefined ? null : options.watch === true ? DEFAULT_WATCH_SECONDS : parseSeconds(String(options.watch), '--watch');
      const timeoutMs = parseSeconds(options.timeout, '--timeout') * 1000;
      const db = openDb(options.db);
      const writer = new StoreWriter(db);
      const web: WebOptions = { fetch: { ...DEFAULT_FETCH, timeoutMs }, followLinks: Boolean(options.followLinks), known: (url) => writer.hasSource(url) };
      const stopping: { now: boolean; wake?: () => void } = { now: false };
      const stop = (): void => {
        stopping.now = true;
        stopping.wake?.();
      };
      if (every !== null) process.once('SIGINT', stop).once('SIGTERM', stop);
      let failed = false;
      try {
        const run = new Ingest(writer, Coder.load(options.lexicon), settings, ctx);
        do {
          await ingestAll(sources, run, web, ctx.quiet);
          ctx.log(run.tally.summary(options.db));
          failed ||= run.tally.failed > 0;
          if (every !== null && !stopping.now) await pause(every, stopping);
        } while (every !== null && !stopping.now);
      } finally {
        db.close();
      }
      process.exitCode = failed ? EXIT_FAILURE : EXIT_OK;
    });
}
