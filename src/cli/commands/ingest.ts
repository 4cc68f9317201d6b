import type { Command } from 'commander';
import { Coder } from '../../coder/index.ts';
import { expandSources, fileSize, InputError, type IncomingArticle, readArticles } from '../../ingest/index.ts';
import { CodingError, ingestArticle, openDb, StoreWriter, type IngestOutcome } from '../../store/index.ts';
import { EXIT_FAILURE, EXIT_OK, makeContext, parseDateOption, todayUtc, type CliContext } from '../context.ts';
import { startByteProgress } from '../progress.ts';

/**
 * `nasij ingest`: text and Markdown files, folders of them and JSON Lines files into the
 * database, each article coded and stored with all its records in one transaction. A bad input
 * is reported by name and reason and the rest is ingested; a rerun stores nothing twice.
 */

interface IngestOptions {
  db: string;
  date?: string;
  lexicon: string[];
}

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

function ingestOne(a: IncomingArticle, fallbackDate: string, writer: StoreWriter, coder: Coder, tally: Tally, ctx: CliContext): void {
  try {
    tally.count(ingestArticle(writer, coder, { text: a.text, date: a.date ?? fallbackDate, title: a.title, source: { name: a.source, url: a.url } }));
  } catch (err) {
    if (!(err instanceof CodingError)) throw err;
    ctx.fail(`${a.name}: ${err.message}`);
    tally.failed++;
  }
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('code text, Markdown and JSON Lines files (or folders of them) and store them in the database')
    .argument('<sources...>', 'files or folders (searched recursively for .txt, .md, .jsonl); JSON Lines: {id?, url?, title?, date, text} per line')
    .option('--db <file>', 'the database file', 'nasij.db')
    .option('--date <YYYY-MM-DD>', 'date of text files whose front matter gives none (default: today)')
    .option('--lexicon <dir>', 'a folder of data files layered over the bundled lexicon (repeatable)', collect, [])
    .action((sources: string[], options: IngestOptions) => {
      const ctx = makeContext(Boolean(program.opts().quiet));
      const fallbackDate = parseDateOption(options.date) ?? todayUtc();
      const files = expandSources(sources);
      const db = openDb(options.db);
      const tally = new Tally();
      try {
        const writer = new StoreWriter(db);
        const coder = Coder.load(options.lexicon);
        const progress = startByteProgress(files.reduce((n, f) => n + (typeof f === 'string' ? fileSize(f) : 0), 0), ctx.quiet);
        for (const file of files) {
          if (file instanceof InputError) {
            ctx.fail(file.message);
            tally.failed++;
            continue;
          }
          for (const item of readArticles(file)) {
            if (item.ok) ingestOne(item.article, fallbackDate, writer, coder, tally, ctx);
            else {
              ctx.fail(item.error.message);
              tally.failed++;
            }
            progress.tick(item.bytes);
          }
        }
        progress.stop();
      } finally {
        db.close();
      }
      ctx.log(tally.summary(options.db));
      process.exitCode = tally.failed === 0 ? EXIT_OK : EXIT_FAILURE;
    });
}
