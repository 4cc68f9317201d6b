import type { Command } from 'commander';
import { Coder } from '../../coder/index.ts';
import { expandSources, fileSize, InputError, type IncomingArticle, type IngestItem, readArticles } from '../../ingest/index.ts';
import { CodingError, ingestArticle, ingestBatch, openDb, StoreWriter, type IngestOutcome, type NewArticle } from '../../store/index.ts';
import { EXIT_FAILURE, EXIT_OK, makeContext, parseDateOption, todayUtc, UsageError, type CliContext } from '../context.ts';
import { startByteProgress, type Progress } from '../progress.ts';

/**
 * `nasij ingest`: text and Markdown files, folders of them and JSON Lines files into the
 * database, each article coded and stored with all its records in one transaction. A bad input
 * is reported by name and reason and the rest is ingested; a rerun stores nothing twice.
 */

interface IngestOptions {
  db: string;
  date?: string;
  threads: string;
  lexicon: string[];
}

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
  readonly tally = new Tally();
  private batch: { article: NewArticle; bytes: number }[] = [];

  constructor(
    private readonly writer: StoreWriter,
    private readonly coder: Coder,
    private readonly options: { threads: number; lexicon: string[]; date: string },
    private readonly progress: Progress,
    private readonly ctx: CliContext,
  ) {}

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

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('code text, Markdown and JSON Lines files (or folders of them) and store them in the database')
    .argument('<sources...>', 'files or folders (searched recursively for .txt, .md, .jsonl); JSON Lines: {id?, url?, title?, date, text} per line')
    .option('--db <file>', 'the database file', 'nasij.db')
    .option('--date <YYYY-MM-DD>', 'date of text files whose front matter gives none (default: today)')
    .option('--threads <n>', 'threads coding articles (the database is the same for any n)', '1')
    .option('--lexicon <dir>', 'a folder of data files layered over the bundled lexicon (repeatable)', collect, [])
    .action(async (sources: string[], options: IngestOptions) => {
      const ctx = makeContext(Boolean(program.opts().quiet));
      const settings = { threads: parseThreads(options.threads), lexicon: options.lexicon, date: parseDateOption(options.date) ?? todayUtc() };
      const files = expandSources(sources);
      const db = openDb(options.db);
      const progress = startByteProgress(files.reduce((n, f) => n + (typeof f === 'string' ? fileSize(f) : 0), 0), ctx.quiet);
      const run = new Ingest(new StoreWriter(db), Coder.load(options.lexicon), settings, progress, ctx);
      try {
        for (const file of files) {
          if (file instanceof InputError) run.failure(file.message);
          else for (const item of readArticles(file)) await run.item(item);
        }
        await run.flush();
      } finally {
        progress.stop();
        db.close();
      }
      ctx.log(run.tally.summary(options.db));
      process.exitCode = run.tally.failed === 0 ? EXIT_OK : EXIT_FAILURE;
    });
}
