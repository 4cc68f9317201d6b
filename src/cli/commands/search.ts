import type { Command } from 'commander';
import { openDb, queryWords, SearchQueries, type SearchHit } from '../../store/index.ts';
import { makeContext, UsageError } from '../context.ts';
import { parseCount, parseFormat, writeRows } from '../output.ts';

/** `nasij search "نص"`: full-text search over stored articles, spelling variants folded. */

interface SearchOptions {
  limit: string;
  format: string;
  db: string;
}

const HEADER = ['date', 'title', 'snippet', 'id'];

function row(h: SearchHit): string[] {
  return [h.date, h.title ?? '', h.snippet, h.id];
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('articles holding every word of the query (أ/ا, ة/ه, ى/ي, diacritics and tatweel folded)')
    .argument('<query>', 'words to find')
    .option('--limit <n>', 'at most this many articles', '20')
    .option('--format <table|jsonl|csv>', 'output format', 'table')
    .option('--db <file>', 'the database file', 'nasij.db')
    .action((query: string, options: SearchOptions) => {
      const ctx = makeContext(Boolean(program.opts().quiet));
      const format = parseFormat(options.format);
      const limit = parseCount(options.limit, '--limit');
      if (queryWords(query).length === 0) throw new UsageError(`the query "${query}" has no words to search for`);
      const db = openDb(options.db, { mustExist: true });
      try {
        const hits = new SearchQueries(db).search(query, limit);
        writeRows(ctx, format, HEADER, hits, row);
      } finally {
        db.close();
      }
    });
}
